import { Alert } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../customers/api';
import type { Customer } from '../customers/types';
import { useTicket } from '../tickets/api';
import type { Ticket } from '../tickets/types';

interface Props {
  ticketId: string;
  /** Called once the ticket and its customer are read, to fill the intake in from them. */
  onRead: (ticket: Ticket, customer: Customer) => void;
}

/** 转为投诉: the ticket a complaint is taken in from, said above the form; its customer is the complainant. */
export function FromTicket({ ticketId, onRead }: Props) {
  const { t } = useTranslation();
  const found = useTicket(ticketId);
  if (found.error) return <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: found.error.message })} />;
  if (!found.data) return null;
  const ticket = found.data.resource;
  return (
    <>
      <Alert type="info" showIcon title={t('complaints.intake.fromTicket', { number: ticket.number })} />
      <TicketCustomer ticket={ticket} onRead={onRead} />
    </>
  );
}

function TicketCustomer({ ticket, onRead }: { ticket: Ticket; onRead: Props['onRead'] }) {
  const customer = useCustomer(ticket.customerId).data?.resource;
  useEffect(() => {
    if (customer) onRead(ticket, customer);
    // Filled in once, when read: the agent's edits after that stay.
  }, [customer?.id]);
  return null;
}
