import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOpenTickets } from './api';
import { StatusTag } from './StatusTag';

const shown = 3;

/** A customer's tickets still open, so that the agent sees a repeat report before taking a new one. */
export function OpenTickets({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { tickets, isPending, hasNextPage } = useOpenTickets(customerId);
  if (isPending) return null;
  if (tickets.length === 0) return <Typography.Text type="secondary">{t('tickets.intake.noOpenTickets')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="warning">{t('tickets.intake.openTickets', { count: tickets.length, more: hasNextPage ? '+' : '' })}</Typography.Text>
      {tickets.slice(0, shown).map((ticket) => (
        <Typography.Text key={ticket.id} ellipsis style={{ maxWidth: 420 }}>
          <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link> <StatusTag status={ticket.status} /> {ticket.description}
        </Typography.Text>
      ))}
    </Flex>
  );
}
