import { Button, Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResolveJob, type JobResolution } from './api';
import { StepRefusal } from './StepRefusal';

/** 完工: the job resolved on site with a summary; chargeable work (有偿服务) with its fee. */
export function ResolveJobForm({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<JobResolution>();
  const chargeable = Form.useWatch('chargeable', form);
  const resolve = useResolveJob(jobId);
  const summary = t('tickets.field.summary');
  const fee = t('tickets.field.fee');

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ chargeable: false }}
      onFinish={(body) => resolve.mutate({ summary: body.summary.trim(), chargeable: body.chargeable, fee: body.chargeable ? body.fee : null }, { onSuccess: onDone })}
    >
      <Form.Item name="summary" label={summary} rules={[{ required: true, whitespace: true, message: t('tickets.action.required', { what: summary }) }, { max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="chargeable" label={t('tickets.field.chargeable')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {chargeable && (
        <Form.Item name="fee" label={fee} rules={[{ required: true, message: t('tickets.action.required', { what: fee }) }]}>
          <InputNumber size="large" min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <StepRefusal error={resolve.error} />
      <Button type="primary" size="large" block htmlType="submit" loading={resolve.isPending}>
        {t('tickets.field.resolve')}
      </Button>
    </Form>
  );
}
