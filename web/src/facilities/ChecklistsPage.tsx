import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { PageHeader } from '../shared/PageHeader';
import { ChecklistDrawer } from './ChecklistDrawer';
import { useChecklists } from './inspectionApi';
import type { Checklist, ChecklistItem } from './types';

/** 巡检表: the checklists rounds are done with, each item pass/fail or a reading within limits, some asking for a photo. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const canWrite = hasPermission(useSignedInUser(), 'facilities:write');
  const checklists = useChecklists();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string>();

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="facilities.checklists.title" subtitleKey="facilities.checklists.subtitle">
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('facilities.checklists.create')}
          </Button>
        )}
      </PageHeader>
      {checklists.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: checklists.error.message })} />}
      <Card>
        <Table<Checklist>
          rowKey="id"
          pagination={false}
          loading={checklists.isFetching}
          dataSource={checklists.data?.items ?? []}
          expandable={{ expandedRowRender: (checklist) => <ItemTable items={checklist.items} /> }}
          columns={[
            { key: 'name', title: t('facilities.checklists.name'), dataIndex: 'name' },
            { key: 'target', title: t('facilities.checklists.target'), render: (_, c) => t(`facilities.target.${c.target}`) },
            { key: 'items', title: t('facilities.checklists.items'), render: (_, c) => c.items.length },
            ...(canWrite
              ? [{
                  key: 'actions', title: t('facilities.checklists.actions'),
                  render: (_: unknown, c: Checklist) => (
                    <Button size="small" icon={<EditOutlined />} aria-label={`${t('facilities.checklists.edit')} ${c.name}`} onClick={() => setEditing(c.id)}>
                      {t('facilities.checklists.edit')}
                    </Button>
                  ),
                }]
              : []),
          ]}
        />
      </Card>
      <ChecklistDrawer open={creating} onClose={() => setCreating(false)} />
      <ChecklistDrawer open={editing !== undefined} editing={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}

function ItemTable({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation();
  return (
    <Table<ChecklistItem>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      columns={[
        { key: 'text', title: t('facilities.checklists.item'), dataIndex: 'text' },
        { key: 'kind', title: t('facilities.checklists.kind'), render: (_, i) => t(`facilities.itemKind.${i.kind}`) },
        { key: 'limits', title: t('facilities.checklists.limits'), render: (_, i) => (i.kind === 'Reading' ? <Limits item={i} /> : t('common.none')) },
        { key: 'category', title: t('facilities.checklists.category'), render: (_, i) => t(`facilities.category.${i.category}`) },
        { key: 'photo', title: t('facilities.checklists.photo'), render: (_, i) => i.photoRequired && <Tag color="blue">{t('facilities.checklists.photoRequired')}</Tag> },
      ]}
    />
  );
}

/** A reading's range: 0.2–0.6 MPa, ≥ 0.2 MPa or ≤ 0.6 MPa. */
export function Limits({ item }: { item: Pick<ChecklistItem, 'min' | 'max' | 'unit'> }) {
  const unit = item.unit ? ` ${item.unit}` : '';
  if (item.min != null && item.max != null) return `${item.min}–${item.max}${unit}`;
  return item.min != null ? `≥ ${item.min}${unit}` : `≤ ${item.max}${unit}`;
}
