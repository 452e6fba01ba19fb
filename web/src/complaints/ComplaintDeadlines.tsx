import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { SlaSummary } from '../shared/SlaSummary';
import type { Complaint } from './types';

const resolutionDone: readonly Complaint['status'][] = ['Resolved', 'Closed'];

/** The complaint's deadlines on the Sla engine; both stop counting down once it is resolved. */
export function ComplaintDeadlines({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { sla } = complaint;
  if (!sla) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const breached = <Tag color="error">{t('complaints.detail.breached')}</Tag>;

  return (
    <SlaSummary
      sla={sla}
      firstContact={
        <>
          <DeadlineBadge dueAt={sla.firstContactDueAt} breached={sla.firstContactBreached} fulfilled={resolutionDone.includes(complaint.status)} />
          {sla.firstContactBreached && breached}
        </>
      }
      resolution={
        <>
          <DeadlineBadge dueAt={sla.resolutionDueAt} breached={sla.resolutionBreached} fulfilled={resolutionDone.includes(complaint.status)} />
          {sla.resolutionBreached && breached}
        </>
      }
    />
  );
}
