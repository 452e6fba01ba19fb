import { Tag } from 'antd';
import type { ReactNode } from 'react';
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
  const deadline = (key: 'acknowledgement' | 'handoff', dueAt: string | null | undefined, badge: ReactNode, isBreached: boolean) =>
    dueAt ? [{ key, label: t(`tickets.detail.${key}`), dueAt, marks: <>{badge}{isBreached && breached}</> }] : [];
  const extra = [
    ...deadline('acknowledgement', sla.acknowledgementDueAt, <AcknowledgementBadge ticket={ticket} />, sla.acknowledgementBreached),
    ...deadline('handoff', sla.handoffDueAt, <HandoffBadge ticket={ticket} />, sla.handoffBreached),
  ];

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
