import { RiseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EscalateDialog } from './EscalateDialog';
import type { Ticket } from './types';

/** 手动升级 on the ticket page, offered while a higher level is left. */
export function EscalateButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (ticket.sla.escalationLevel >= 3) return null;
  return (
    <>
      <Button danger icon={<RiseOutlined />} onClick={() => setOpen(true)}>
        {t('tickets.escalate.title')}
      </Button>
      <EscalateDialog ticketId={ticket.id} currentLevel={ticket.sla.escalationLevel} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
