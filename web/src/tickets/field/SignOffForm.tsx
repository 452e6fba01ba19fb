import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignOff, type SignOff } from './api';
import { SignaturePad } from './SignaturePad';
import { StepRefusal } from './StepRefusal';

/** 客户签字: the customer, present, checks the fix, signs, and says whether they are satisfied. */
export function SignOffForm({ jobId, customerName, onDone }: { jobId: string; customerName: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignOff>();
  const signOff = useSignOff(jobId);
  const required = (what: string) => ({ required: true, whitespace: true, message: t('tickets.action.required', { what }) });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ customerName, satisfied: true }}
      onFinish={(body) => signOff.mutate({ ...body, comment: body.comment?.trim() || null }, { onSuccess: onDone })}
    >
      <Form.Item name="customerName" label={t('tickets.field.customerName')} rules={[required(t('tickets.field.customerName'))]}>
        <Input size="large" />
      </Form.Item>
      <Form.Item name="signature" label={t('tickets.field.signature')} rules={[{ required: true, message: t('tickets.field.signatureRequired') }]}>
        <SignaturePad />
      </Form.Item>
      <Form.Item name="satisfied" label={t('tickets.field.satisfied')}>
        <Radio.Group size="large" optionType="button" options={[{ value: true, label: t('tickets.field.yes') }, { value: false, label: t('tickets.field.no') }]} />
      </Form.Item>
      <Form.Item name="comment" label={t('tickets.field.comment')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <StepRefusal error={signOff.error} />
      <Button type="primary" size="large" block htmlType="submit" loading={signOff.isPending}>
        {t('tickets.field.saveSignOff')}
      </Button>
    </Form>
  );
}
