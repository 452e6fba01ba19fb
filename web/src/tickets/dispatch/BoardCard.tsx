import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DeadlineBadge } from '../../shared/DeadlineBadge';
import { PriorityTag } from '../PriorityTag';
import { categoryKey } from '../types';
import type { BoardTicket } from './api';

/** The drag payload's type: a card carries its ticket id. */
export const ticketDragType = 'application/x-huiyin-ticket';

interface Props {
  ticket: BoardTicket;
  onAssign: (ticket: BoardTicket) => void;
}

/** A ticket waiting for a technician: dragged onto one to dispatch it, or 派工 to choose from the suggestions. */
export function BoardCard({ ticket, onAssign }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      draggable
      aria-label={ticket.number}
      style={{ cursor: 'grab' }}
      onDragStart={(event) => {
        event.dataTransfer.setData(ticketDragType, ticket.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap={8}>
          <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link>
          <PriorityTag priority={ticket.priority} />
        </Flex>
        <Typography.Text>
          {t(categoryKey(ticket.category))} · {ticket.customerName}
          {(ticket.unitId ?? ticket.location) && ` · ${ticket.unitId ?? ticket.location}`}
        </Typography.Text>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <DeadlineBadge dueAt={ticket.resolutionDueAt} breached={ticket.breached} />
          <Button size="small" onClick={() => onAssign(ticket)}>
            {t('tickets.dispatch.assign')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
