import { Alert, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shared/PageHeader';
import { useWebhooks, type Webhook } from './api';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookHealth } from './WebhookHealth';

/** 系统集成: the webhook endpoints, their health, and each one's delivery log when unfolded. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="integrations.title" subtitleKey="integrations.subtitle" />
      {webhooks.error && <Alert type="error" showIcon title={t('integrations.loadFailed', { reason: webhooks.error.message })} />}
      <Table<Webhook>
        size="small"
        rowKey="id"
        loading={webhooks.isPending}
        pagination={false}
        dataSource={webhooks.data?.items}
        locale={{ emptyText: <Empty description={t('integrations.empty')} /> }}
        expandable={{ expandedRowRender: (webhook) => <WebhookDeliveries webhookId={webhook.id} /> }}
        columns={[
          { key: 'url', title: t('integrations.url'), dataIndex: 'url' },
          { key: 'description', title: t('integrations.description'), dataIndex: 'description' },
          { key: 'events', title: t('integrations.events'), render: (_, webhook) => webhook.events.map((name) => <Tag key={name}>{name}</Tag>) },
          { key: 'health', title: t('integrations.health'), width: 200, render: (_, webhook) => <WebhookHealth webhook={webhook} /> },
        ]}
      />
    </Flex>
  );
}
