import { DeadlineBadge } from '../shared/DeadlineBadge';
import type { Ticket } from './types';

const resolutionDone = ['Resolved', 'Closed', 'Cancelled'];

/** Whether the ticket is still being worked on (not resolved, closed or cancelled). */
export const isOpen = (ticket: Ticket) => !resolutionDone.includes(ticket.status);

/** The first-contact countdown of a ticket, stopped once the customer was contacted. */
export function FirstContactBadge({ ticket }: { ticket: Ticket }) {
  return (
    <DeadlineBadge
      dueAt={ticket.sla.firstContactDueAt}
      breached={ticket.sla.firstContactBreached}
      fulfilled={ticket.firstContactAt != null || ticket.status === 'Cancelled'}
    />
  );
}

/** The resolution countdown of a ticket, stopped once it is resolved, closed or cancelled. */
export function ResolutionBadge({ ticket }: { ticket: Ticket }) {
  return (
    <DeadlineBadge dueAt={ticket.sla.resolutionDueAt} breached={ticket.sla.resolutionBreached} fulfilled={resolutionDone.includes(ticket.status)} />
  );
}

/** The 15-minute acknowledgement (an SMS receipt or the first reply); none for work no customer reported. */
export function AcknowledgementBadge({ ticket }: { ticket: Ticket }) {
  const { sla } = ticket;
  if (!sla.acknowledgementDueAt) return null;
  return <DeadlineBadge dueAt={sla.acknowledgementDueAt} breached={sla.acknowledgementBreached} fulfilled={sla.acknowledgementMet || !isOpen(ticket)} />;
}

/** The 1-hour hand-off to the department or technician. */
export function HandoffBadge({ ticket }: { ticket: Ticket }) {
  const { sla } = ticket;
  if (!sla.handoffDueAt) return null;
  return <DeadlineBadge dueAt={sla.handoffDueAt} breached={sla.handoffBreached} fulfilled={sla.handoffMet || !isOpen(ticket)} />;
}
