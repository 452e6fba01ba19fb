import { InfoCircleOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueTime } from './DueTime';
import { EscalationTag } from './EscalationTag';
import { FirstContactBadge, ResolutionBadge } from './TicketDeadlines';
import type { Ticket } from './types';

/** The ticket's deadlines: the policy it was taken in under and why, the due times counting down, breaches and escalation. */
export function TicketSla({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { sla } = ticket;
  const breached = <Tag color="error">{t('tickets.breached')}</Tag>;

  return (
    <Descriptions column={{ xs: 1, lg: 4 }} size="small" aria-label={t('tickets.detail.sla')}>
      <Descriptions.Item label={t('tickets.detail.policy')}>
        <Flex gap={4} align="center">
          {sla.policy}
          <Tooltip title={sla.explanation}>
            <InfoCircleOutlined aria-label={sla.explanation} />
          </Tooltip>
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.firstContact')}>
        <DueTime at={sla.firstContactDueAt}>
          <FirstContactBadge ticket={ticket} />
          {sla.firstContactBreached && breached}
        </DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.resolution')}>
        <DueTime at={sla.resolutionDueAt}>
          <ResolutionBadge ticket={ticket} />
          {sla.resolutionPaused && <Tag>{t('tickets.paused')}</Tag>}
          {sla.resolutionBreached && breached}
        </DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.escalation')}>
        <EscalationTag level={sla.escalationLevel} />
      </Descriptions.Item>
    </Descriptions>
  );
}

