import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar, SlaPolicy, SlaPolicyFields } from '../../api/types';
import { secondsOf } from '../../shared/durations';
import { EditDrawer } from '../../shared/EditDrawer';
import { useEditForm } from '../../shared/useEditForm';
import { withoutBlankCategory } from './blankCategory';
import { DurationInput } from './DurationInput';
import { MatchFields } from './MatchFields';
import { usePolicy, useSavePolicy } from './usePolicies';

interface Props {
  /** The policy to change, `'new'` to add one, undefined when closed. */
  editing: SlaPolicy | 'new' | undefined;
  /** Where a new policy goes: just before the catch-all rule. */
  newOrder: number;
  calendars: SlaCalendar[];
  onClose: () => void;
}

const fieldNames = ['name', 'order', 'acknowledgement', 'handoff', 'firstContact', 'resolution', 'warnAtPercent', 'calendarId', 'escalationLevels'] as const;
const longestWindow = 366 * 24 * 3600;

const toValues = ({ name, order, match, acknowledgement, handoff, firstContact, resolution, warnAtPercent, calendarId, escalationLevels }: SlaPolicy): SlaPolicyFields => ({
  name,
  order,
  match,
  acknowledgement,
  handoff,
  firstContact,
  resolution,
  warnAtPercent,
  calendarId,
  escalationLevels,
});

export function PolicyDrawer({ editing, newOrder, calendars, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SlaPolicyFields>();
  const id = typeof editing === 'object' ? editing.id : undefined;
  const current = usePolicy(id);
  const save = useSavePolicy();
  const editForm = useEditForm({
    form,
    current,
    toValues,
    fieldNames,
    save: (fields: SlaPolicyFields, etag) => save.mutateAsync({ id, etag, fields: { ...fields, match: withoutBlankCategory(fields.match ?? {}) } }),
    savedMessage: t(id ? 'sla.policy.form.updated' : 'sla.policy.form.created'),
    onClose,
  });

  const windowRule = {
    validator: (_: unknown, value?: string) => {
      const seconds = value ? secondsOf(value) : undefined;
      return seconds !== undefined && seconds > 0 && seconds <= longestWindow ? Promise.resolve() : Promise.reject(new Error(t('sla.policy.form.windowRule')));
    },
  };

  return (
    <EditDrawer
      title={t(id ? 'sla.policy.form.editTitle' : 'sla.policy.form.createTitle')}
      open={editing !== undefined}
      saving={save.isPending}
      {...editForm.drawer}
    >
      <Form<SlaPolicyFields>
        form={form}
        name="slaPolicy"
        layout="vertical"
        onFinish={editForm.submit}
        initialValues={{ order: newOrder, warnAtPercent: 80, escalationLevels: 3, acknowledgement: 'PT15M', handoff: 'PT1H', firstContact: 'PT3H', resolution: 'PT24H', match: {} }}
      >
        <Form.Item name="name" label={t('sla.policy.form.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="order" label={t('sla.policy.form.order')} extra={t('sla.policy.form.orderHelp')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <MatchFields />
        <Form.Item name="acknowledgement" label={t('sla.policy.form.acknowledgement')} rules={[windowRule]}>
          <DurationInput label={t('sla.policy.form.acknowledgement')} />
        </Form.Item>
        <Form.Item name="handoff" label={t('sla.policy.form.handoff')} rules={[windowRule]}>
          <DurationInput label={t('sla.policy.form.handoff')} />
        </Form.Item>
        <Form.Item name="firstContact" label={t('sla.policy.form.firstContact')} rules={[windowRule]}>
          <DurationInput label={t('sla.policy.form.firstContact')} />
        </Form.Item>
        <Form.Item name="resolution" label={t('sla.policy.form.resolution')} rules={[windowRule]}>
          <DurationInput label={t('sla.policy.form.resolution')} />
        </Form.Item>
        <Form.Item name="warnAtPercent" label={t('sla.policy.form.warnAtPercent')} extra={t('sla.policy.form.warnAtPercentHelp')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="calendarId" label={t('sla.policy.form.calendar')}>
          <Select allowClear placeholder={t('sla.policy.allDay')} options={calendars.map((calendar) => ({ value: calendar.id, label: calendar.name }))} />
        </Form.Item>
        <Form.Item name="escalationLevels" label={t('sla.policy.form.escalationLevels')} rules={[{ required: true }]}>
          <Select
            options={[0, 1, 2, 3].map((levels) => ({ value: levels, label: t(`sla.policy.escalation.${levels}`) }))}
          />
        </Form.Item>
      </Form>
    </EditDrawer>
  );
}
