import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { PageHeader } from '../shared/PageHeader';
import { useTicketList } from './api';
import { EscalationTag } from './EscalationTag';
import { PriorityTag } from './PriorityTag';
import { StatusTag } from './StatusTag';
import { AcknowledgementBadge, FirstContactBadge, HandoffBadge, ResolutionBadge } from './TicketDeadlines';
import { TicketFilters } from './TicketFilters';
import { categoryKey, type Ticket } from './types';
import { toTicketQuery, useTicketFilter } from './useTicketFilter';

export function TicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = hasPermission(useSignedInUser(), 'tickets:write');
  const [filter, changeFilter] = useTicketFilter();
  const list = useTicketList(toTicketQuery(filter));

  const columns: TableColumnsType<Ticket> = [
    { key: 'number', title: t('tickets.list.column.number'), render: (_, ticket) => <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link> },
    {
      key: 'customer',
      title: t('tickets.list.column.customer'),
      render: (_, ticket) => (
        <Flex vertical>
          {ticket.customerName}
          {ticket.customerPhone && <Typography.Text type="secondary">{ticket.customerPhone}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'category', title: t('tickets.list.column.category'), render: (_, ticket) => t(categoryKey(ticket.category)) },
    { key: 'status', title: t('tickets.list.column.status'), render: (_, ticket) => <StatusTag status={ticket.status} /> },
    { key: 'priority', title: t('tickets.list.column.priority'), render: (_, ticket) => <PriorityTag priority={ticket.priority} /> },
    { key: 'assignees', title: t('tickets.list.column.assignees'), align: 'right', render: (_, ticket) => ticket.technicianIds.length },
    { key: 'acknowledgement', title: t('tickets.list.column.acknowledgement'), render: (_, ticket) => <AcknowledgementBadge ticket={ticket} /> },
    { key: 'handoff', title: t('tickets.list.column.handoff'), render: (_, ticket) => <HandoffBadge ticket={ticket} /> },
    { key: 'firstContact', title: t('tickets.list.column.firstContact'), render: (_, ticket) => <FirstContactBadge ticket={ticket} /> },
    { key: 'resolution', title: t('tickets.list.column.resolution'), render: (_, ticket) => <ResolutionBadge ticket={ticket} /> },
    { key: 'escalation', title: t('tickets.list.column.escalation'), render: (_, ticket) => <EscalationTag level={ticket.sla.escalationLevel} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="tickets.list.title" subtitleKey="tickets.list.subtitle">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tickets/new')}>
            {t('tickets.list.create')}
          </Button>
        )}
      </PageHeader>
      <Card>
        <TicketFilters filter={filter} onChange={changeFilter} />
        {list.error && <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: list.error.message })} style={{ marginBottom: 16 }} />}
        <Table<Ticket>
          rowKey="id"
          columns={columns}
          dataSource={list.tickets}
          loading={list.isFetching && !list.isFetchingNextPage}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(ticket) => ({ onClick: () => navigate(`/tickets/${ticket.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.list.empty')} /> }}
        />
        {list.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('tickets.list.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
