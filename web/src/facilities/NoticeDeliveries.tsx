import { App, Button, Flex, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../api/problem';
import { formatDateTime } from '../i18n/formatDateTime';
import { PagedTable } from '../shared/PagedTable';
import { useAcknowledgeDeliveries, useAcknowledgeDelivery, useNoticeDeliveries } from './noticeApi';
import type { NoticeDelivery } from './types';

/** A notice's delivery to each unit, with a button that records one unit's receipt and check boxes that record many at once. */
export function NoticeDeliveries({ id, canAcknowledge }: { id: string; canAcknowledge: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const deliveries = useNoticeDeliveries(id);
  const acknowledge = useAcknowledgeDelivery(id);
  const acknowledgeMany = useAcknowledgeDeliveries(id);
  const [chosen, setChosen] = useState<string[]>([]);

  const record = async (unitId: string) => {
    try {
      await acknowledge.mutateAsync(unitId);
      void message.success(t('facilities.notices.acknowledgedNow'));
    } catch (error) {
      void message.error(problemOf(error).detail ?? t('facilities.notices.acknowledgeFailed'));
    }
  };

  const recordChosen = async () => {
    try {
      const { acknowledged, alreadyAcknowledged } = await acknowledgeMany.mutateAsync(chosen);
      void message.success(t('facilities.notices.acknowledgedMany', { count: acknowledged.length }));
      if (alreadyAcknowledged.length > 0) void message.info(t('facilities.notices.alreadyAcknowledged', { count: alreadyAcknowledged.length }));
      setChosen([]);
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

  return (
    <Flex vertical gap={12}>
      {canAcknowledge && (
        <Flex justify="flex-end">
          <Button disabled={chosen.length === 0} loading={acknowledgeMany.isPending} onClick={() => void recordChosen()}>
            {t('facilities.notices.acknowledgeSelected', { count: chosen.length })}
          </Button>
        </Flex>
      )}
      <PagedTable<NoticeDelivery> list={deliveries} columns={columns} rowKey="unitId" empty={t('facilities.notices.noDeliveries')}
        loadFailed={(reason) => t('facilities.loadFailed', { reason })} loadMore={t('facilities.loadMore')}
        rowSelection={canAcknowledge ? {
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys.map(String)),
          getCheckboxProps: (d) => ({ disabled: d.acknowledgedAt != null, 'aria-label': d.unit }),
        } : undefined} />
    </Flex>
  );
}
