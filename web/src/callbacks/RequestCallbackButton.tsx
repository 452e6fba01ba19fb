import { PhoneOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { CustomerPicker, type PickedCustomer } from '../customers/CustomerPicker';
import { useRequestCallback } from './api';

interface Values {
  customer: PickedCustomer;
  dueAt: Dayjs;
  note?: string;
}

const fieldNames = ['customerId', 'dueAt', 'note'] as const;

/** 登记回访: a customer asked to be called back with an answer, by a time. */
export function RequestCallbackButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const request = useRequestCallback();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const close = () => (setGeneralErrors([]), setOpen(false));
  const submit = async ({ customer, dueAt, note }: Values) => {
    setGeneralErrors([]);
    try {
      await request.mutateAsync({ customerId: customer.value, reason: 'Requested', dueAt: dueAt.toISOString(), note: note?.trim() || null });
      void message.success(t('callbacks.request.saved'));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
      form.setFields(fields.map((field) => ({ ...field, name: field.name === 'customerId' ? 'customer' : field.name })));
      setGeneralErrors(general);
    }
  };

  return (
    <>
      <Button icon={<PhoneOutlined />} onClick={() => setOpen(true)}>
        {t('callbacks.request.open')}
      </Button>
      <Modal
        open={open}
        title={t('callbacks.request.title')}
        okText={t('callbacks.request.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={request.isPending}
        destroyOnHidden
        onCancel={close}
        onOk={() => form.submit()}
      >
        <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
          <Form.Item name="customer" label={t('callbacks.request.customer')} rules={[{ required: true, message: t('callbacks.request.customerRequired') }]}>
            <CustomerPicker placeholder={t('callbacks.request.customer')} />
          </Form.Item>
          <Form.Item name="dueAt" label={t('callbacks.request.dueAt')} rules={[{ required: true, message: t('callbacks.request.dueAtRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('callbacks.request.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} />}
      </Modal>
    </>
  );
}
