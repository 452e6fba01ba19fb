import { Alert, App, Button, Descriptions, Drawer, Flex, Spin, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { formatDateTime } from '../i18n/formatDateTime';
import { PagedTable } from '../shared/PagedTable';
import { useAcknowledgeDelivery, useNotice, useNoticeDeliveries } from './noticeApi';
import type { NoticeDelivery } from './types';

/** A notice: what it says, how it went out, and its delivery to each unit with the button that records a receipt. */
export function NoticeDetailDrawer({ id, canAcknowledge, onClose }: { id?: string; canAcknowledge: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice(id);
  const data = notice.data;

  return (
    <Drawer title={data ? `${data.number} ${data.title}` : ''} open={id !== undefined} size={720} onClose={onClose} destroyOnHidden>
      {notice.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: notice.error.message })} />}
      {!data ? <Spin /> : (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1}
            items={[
              { key: 'kind', label: t('facilities.notices.kind'), children: t(`facilities.noticeKind.${data.kind}`) },
              { key: 'scope', label: t('facilities.notices.scope'), children: t('facilities.outages.scopeValue', { scope: data.scope.join('、'), count: data.units }) },
              { key: 'channels', label: t('facilities.notices.channels'), children: data.channels.map((c) => <Tag key={c}>{t(`facilities.noticeChannel.${c}`)}</Tag>) },
              { key: 'sentAt', label: t('facilities.notices.sentAt'), children: formatDateTime(data.sentAt, i18n.language) },
              { key: 'texted', label: t('facilities.notices.texted'), children: t('facilities.notices.textedValue', { count: data.texted }) },
              { key: 'acknowledged', label: t('facilities.notices.acknowledged'), children: t('facilities.notices.acknowledgedValue', { count: data.acknowledged, units: data.units }) },
            ]} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{data.body}</Typography.Paragraph>
          <Typography.Title level={5} style={{ margin: 0 }}>{t('facilities.notices.deliveries')}</Typography.Title>
          <Deliveries id={data.id} canAcknowledge={canAcknowledge} />
        </Flex>
      )}
    </Drawer>
  );
}

function Deliveries({ id, canAcknowledge }: { id: string; canAcknowledge: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const deliveries = useNoticeDeliveries(id);
  const acknowledge = useAcknowledgeDelivery(id);

  const record = async (unitId: string) => {
    try {
      await acknowledge.mutateAsync(unitId);
      void message.success(t('facilities.notices.acknowledgedNow'));
    } catch (error) {
      void message.error(problemOf(error).detail ?? t('facilities.notices.acknowledgeFailed'));
    }
  };

  const columns: TableColumnsType<NoticeDelivery> = [
    { key: 'unit', title: t('facilities.outages.units'), dataIndex: 'unit' },
    {
      key: 'acknowledged', title: t('facilities.notices.receipt'),
      render: (_, d) => d.acknowledgedAt
        ? <Tag color="green">{t('facilities.notices.acknowledgedAt', { time: formatDateTime(d.acknowledgedAt, i18n.language) })}</Tag>
        : canAcknowledge && <Button size="small" loading={acknowledge.isPending && acknowledge.variables === d.unitId} onClick={() => void record(d.unitId)}>{t('facilities.notices.acknowledge')}</Button>,
    },
  ];

  return <PagedTable<NoticeDelivery> list={deliveries} columns={columns} rowKey="unitId" empty={t('facilities.notices.noDeliveries')} loadFailed={(reason) => t('facilities.loadFailed', { reason })} loadMore={t('facilities.loadMore')} />;
}
