import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { PageHeader } from '../shared/PageHeader';
import { PagedTable } from '../shared/PagedTable';
import { OutageDetailDrawer } from './OutageDetailDrawer';
import { OutageDrawer } from './OutageDrawer';
import { useOutages } from './outageApi';
import type { Outage } from './types';

const filters = ['active', 'restored', 'all'] as const;
const activeOf = { active: true, restored: false, all: undefined };

/** 停水停电: outages in force and past, recorded with the places they cover; opening one shows who was texted and restores it. */
export function OutagesPage() {
  const { t, i18n } = useTranslation();
  const canOperate = hasPermission(useSignedInUser(), 'facilities:operate');
  const [filter, setFilter] = useState<(typeof filters)[number]>('active');
  const outages = useOutages(activeOf[filter]);
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<string>();
  const when = (instant?: string | null) => (instant ? formatDateTime(instant, i18n.language) : t('common.none'));

  const columns: TableColumnsType<Outage> = [
    { key: 'title', title: t('facilities.outages.titleField'), render: (_, o) => <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(o.id)}>{o.title}</Button> },
    { key: 'kind', title: t('facilities.outages.kind'), render: (_, o) => t(`facilities.outageKind.${o.kind}`) },
    { key: 'scope', title: t('facilities.outages.scope'), render: (_, o) => t('facilities.outages.scopeValue', { scope: o.scope.join('、'), count: o.affectedUnits }) },
    { key: 'started', title: t('facilities.outages.startedAt'), render: (_, o) => when(o.startedAt) },
    { key: 'eta', title: t('facilities.outages.estimatedRestorationAt'), render: (_, o) => when(o.estimatedRestorationAt) },
    { key: 'state', title: t('facilities.outages.state'), render: (_, o) => (o.inForce ? <Tag color="red">{t('facilities.outages.inForce')}</Tag> : <Tag color="green">{t('facilities.outages.restoredAt', { time: when(o.restoredAt) })}</Tag>) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="facilities.outages.title" subtitleKey="facilities.outages.subtitle">
        {canOperate && (
          <Button type="primary" danger icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('facilities.outages.create')}
          </Button>
        )}
      </PageHeader>
      <Card>
        <Segmented value={filter} onChange={setFilter} options={filters.map((f) => ({ value: f, label: t(`facilities.outages.filter.${f}`) }))} style={{ marginBottom: 16 }} />
        <PagedTable<Outage> list={outages} columns={columns} empty={t('facilities.outages.empty')} loadFailed={(reason) => t('facilities.loadFailed', { reason })} loadMore={t('facilities.loadMore')} />
      </Card>
      <OutageDrawer open={creating} onClose={() => setCreating(false)} onCreated={setOpened} />
      <OutageDetailDrawer id={opened} canRestore={canOperate} onClose={() => setOpened(undefined)} />
    </Flex>
  );
}
