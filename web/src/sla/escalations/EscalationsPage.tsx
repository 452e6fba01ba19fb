import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SlaEscalation } from '../../api/types';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { DeadlineBadge } from '../../shared/DeadlineBadge';
import { localizedProblem } from '../../shared/localizedProblem';
import { PageHeader } from '../../shared/PageHeader';
import { useAcknowledgeEscalation, useEscalations } from './useEscalations';

const levelColors = ['', 'orange', 'volcano', 'red'];

/** 升级事项: work whose deadline passed and was escalated to the caller's level, to be taken up (受理). */
export function EscalationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const escalations = useEscalations();
  const acknowledge = useAcknowledgeEscalation();

  const takeUp = (escalation: SlaEscalation) =>
    acknowledge.mutate(escalation.id, {
      onSuccess: () => void message.success(t('sla.escalation.acknowledged')),
      onError: (error) => void message.error(localizedProblem(t, error).detail),
    });

  const columns: TableColumnsType<SlaEscalation> = [
    { key: 'itemType', title: t('sla.escalation.column.itemType'), render: (_, { itemType }) => t(`sla.workType.${itemType}`) },
    {
      key: 'itemId',
      title: t('sla.escalation.column.itemId'),
      render: (_, { itemId, itemType }) => (
        <Tooltip title={itemId}>
          <Typography.Text code copyable={{ text: itemId }}>
            {itemType === 'Ticket' ? <Link to={`/tickets/${itemId}`}>{itemId.slice(0, 8)}</Link> : itemId.slice(0, 8)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'metric', title: t('sla.escalation.column.metric'), render: (_, { metric }) => t(`sla.metric.${metric}`) },
    { key: 'policy', title: t('sla.escalation.column.policy'), dataIndex: 'policyName' },
    {
      key: 'level',
      title: t('sla.escalation.column.level'),
      render: (_, { level }) => <Tag color={levelColors[level]}>{t(`sla.escalation.level.${level}`)}</Tag>,
    },
    { key: 'reason', title: t('sla.escalation.column.reason'), render: (_, { reason }) => reason ?? t('sla.escalation.byLadder') },
    { key: 'dueAt', title: t('sla.escalation.column.dueAt'), render: (_, { dueAt }) => formatDateTime(dueAt, language) },
    { key: 'raisedAt', title: t('sla.escalation.column.raisedAt'), render: (_, { raisedAt }) => formatDateTime(raisedAt, language) },
    { key: 'overdue', title: t('sla.escalation.column.overdue'), render: (_, { dueAt }) => <DeadlineBadge dueAt={dueAt} breached /> },
    {
      key: 'actions',
      title: t('sla.escalation.column.actions'),
      render: (_, escalation) => (
        <Button size="small" type="primary" ghost icon={<CheckOutlined />} onClick={() => takeUp(escalation)}>
          {t('sla.escalation.acknowledge')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="sla.escalation.title" subtitleKey="sla.escalation.subtitle" />
      <Card>
        {escalations.error && <Alert type="error" showIcon title={escalations.error.message} style={{ marginBottom: 16 }} />}
        <Table<SlaEscalation>
          rowKey="id"
          columns={columns}
          dataSource={escalations.data ?? []}
          loading={escalations.isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sla.escalation.empty')} /> }}
        />
      </Card>
    </Flex>
  );
}
