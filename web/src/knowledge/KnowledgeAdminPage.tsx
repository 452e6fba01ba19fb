import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Segmented, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { PageHeader } from '../shared/PageHeader';
import { localizedProblem } from '../shared/localizedProblem';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { useDueForReview, useKnowledgeSearch, useMoveKnowledgeEntry } from './api';
import { EntryDrawer } from './EntryDrawer';
import { ForbiddenPhrasesCard } from './ForbiddenPhrasesCard';
import { knowledgeStatuses, type KnowledgeEntry, type KnowledgeStatus } from './types';

const statusColours: Record<KnowledgeStatus, string> = { Draft: 'gold', Approved: 'green', Retired: 'default' };

/** 知识库: the answers and scripts, drafted, approved by a Supervisor or above, retired; those due for review; the 禁说 list. */
export function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canWrite = hasPermission(user, 'knowledge:write');
  const canApprove = hasPermission(user, 'knowledge:approve');
  const [status, setStatus] = useState<KnowledgeStatus>('Approved');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<KnowledgeEntry | 'new'>();
  const entries = useKnowledgeSearch({ search: useDebouncedValue(search.trim()), status });
  const due = useDueForReview(canWrite);

  const table = (rows: KnowledgeEntry[] | undefined, loading: boolean) => (
    <Table<KnowledgeEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('knowledge.form.title'), dataIndex: 'title' },
        { title: t('knowledge.form.kind'), dataIndex: 'kind', render: (kind: string) => t(`knowledge.kind.${kind}`) },
        { title: t('knowledge.list.status'), dataIndex: 'status', render: (value: KnowledgeStatus) => <Tag color={statusColours[value]}>{t(`knowledge.status.${value}`)}</Tag> },
        { title: t('knowledge.form.owner'), dataIndex: 'ownerName' },
        { title: t('knowledge.form.reviewBy'), dataIndex: 'reviewBy' },
        { title: '', key: 'actions', render: (_, entry) => <EntryActions entry={entry} canWrite={canWrite} canApprove={canApprove} onEdit={() => setEditing(entry)} /> },
      ]}
    />
  );

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="knowledge.list.title" subtitleKey="knowledge.list.subtitle" />
      <Tabs
        items={[
          {
            key: 'entries',
            label: t('knowledge.list.entries'),
            children: (
              <Flex vertical gap={12}>
                <Flex gap={12} wrap>
                  <Segmented<KnowledgeStatus> value={status} onChange={setStatus} options={knowledgeStatuses.map((value) => ({ value, label: t(`knowledge.status.${value}`) }))} />
                  <Input.Search allowClear placeholder={t('knowledge.panel.search')} value={search} onChange={(event) => setSearch(event.target.value)} style={{ width: 260 }} />
                  {canWrite && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                      {t('knowledge.list.create')}
                    </Button>
                  )}
                </Flex>
                {table(entries.data?.items, entries.isFetching)}
              </Flex>
            ),
          },
          ...(canWrite ? [{ key: 'due', label: t('knowledge.list.due', { count: due.data?.items.length ?? 0 }), children: table(due.data?.items, due.isFetching) }] : []),
          { key: 'phrases', label: t('knowledge.phrases.title'), children: <ForbiddenPhrasesCard canEdit={hasPermission(user, 'knowledge:phrases')} /> },
        ]}
      />
      <EntryDrawer editing={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}

function EntryActions({ entry, canWrite, canApprove, onEdit }: { entry: KnowledgeEntry; canWrite: boolean; canApprove: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveKnowledgeEntry();
  const run = async (to: 'approve' | 'retire') => {
    try {
      await move.mutateAsync({ id: entry.id, move: to });
      void message.success(t(`knowledge.list.${to}d`));
    } catch (error) {
      void message.error(localizedProblem(t, error).detail ?? t('knowledge.list.refused'));
    }
  };

  return (
    <Space size={4}>
      {canWrite && entry.status !== 'Retired' && <Button size="small" onClick={onEdit}>{t('knowledge.list.edit')}</Button>}
      {canApprove && entry.status === 'Draft' && <Button size="small" type="primary" loading={move.isPending} onClick={() => void run('approve')}>{t('knowledge.list.approve')}</Button>}
      {canApprove && entry.status !== 'Retired' && <Button size="small" danger loading={move.isPending} onClick={() => void run('retire')}>{t('knowledge.list.retire')}</Button>}
    </Space>
  );
}
