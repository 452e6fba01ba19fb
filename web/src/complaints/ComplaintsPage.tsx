import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { PageHeader } from '../shared/PageHeader';
import { PagedTable } from '../shared/PagedTable';
import { useComplaintList } from './api';
import { ComplaintFilters } from './ComplaintFilters';
import { SeverityTag } from './SeverityTag';
import type { Complaint } from './types';
import { useComplaintFilter } from './useComplaintFilter';

export function ComplaintsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canWrite = hasPermission(useSignedInUser(), 'complaints:write');
  const [filter, changeFilter] = useComplaintFilter();
  const list = useComplaintList(filter);

  const columns: TableColumnsType<Complaint> = [
    { key: 'number', title: t('complaints.list.column.number'), render: (_, c) => <Link to={`/complaints/${c.id}`}>{c.number}</Link> },
    {
      key: 'customer',
      title: t('complaints.list.column.customer'),
      render: (_, c) => (
        <Flex vertical>
          {c.customerName}
          {c.customerPhone && <Typography.Text type="secondary">{c.customerPhone}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'category', title: t('complaints.list.column.category'), render: (_, c) => t(`complaints.category.${c.category}`) },
    { key: 'severity', title: t('complaints.list.column.severity'), render: (_, c) => <SeverityTag severity={c.severity} /> },
    { key: 'status', title: t('complaints.list.column.status'), render: (_, c) => t(`complaints.status.${c.status}`) },
    { key: 'validity', title: t('complaints.list.column.validity'), render: (_, c) => t(`complaints.validity.${c.validity}`) },
    { key: 'owner', title: t('complaints.list.column.owner'), render: (_, c) => t(`complaints.owner.${c.ownerRole}`) },
    { key: 'deadline', title: t('complaints.list.column.deadline'), render: (_, c) => <NextDeadline complaint={c} /> },
    { key: 'createdAt', title: t('complaints.list.column.createdAt'), render: (_, c) => formatDateTime(c.createdAt, language) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="complaints.list.title" subtitleKey="complaints.list.subtitle">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/complaints/new')}>
            {t('complaints.list.create')}
          </Button>
        )}
      </PageHeader>
      <Card>
        <ComplaintFilters filter={filter} onChange={changeFilter} />
        <PagedTable<Complaint>
          list={list}
          columns={columns}
          empty={t('complaints.list.empty')}
          loadFailed={(reason) => t('complaints.loadFailed', { reason })}
          loadMore={t('complaints.list.loadMore')}
        />
      </Card>
    </Flex>
  );
}

/** The nearest running deadline with its countdown, and whether any deadline of the complaint was ever missed. */
function NextDeadline({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const next = complaint.nextDeadline;
  return (
    <Flex vertical gap={4} align="flex-start">
      {next && (
        <>
          <Typography.Text type="secondary">{t(`sla.metric.${next.metric}`)}</Typography.Text>
          <DeadlineBadge dueAt={next.dueAt} breached={next.overdue} />
        </>
      )}
      {complaint.breached && <Tag color="error">{t('complaints.detail.breached')}</Tag>}
      {!next && !complaint.breached && <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
    </Flex>
  );
}
