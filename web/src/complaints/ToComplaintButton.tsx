import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import type { Ticket } from '../tickets/types';

const finished: readonly Ticket['status'][] = ['Resolved', 'Closed', 'Cancelled'];

/** 转为投诉: opens the complaint intake for an open ticket's customer; saving it cancels the ticket as transferred. */
export function ToComplaintButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!hasPermission(useSignedInUser(), 'complaints:write') || finished.includes(ticket.status)) return null;
  return (
    <Button icon={<ExclamationCircleOutlined />} onClick={() => navigate(`/complaints/new?ticket=${ticket.id}`)}>
      {t('complaints.toComplaint')}
    </Button>
  );
}
