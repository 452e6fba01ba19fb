import { ExportOutlined, RedoOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkedMessage } from '../api/types';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { EncryptionKeysCard } from './EncryptionKeysCard';
import { openJobDashboard } from './openJobDashboard';
import { useParkedMessages, useRetryParkedMessage } from './useParkedMessages';

/** 系统维护: background jobs, the integration events that could not be delivered, and the customer-data keys. */
export function SystemPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const language = useLanguage();
  const { message } = AntApp.useApp();
  const parked = useParkedMessages();
  const retry = useRetryParkedMessage();

  const requeue = (row: ParkedMessage) =>
    retry.mutate(row, {
      onSuccess: () => void message.success(t('system.parked.requeued')),
      onError: (error) => void message.error(error.message),
    });

  const columns: TableColumnsType<ParkedMessage> = [
    { key: 'module', title: t('system.parked.column.module'), dataIndex: 'module' },
    { key: 'type', title: t('system.parked.column.type'), render: (_, { type }) => type.split('.').pop() },
    { key: 'attempts', title: t('system.parked.column.attempts'), dataIndex: 'attempts' },
    { key: 'lastError', title: t('system.parked.column.lastError'), dataIndex: 'lastError', ellipsis: true },
    { key: 'parkedAt', title: t('system.parked.column.parkedAt'), render: (_, { parkedAt }) => formatDateTime(parkedAt, language) },
    {
      key: 'actions',
      title: t('system.parked.column.actions'),
      render: (_, row) => (
        <Button size="small" icon={<RedoOutlined />} onClick={() => requeue(row)} loading={retry.isPending && retry.variables?.id === row.id}>
          {t('system.parked.retry')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('system.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('system.subtitle')}</Typography.Text>
      </div>
      <Card title={t('system.jobs.title')}>
        <Flex justify="space-between" align="center" gap={16}>
          <Typography.Text>{t('system.jobs.description')}</Typography.Text>
          <Button icon={<ExportOutlined />} onClick={openJobDashboard}>
            {t('system.jobs.open')}
          </Button>
        </Flex>
      </Card>
      <Card title={t('system.parked.title')}>
        {parked.error && <Alert type="error" showIcon title={parked.error.message} style={{ marginBottom: 16 }} />}
        <Table<ParkedMessage>
          rowKey="id"
          columns={columns}
          dataSource={parked.data ?? []}
          loading={parked.isFetching}
          pagination={false}
          locale={{ emptyText: t('system.parked.empty') }}
        />
      </Card>
      {hasPermission(user, 'customers:keys') && <EncryptionKeysCard />}
    </Flex>
  );
}
