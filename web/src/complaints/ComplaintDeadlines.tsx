import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { SlaSummary } from '../shared/SlaSummary';
import { DueTime } from '../tickets/DueTime';
import type { Complaint } from './types';

const resolutionDone: readonly Complaint['status'][] = ['Resolved', 'Closed'];

/**
 * The complaint's deadlines on the Sla engine: first contact and resolution stop counting down once it is resolved; the same-day
 * investigation (当天调查), the 15-minute acknowledgement and the 1-hour hand-off once each is met.
 */
export function ComplaintDeadlines({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { sla } = complaint;
  if (!sla) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const breached = <Tag color="error">{t('complaints.detail.breached')}</Tag>;

  const goals = (
    [
      ['Investigation', sla.investigation],
      ['Acknowledgement', sla.acknowledgement],
      ['Handoff', sla.handoff],
    ] as const
  ).flatMap(([metric, goal]) => (goal ? [{ metric, goal }] : []));
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
    {goals.length > 0 && (
      <Descriptions size="small" column={1}>
        {goals.map(({ metric, goal }) => (
          <Descriptions.Item key={metric} label={t(`sla.metric.${metric}`)}>
            <DueTime at={goal.dueAt}>
              <DeadlineBadge dueAt={goal.dueAt} breached={goal.breached} fulfilled={goal.doneAt != null} />
              {goal.breached && breached}
            </DueTime>
          </Descriptions.Item>
        ))}
      </Descriptions>
    )}
    </>
  );
}
