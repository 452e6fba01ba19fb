import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar, SlaPolicy } from '../../api/types';
import { useWindowText } from '../useWindowText';
import { MatchTags } from './MatchTags';
import { PolicyActions } from './PolicyActions';
import { DragHandle, SortableRow, SortableRows } from './SortableRows';

interface Props {
  policies: SlaPolicy[];
  calendars: SlaCalendar[];
  loading: boolean;
  /** Offer dragging, editing and retiring. */
  manageable: boolean;
  onReorder: (policyIds: string[]) => void;
  onEdit: (policy: SlaPolicy) => void;
}

/** The policies in the order they are tried; a manager reorders them by dragging. */
export function PolicyTable({ policies, calendars, loading, manageable, onReorder, onEdit }: Props) {
  const { t } = useTranslation();
  const windowText = useWindowText();
  const calendarNames = new Map(calendars.map((calendar) => [calendar.id, calendar.name]));
  const active = policies.filter((policy) => !policy.retired);

  const columns: TableColumnsType<SlaPolicy> = [
    {
      key: 'position',
      title: t('sla.policy.column.position'),
      width: 64,
      render: (_, policy) => (policy.retired ? '—' : active.indexOf(policy) + 1),
    },
    {
      key: 'name',
      title: t('sla.policy.column.name'),
      render: (_, { name, retired }) => (
        <>
          <Typography.Text strong={!retired} type={retired ? 'secondary' : undefined} style={{ whiteSpace: 'nowrap' }}>
            {name}
          </Typography.Text>
          {retired && <Tag style={{ marginInlineStart: 8 }}>{t('sla.policy.retired')}</Tag>}
        </>
      ),
    },
    { key: 'match', title: t('sla.policy.column.match'), render: (_, { match }) => <MatchTags match={match} /> },
    { key: 'firstContact', title: t('sla.policy.column.firstContact'), render: (_, { firstContact }) => windowText(firstContact) },
    { key: 'resolution', title: t('sla.policy.column.resolution'), render: (_, { resolution }) => windowText(resolution) },
    { key: 'warnAt', title: t('sla.policy.column.warnAt'), render: (_, { warnAtPercent }) => `${warnAtPercent}%` },
    {
      key: 'calendar',
      title: t('sla.policy.column.calendar'),
      render: (_, { calendarId }) => (calendarId ? (calendarNames.get(calendarId) ?? '…') : t('sla.policy.allDayShort')),
    },
    {
      key: 'escalation',
      title: t('sla.policy.column.escalation'),
      render: (_, { escalationLevels }) => t(`sla.policy.escalation.${escalationLevels}`),
    },
  ];
  if (manageable) {
    columns.unshift({
      key: 'drag',
      width: 40,
      render: (_, policy) => !policy.retired && <DragHandle label={t('sla.policy.dragHandle', { name: policy.name })} />,
    });
    columns.push({
      key: 'actions',
      title: t('sla.policy.column.actions'),
      render: (_, policy) => !policy.retired && <PolicyActions policy={policy} onEdit={() => onEdit(policy)} />,
    });
  }

  return (
    <SortableRows ids={active.map((policy) => policy.id)} onReorder={onReorder}>
      <Table<SlaPolicy>
        rowKey="id"
        columns={columns}
        dataSource={policies}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        components={manageable ? { body: { row: SortableRow } } : undefined}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sla.policy.empty')} /> }}
      />
    </SortableRows>
  );
}
