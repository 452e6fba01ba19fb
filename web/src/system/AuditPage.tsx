import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../api/files';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { StaffPicker } from '../shared/StaffPicker';
import { auditCsvPath, useAuditRecords, type AuditFilter } from './useAuditRecords';

/** 审计日志: every administrative change, who made it, from where, and the rows before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filter, setFilter] = useState<AuditFilter>({});
  const records = useAuditRecords(filter);
  const change = (part: Partial<AuditFilter>) => setFilter((current) => ({ ...current, ...part }));

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('system.audit.column.at'), render: (_, { at }) => formatDateTime(at, language) },
    { key: 'actor', title: t('system.audit.column.actor'), render: (_, e) => e.actorName ?? e.actorKind },
    { key: 'operation', title: t('system.audit.column.operation'), dataIndex: 'operation' },
    { key: 'target', title: t('system.audit.column.target'), dataIndex: 'targetId', ellipsis: true },
    { key: 'origin', title: t('system.audit.column.origin'), render: (_, e) => e.remoteIp ?? t('common.none') },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('system.audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('system.audit.subtitle')}</Typography.Text>
      </div>
      <Card>
        <Flex gap={12} wrap align="center">
          <DatePicker.RangePicker
            aria-label={t('system.audit.filter.period')}
            onChange={(range) => change({ from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString() })}
          />
          <div style={{ minWidth: 220 }}>
            <StaffPicker value={filter.actorId ?? null} onChange={(actorId) => change({ actorId: actorId ?? undefined })} />
          </div>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('system.audit.filter.operation')}
            onSearch={(operation) => change({ operation: operation.trim() || undefined })}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void download(auditCsvPath(filter))}>
            {t('system.audit.csv')}
          </Button>
        </Flex>
      </Card>
      {records.error && <Alert type="error" showIcon title={records.error.message} />}
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={records.items}
        loading={records.isFetching}
        pagination={false}
        locale={{ emptyText: t('system.audit.empty') }}
        expandable={{ expandedRowRender: (entry) => <BeforeAndAfter entry={entry} /> }}
      />
      {records.hasNextPage && (
        <Button onClick={() => void records.fetchNextPage()} loading={records.isFetchingNextPage}>
          {t('system.audit.more')}
        </Button>
      )}
    </Flex>
  );
}

function BeforeAndAfter({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16}>
      {(['before', 'after'] as const).map((side) => (
        <Card key={side} size="small" title={t(`system.audit.${side}`)} style={{ flex: 1 }}>
          <pre data-testid={`audit-${side}`} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(entry[side], null, 2)}
          </pre>
        </Card>
      ))}
    </Flex>
  );
}
