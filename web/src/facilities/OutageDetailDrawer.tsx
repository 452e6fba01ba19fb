import { Alert, App, Button, Descriptions, Drawer, Flex, Popconfirm, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { formatDateTime } from '../i18n/formatDateTime';
import { CustomerLink } from './CustomerLink';
import { useOutage, useRestoreOutage } from './outageApi';
import type { OutageDetails } from './types';

type Told = OutageDetails['told'][number];

/** An outage, who was texted at its start and at its restoration, and the button that records service back. */
export function OutageDetailDrawer({ id, canRestore, onClose }: { id?: string; canRestore: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const details = useOutage(id);
  const restore = useRestoreOutage(id ?? '');
  const outage = details.data?.outage;

  const restoreNow = async () => {
    try {
      await restore.mutateAsync(new Date().toISOString());
      void message.success(t('facilities.outages.restored'));
    } catch (error) {
      void message.error(problemOf(error).detail ?? t('facilities.outages.restoreFailed'));
    }
  };

  return (
    <Drawer title={outage?.title ?? ''} open={id !== undefined} size={640} onClose={onClose} destroyOnHidden
      extra={canRestore && outage?.inForce && (
        <Popconfirm title={t('facilities.outages.confirmRestore')} onConfirm={() => restoreNow()}>
          <Button type="primary" loading={restore.isPending}>{t('facilities.outages.restore')}</Button>
        </Popconfirm>
      )}>
      {details.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: details.error.message })} />}
      {!details.data ? <Spin /> : (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1}
            items={[
              { key: 'kind', label: t('facilities.outages.kind'), children: t(`facilities.outageKind.${details.data.outage.kind}`) },
              { key: 'scope', label: t('facilities.outages.scope'), children: t('facilities.outages.scopeValue', { scope: details.data.outage.scope.join('、'), count: details.data.outage.affectedUnits }) },
              { key: 'started', label: t('facilities.outages.startedAt'), children: formatDateTime(details.data.outage.startedAt, i18n.language) },
              { key: 'told', label: t('facilities.outages.toldCounts'), children: t('facilities.outages.toldValue', { start: details.data.sentAtStart, restoration: details.data.sentAtRestoration, notTold: details.data.notTold }) },
            ]} />
          <Typography.Title level={5} style={{ margin: 0 }}>{t('facilities.outages.told')}</Typography.Title>
          <Table<Told>
            rowKey={(told) => told.messageId}
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={details.data.told}
            locale={{ emptyText: t('facilities.outages.noneTold') }}
            columns={[
              { key: 'customer', title: t('facilities.unit.column.customer'), render: (_, told) => <CustomerLink id={told.customerId} /> },
              { key: 'phone', title: t('facilities.outages.phone'), dataIndex: 'phone' },
              { key: 'phase', title: t('facilities.outages.phase'), render: (_, told) => t(`facilities.phase.${told.phase}`) },
              { key: 'at', title: t('facilities.outages.at'), render: (_, told) => formatDateTime(told.at, i18n.language) },
            ]} />
        </Flex>
      )}
    </Drawer>
  );
}
