import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/formErrors';
import { problemOf } from '../../api/problem';
import { useRequestExtension, type ExtendableCase } from './api';

interface Props {
  kind: ExtendableCase;
  caseId: string;
  open: boolean;
  onClose: () => void;
}

interface Values {
  reason: string;
  newDueAt: Dayjs;
}

/** 申请延期: the handler asks for a new due time with the reason the callback will tell the customer; the server checks the time. */
export function ExtensionRequestDialog({ kind, caseId, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const request = useRequestExtension(kind, caseId);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const close = () => {
    setGeneralErrors([]);
    onClose();
  };

  const submit = async ({ reason, newDueAt }: Values) => {
    setGeneralErrors([]);
    try {
      await request.mutateAsync({ reason: reason.trim(), newDueAt: newDueAt.toISOString() });
      void message.success(t('sla.extension.requested'));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: ['reason', 'newDueAt'] as const });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sla.extension.request')}
      okText={t('sla.extension.send')}
      cancelText={t('common.cancel')}
      confirmLoading={request.isPending}
      destroyOnHidden
      onCancel={close}
      onOk={() => form.submit()}
    >
      <Alert type="info" showIcon title={t('sla.extension.howItWorks')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="newDueAt" label={t('sla.extension.newDueAt')} rules={[{ required: true, message: t('sla.extension.newDueAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('sla.extension.reason')}
          extra={t('sla.extension.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('sla.extension.reasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} />}
    </Modal>
  );
}
