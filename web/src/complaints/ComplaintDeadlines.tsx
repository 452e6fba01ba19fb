import { InfoCircleOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { DueTime } from '../tickets/DueTime';
import { EscalationTag } from '../tickets/EscalationTag';
import type { Complaint } from './types';

const resolutionDone: readonly Complaint['status'][] = ['Resolved', 'Closed'];

/** The complaint's deadlines on the Sla engine: its policy and why, the due times counting down, breaches and escalation. */
export function ComplaintDeadlines({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { sla } = complaint;
  if (!sla) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const breached = <Tag color="error">{t('complaints.detail.breached')}</Tag>;

  return (
    <Descriptions column={{ xs: 1, lg: 4 }} size="small" aria-label={t('complaints.detail.sla')}>
      <Descriptions.Item label={t('complaints.detail.policy')}>
        <Flex gap={4} align="center">
          {sla.policy}
          <Tooltip title={sla.explanation}>
            <InfoCircleOutlined aria-label={sla.explanation} />
          </Tooltip>
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.detail.firstContact')}>
        <DueTime at={sla.firstContactDueAt}>
          <DeadlineBadge dueAt={sla.firstContactDueAt} breached={sla.firstContactBreached} fulfilled={complaint.status !== 'Registered'} />
          {sla.firstContactBreached && breached}
        </DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.detail.resolution')}>
        <DueTime at={sla.resolutionDueAt}>
          <DeadlineBadge dueAt={sla.resolutionDueAt} breached={sla.resolutionBreached} fulfilled={resolutionDone.includes(complaint.status)} />
          {sla.resolutionBreached && breached}
        </DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.detail.escalation')}>
        <EscalationTag level={sla.escalationLevel} />
      </Descriptions.Item>
    </Descriptions>
  );
}
