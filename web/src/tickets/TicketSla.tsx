import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SlaSummary } from '../shared/SlaSummary';
import { FirstContactBadge, ResolutionBadge } from './TicketDeadlines';
import type { Ticket } from './types';

/** The ticket's deadlines: the policy it was taken in under and why, the due times counting down, breaches and escalation. */
export function TicketSla({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { sla } = ticket;
  const breached = <Tag color="error">{t('tickets.breached')}</Tag>;

  return (
    <SlaSummary
      sla={sla}
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
