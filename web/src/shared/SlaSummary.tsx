import { InfoCircleOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTime } from '../tickets/DueTime';
import { EscalationTag } from '../tickets/EscalationTag';

interface Props {
  sla: { policy: string; explanation: string; firstContactDueAt: string; resolutionDueAt: string; escalationLevel: number };
  /** The countdown and marks beside each due time. */
  firstContact: ReactNode;
  resolution: ReactNode;
  /** More deadlines shown before those two (a ticket's acknowledgement and hand-off). */
  extra?: { key: string; label: string; dueAt: string; marks: ReactNode }[];
}

/** An item's deadlines: the policy it is under and why, the due times with their countdowns, and the escalation level. */
export function SlaSummary({ sla, firstContact, resolution, extra = [] }: Props) {
  const { t } = useTranslation();
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
      {extra.map((deadline) => (
        <Descriptions.Item key={deadline.key} label={deadline.label}>
          <DueTime at={deadline.dueAt}>{deadline.marks}</DueTime>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('tickets.detail.firstContact')}>
        <DueTime at={sla.firstContactDueAt}>{firstContact}</DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.resolution')}>
        <DueTime at={sla.resolutionDueAt}>{resolution}</DueTime>
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.escalation')}>
        <EscalationTag level={sla.escalationLevel} />
      </Descriptions.Item>
    </Descriptions>
  );
}
