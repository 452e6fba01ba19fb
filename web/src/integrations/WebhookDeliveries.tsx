import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useWebhookDeliveries, type WebhookDelivery } from './api';

const statusColor = { Pending: 'processing', Succeeded: 'success', Failed: 'error' } as const;

/** The delivery log of one endpoint: each event, how it ended, and its last attempt's answer. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deliveries = useWebhookDeliveries(webhookId);

  if (deliveries.error) return <Alert type="error" showIcon title={t('integrations.loadFailed', { reason: deliveries.error.message })} />;
  return (
    <Table<WebhookDelivery>
      size="small"
      rowKey="id"
      loading={deliveries.isPending}
      pagination={false}
      dataSource={deliveries.data?.items}
      locale={{ emptyText: t('integrations.noDeliveries') }}
      columns={[
        { key: 'time', title: t('integrations.time'), render: (_, d) => formatDateTime(d.createdAt, language), width: 150 },
        { key: 'event', title: t('integrations.event'), dataIndex: 'eventType', width: 200 },
        { key: 'status', title: t('integrations.status'), width: 110, render: (_, d) => <Tag color={statusColor[d.status]}>{t(`integrations.delivery.${d.status}`)}</Tag> },
        { key: 'attempts', title: t('integrations.attempts'), width: 80, render: (_, d) => d.attempts.length },
        {
          key: 'last',
          title: t('integrations.lastAnswer'),
          render: (_, d) => {
            const last = d.attempts.at(-1);
            if (!last) return null;
            return (
              <Typography.Text type={last.error ? 'danger' : undefined}>
                {last.error ?? `${last.statusCode} · ${last.durationMs} ms${last.responseExcerpt ? ` · ${last.responseExcerpt}` : ''}`}
              </Typography.Text>
            );
          },
        },
      ]}
    />
  );
}
