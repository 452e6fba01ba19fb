import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SlaSummary } from '../shared/SlaSummary';
import { AcknowledgementBadge, FirstContactBadge, HandoffBadge, ResolutionBadge } from './TicketDeadlines';
import type { Ticket } from './types';

/**
 * The ticket's deadlines: the policy it was taken in under and why, the acknowledgement and hand-off, the first contact and
 * resolution counting down, breaches and escalation.
 */
export function TicketSla({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { sla } = ticket;
  const breached = <Tag color="error">{t('tickets.breached')}</Tag>;
  const extra = [
    sla.acknowledgementDueAt && {
      key: 'acknowledgement',
      label: t('tickets.detail.acknowledgement'),
      dueAt: sla.acknowledgementDueAt,
      marks: (
        <>
          <AcknowledgementBadge ticket={ticket} />
          {sla.acknowledgementBreached && breached}
        </>
      ),
    },
    sla.handoffDueAt && {
      key: 'handoff',
      label: t('tickets.detail.handoff'),
      dueAt: sla.handoffDueAt,
      marks: (
        <>
          <HandoffBadge ticket={ticket} />
          {sla.handoffBreached && breached}
        </>
      ),
    },
  ].filter((deadline) => !!deadline);

  return (
    <SlaSummary
      sla={sla}
      extra={extra}
      firstContact={
        <>
          <FirstContactBadge ticket={ticket} />
          {sla.firstContactBreached && breached}
        </>
      }
      resolution={
        <>
          <ResolutionBadge ticket={ticket} />
          {sla.resolutionPaused && <Tag>{t('tickets.paused')}</Tag>}
          {sla.resolutionBreached && breached}
        </>
      }
    />
  );
}
