import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealSensitive } from './api';
import type { SensitiveValues } from './types';

/** Asks for a reason, then shows the unmasked ID number and bank account (the server logs the view). */
export function RevealButton({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<SensitiveValues>();
  const reveal = useRevealSensitive(customerId);
  const [form] = Form.useForm<{ reason: string }>();

  const close = () => {
    setOpen(false);
    setValues(undefined);
    form.resetFields();
  };

  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        {t('customers.detail.reveal')}
      </Button>
      <Modal
        open={open}
        title={t('customers.detail.revealTitle')}
        onCancel={close}
        okText={values ? t('common.confirm') : t('customers.detail.reveal')}
        cancelButtonProps={{ style: values ? { display: 'none' } : undefined }}
        confirmLoading={reveal.isPending}
        onOk={() => (values ? close() : form.submit())}
        destroyOnHidden
      >
        {values ? (
          <>
            <Alert type="info" showIcon title={t('customers.detail.revealed')} style={{ marginBottom: 12 }} />
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('customers.field.idNumber')}>{values.idNumber ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('customers.field.bankAccount')}>{values.bankAccount ?? t('common.none')}</Descriptions.Item>
            </Descriptions>
          </>
        ) : (
          <Form form={form} layout="vertical" name="reveal" onFinish={({ reason }) => void reveal.mutateAsync(reason).then(setValues)}>
            {reveal.error && <Alert type="error" showIcon title={reveal.error.message} style={{ marginBottom: 12 }} />}
            <Form.Item
              name="reason"
              label={t('customers.detail.revealReason')}
              rules={[{ required: true, whitespace: true, message: t('customers.detail.revealReasonRequired') }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
