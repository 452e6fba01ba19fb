import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  New: 'blue',
  Contacted: 'cyan',
  Assigned: 'geekblue',
  Scheduled: 'purple',
  InProgress: 'processing',
  Pending: 'warning',
  Resolved: 'success',
  Closed: 'default',
  Reopened: 'magenta',
  Cancelled: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`tickets.status.${status}`)}</Tag>;
}
