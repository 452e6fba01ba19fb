import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { useSchedule } from './api';

interface Props {
  ticketId: string;
  open: boolean;
  onClose: () => void;
}

/** 预约上门: the visit window agreed with the customer (at most a day, not in the past: the server says so otherwise). */
export function ScheduleDialog({ ticketId, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ window: [Dayjs, Dayjs] }>();
  const schedule = useSchedule(ticketId);
  const close = () => {
    schedule.reset();
    onClose();
  };
  const label = t('tickets.dispatch.window');

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
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ window: [from, to] }) => schedule.mutate({ from: from.toISOString(), to: to.toISOString() }, { onSuccess: close })}
      >
        <Form.Item name="window" label={label} rules={[{ required: true, message: t('tickets.action.required', { what: label }) }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {schedule.error && <Alert type="error" showIcon title={problemOf(schedule.error).detail} />}
    </Modal>
  );
}
