import { Divider, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar } from '../../api/types';
import { EditDrawer } from '../../shared/EditDrawer';
import { useEditForm } from '../../shared/useEditForm';
import { newCalendar, toFields, toFormValues, type CalendarFormValues } from './calendarForm';
import { DateListField } from './DateListField';
import { useCalendar, useSaveCalendar } from './useCalendars';
import { WeeklyHoursField } from './WeeklyHoursField';

interface Props {
  /** The calendar to change, `'new'` to add one, undefined when closed. */
  editing: SlaCalendar | 'new' | undefined;
  onClose: () => void;
}

// Errors about `weeklyHours` belong to no single day: they are shown above the form.
const fieldNames = ['name', 'timeZone', 'holidays', 'makeUpWorkdays'] as const;
const timeZones = Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone }));

export function CalendarDrawer({ editing, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CalendarFormValues>();
  const id = typeof editing === 'object' ? editing.id : undefined;
  const current = useCalendar(id);
  const save = useSaveCalendar();
  const editForm = useEditForm({
    form,
    current,
    toValues: toFormValues,
    fieldNames,
    conflictField: 'name',
    save: (values: CalendarFormValues, etag) => save.mutateAsync({ id, etag, fields: toFields(values) }),
    savedMessage: t(id ? 'sla.calendar.form.updated' : 'sla.calendar.form.created'),
    onClose,
  });

  return (
    <EditDrawer
      title={t(id ? 'sla.calendar.form.editTitle' : 'sla.calendar.form.createTitle')}
      open={editing !== undefined}
      saving={save.isPending}
      {...editForm.drawer}
    >
      <Form<CalendarFormValues> form={form} name="slaCalendar" layout="vertical" onFinish={editForm.submit} initialValues={newCalendar}>
        <Form.Item name="name" label={t('sla.calendar.form.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="timeZone" label={t('sla.calendar.form.timeZone')} rules={[{ required: true }]}>
          <Select showSearch options={timeZones} />
        </Form.Item>
        <Divider titlePlacement="start">{t('sla.calendar.form.weeklyHours')}</Divider>
        <WeeklyHoursField />
        <Divider titlePlacement="start">{t('sla.calendar.form.days')}</Divider>
        <Form.Item name="holidays" label={t('sla.calendar.form.holidays')} extra={t('sla.calendar.form.holidaysHelp')}>
          <DateListField />
        </Form.Item>
        <Form.Item name="makeUpWorkdays" label={t('sla.calendar.form.makeUpWorkdays')} extra={t('sla.calendar.form.makeUpWorkdaysHelp')}>
          <DateListField />
        </Form.Item>
      </Form>
    </EditDrawer>
  );
}
