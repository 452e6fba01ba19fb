import { Alert, Card, DatePicker, Empty, Flex, Segmented, Statistic, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shared/PageHeader';
import { CallbackStatsChart } from './CallbackStatsChart';
import { useCallbackStats, type CallbackStatsGrouping, type CallbackStatsRow } from './useCallbackStats';

const groupings: CallbackStatsGrouping[] = ['Staff', 'Team', 'Month'];
const asPercent = (share: number | null | undefined) => (share == null ? '–' : `${(share * 100).toFixed(1)}%`);

/** 回访统计: completion rate, on-time rate and satisfaction per staff member, team or month, as a chart and a table. */
export function CallbackStatsPage() {
  const { t } = useTranslation();
  const [by, setBy] = useState<CallbackStatsGrouping>('Staff');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month').subtract(11, 'month'), dayjs().endOf('month')]);
  const stats = useCallbackStats({ groupBy: by, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
  const rows = stats.data?.rows ?? [];
  const labelOf = (row: CallbackStatsRow) => row.label || t('callbackStats.unassigned');

  const columns: TableColumnsType<CallbackStatsRow> = [
    { key: 'label', title: t(`callbackStats.by.${by}`), render: (_, row) => labelOf(row) },
    { key: 'scheduled', title: t('callbackStats.scheduled'), dataIndex: 'scheduled', align: 'right' },
    { key: 'completed', title: t('callbackStats.completed'), dataIndex: 'completed', align: 'right' },
    { key: 'unreachable', title: t('callbackStats.unreachable'), dataIndex: 'unreachable', align: 'right' },
    { key: 'completionRate', title: t('callbackStats.completionRate'), render: (_, row) => asPercent(row.completionRate), align: 'right' },
    { key: 'onTimeRate', title: t('callbackStats.onTimeRate'), render: (_, row) => asPercent(row.onTimeRate), align: 'right' },
    { key: 'averageSatisfaction', title: t('callbackStats.averageSatisfaction'), render: (_, row) => row.averageSatisfaction?.toFixed(2) ?? '–', align: 'right' },
    { key: 'satisfiedShare', title: t('callbackStats.satisfiedShare'), render: (_, row) => asPercent(row.satisfiedShare), align: 'right' },
  ];
  const total = stats.data?.total;

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="callbackStats.title" subtitleKey="callbackStats.subtitle">
        <Flex gap={12} wrap>
          <Segmented<CallbackStatsGrouping> value={by} onChange={setBy} options={groupings.map((g) => ({ value: g, label: t(`callbackStats.by.${g}`) }))} />
          <DatePicker.RangePicker picker="month" allowClear={false} value={range} aria-label={t('callbackStats.range')}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0].startOf('month'), value[1].endOf('month')])} />
        </Flex>
      </PageHeader>
      {stats.error && <Alert type="error" showIcon title={t('callbackStats.loadFailed', { reason: stats.error.message })} />}
      <Card loading={stats.isPending}>
        <Flex gap={48} wrap>
          <Statistic title={t('callbackStats.completionRate')} value={asPercent(total?.completionRate)} />
          <Statistic title={t('callbackStats.onTimeRate')} value={asPercent(total?.onTimeRate)} />
          <Statistic title={t('callbackStats.averageSatisfaction')} value={total?.averageSatisfaction?.toFixed(2) ?? '–'} />
          <Statistic title={t('callbackStats.satisfiedShare')} value={asPercent(total?.satisfiedShare)} />
          <Statistic title={t('callbackStats.scheduled')} value={total?.scheduled ?? 0} />
        </Flex>
      </Card>
      <Card>
        {rows.length === 0 && !stats.isPending ? (
          <Empty description={t('callbackStats.empty')} />
        ) : (
          <CallbackStatsChart rows={rows} labelOf={labelOf} />
        )}
      </Card>
      <Card>
        <Table<CallbackStatsRow> rowKey={(row) => row.key ?? ''} columns={columns} dataSource={rows} loading={stats.isFetching} pagination={false}
          locale={{ emptyText: t('callbackStats.empty') }} />
      </Card>
    </Flex>
  );
}
