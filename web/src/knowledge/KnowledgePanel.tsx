import { BookOutlined } from '@ant-design/icons';
import { Card, Collapse, Empty, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { categoryKey } from '../tickets/types';
import { useKnowledgeSearch } from './api';

/** The approved answers and scripts beside an intake or callback form: it follows the category being typed, and searches. */
export function KnowledgePanel({ category }: { category?: string | null }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useKnowledgeSearch({ search: useDebouncedValue(search.trim()), category: category ?? undefined });
  const entries = found.data?.items ?? [];

  return (
    <Card size="small" title={<><BookOutlined /> {t('knowledge.panel.title')}</>} extra={category ? <Tag>{t(categoryKey(category), { defaultValue: category })}</Tag> : null}>
      <Input.Search allowClear placeholder={t('knowledge.panel.search')} aria-label={t('knowledge.panel.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={found.isFetching ? t('knowledge.panel.searching') : t('knowledge.panel.none')} />
      ) : (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={entries.map((entry) => ({
            key: entry.id,
            label: (
              <>
                <Tag color={entry.kind === 'Script' ? 'blue' : 'green'}>{t(`knowledge.kind.${entry.kind}`)}</Tag>
                {entry.title}
              </>
            ),
            children: <Typography.Paragraph copyable style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{entry.body}</Typography.Paragraph>,
          }))}
        />
      )}
    </Card>
  );
}
