import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { SlaSummary } from '../shared/SlaSummary';
import { DueTime } from '../tickets/DueTime';
import type { Complaint } from './types';

const resolutionDone: readonly Complaint['status'][] = ['Resolved', 'Closed'];

/**
 * The complaint's deadlines on the Sla engine: first contact and resolution stop counting down once it is resolved; the same-day
 * investigation (当天调查) once it is investigated.
 */
export function ComplaintDeadlines({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { sla } = complaint;
  if (!sla) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const breached = <Tag color="error">{t('complaints.detail.breached')}</Tag>;

  const { investigation } = sla;
  return (
    <>
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
    {investigation && (
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('sla.metric.Investigation')}>
          <DueTime at={investigation.dueAt}>
            <DeadlineBadge dueAt={investigation.dueAt} breached={investigation.breached} fulfilled={investigation.doneAt != null} />
            {investigation.breached && breached}
          </DueTime>
        </Descriptions.Item>
      </Descriptions>
    )}
    </>
  );
}
