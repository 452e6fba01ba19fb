import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar } from '../../api/types';
import { hasPermission } from '../../auth/permissions';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { PageHeader } from '../../shared/PageHeader';
import { CalendarDrawer } from './CalendarDrawer';
import { ImportIcsFile } from './ImportIcsFile';
import { ImportOfficialDays } from './ImportOfficialDays';
import { useCalendars } from './useCalendars';
import { WeekSummary } from './WeekSummary';

/** 工作日历: working hours, holidays and make-up working days that deadlines on a business calendar count. */
export function CalendarsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canManage = hasPermission(useSignedInUser(), 'sla:manage');
  const calendars = useCalendars();
  const [editing, setEditing] = useState<SlaCalendar | 'new'>();

  const columns: TableColumnsType<SlaCalendar> = [
    { key: 'name', title: t('sla.calendar.column.name'), dataIndex: 'name' },
    { key: 'timeZone', title: t('sla.calendar.column.timeZone'), dataIndex: 'timeZone' },
    { key: 'hours', title: t('sla.calendar.column.hours'), render: (_, { weeklyHours }) => <WeekSummary hours={weeklyHours} /> },
    { key: 'holidays', title: t('sla.calendar.column.holidays'), render: (_, { holidays }) => t('sla.calendar.days', { count: holidays.length }) },
    {
      key: 'makeUpWorkdays',
      title: t('sla.calendar.column.makeUpWorkdays'),
      render: (_, { makeUpWorkdays }) => t('sla.calendar.days', { count: makeUpWorkdays.length }),
    },
    { key: 'updatedAt', title: t('sla.calendar.column.updatedAt'), render: (_, { updatedAt }) => formatDateTime(updatedAt, language) },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('sla.calendar.column.actions'),
      render: (_, calendar) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(calendar)}>
            {t('sla.calendar.edit')}
          </Button>
          <ImportOfficialDays calendar={calendar} />
          <ImportIcsFile calendar={calendar} />
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="sla.calendar.title" subtitleKey="sla.calendar.subtitle">
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('sla.calendar.create')}
          </Button>
        )}
      </PageHeader>
      <Card>
        {calendars.error && <Alert type="error" showIcon title={calendars.error.message} style={{ marginBottom: 16 }} />}
        <Table<SlaCalendar>
          rowKey="id"
          columns={columns}
          dataSource={calendars.data ?? []}
          loading={calendars.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sla.calendar.empty')} /> }}
        />
      </Card>
      {canManage && <CalendarDrawer editing={editing} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}
