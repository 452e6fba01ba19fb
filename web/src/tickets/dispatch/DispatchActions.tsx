import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignDialog } from './AssignDialog';
import { ScheduleDialog } from './ScheduleDialog';

interface Props {
  ticket: { id: string; number: string; allowedActions: string[] };
}

/** The detail page's 派工 and 预约上门, offered when the ticket allows them. */
export function DispatchActions({ ticket }: Props) {
  const { t } = useTranslation();
  const [assigning, setAssigning] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  return (
    <>
      {ticket.allowedActions.includes('assign') && (
        <Button type="primary" onClick={() => setAssigning(true)}>
          {t('tickets.dispatch.assign')}
        </Button>
      )}
      {ticket.allowedActions.includes('schedule') && <Button onClick={() => setScheduling(true)}>{t('tickets.dispatch.schedule')}</Button>}
      <AssignDialog ticket={assigning ? ticket : undefined} onClose={() => setAssigning(false)} />
      <ScheduleDialog ticketId={ticket.id} open={scheduling} onClose={() => setScheduling(false)} />
    </>
  );
}
