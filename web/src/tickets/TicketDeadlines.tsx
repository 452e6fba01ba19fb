import { DeadlineBadge } from '../shared/DeadlineBadge';
import type { Ticket } from './types';

const resolutionDone = ['Resolved', 'Closed', 'Cancelled'];

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
