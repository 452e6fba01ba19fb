import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/formErrors';
import { problemOf } from '../../api/problem';
import { formatWindow } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { useSchedule } from './api';

interface Props {
  ticketId: string;
  open: boolean;
  onClose: () => void;
}

interface Values {
  window: [Dayjs, Dayjs];
}

/** 预约上门: the visit window agreed with the customer (at most a day, not in the past: the server says so otherwise). */
export function ScheduleDialog({ ticketId, open, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const schedule = useSchedule(ticketId);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const close = () => {
    setGeneralErrors([]);
    onClose();
  };
  const label = t('tickets.dispatch.window');

  const submit = async ({ window: [from, to] }: Values) => {
    setGeneralErrors([]);
    try {
      const scheduled = await schedule.mutateAsync({ from: from.toISOString(), to: to.toISOString() });
      if (scheduled.appointmentFrom && scheduled.appointmentTo) {
        void message.success(t('tickets.dispatch.scheduled', { window: formatWindow(scheduled.appointmentFrom, scheduled.appointmentTo, language) }));
      }
      close();
    } catch (error) {
      // The server names `from` or `to`; both belong to the one range field.
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: ['from', 'to'] as const });
      const errors = fields.flatMap((field) => field.errors);
      if (errors.length > 0) form.setFields([{ name: 'window', errors }]);
      setGeneralErrors(general);
    }
  };

  return (
    <Modal
      open={open}
      title={t('tickets.dispatch.schedule')}
      okText={t('tickets.dispatch.schedule')}
      cancelText={t('common.cancel')}
      confirmLoading={schedule.isPending}
      destroyOnHidden
      onCancel={close}
      onOk={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="window" label={label} rules={[{ required: true, message: t('tickets.action.required', { what: label }) }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} />}
    </Modal>
  );
}
