import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogWork, type WorkLog } from './api';
import { StepRefusal } from './StepRefusal';

/** 工作记录: what was done and the materials used (注明所用材料及情况说明). */
export function WorkLogForm({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WorkLog>();
  const logWork = useLogWork(jobId);
  const explanation = t('tickets.field.explanation');

  const save = (log: WorkLog) =>
    logWork.mutate(
      { explanation: log.explanation.trim(), materials: log.materials ?? [] },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={save}>
      <Form.Item
        name="explanation"
        label={explanation}
        extra={t('tickets.field.explanationHelp')}
        rules={[{ required: true, whitespace: true, message: t('tickets.action.required', { what: explanation }) }, { max: 4000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.List name="materials">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {rows.map(({ key, name }) => (
              <Flex key={key} gap={8} align="flex-start">
                <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, message: t('tickets.field.materialName') }]} style={{ flex: 3, margin: 0 }}>
                  <Input size="large" placeholder={t('tickets.field.materialName')} aria-label={t('tickets.field.materialName')} />
                </Form.Item>
                <Form.Item name={[name, 'quantity']} rules={[{ required: true, message: t('tickets.field.quantity') }]} style={{ flex: 2, margin: 0 }}>
                  <InputNumber size="large" min={0} placeholder={t('tickets.field.quantity')} aria-label={t('tickets.field.quantity')} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={[name, 'unit']} rules={[{ required: true, whitespace: true, message: t('tickets.field.unit') }]} style={{ flex: 2, margin: 0 }}>
                  <Input size="large" placeholder={t('tickets.field.unit')} aria-label={t('tickets.field.unit')} />
                </Form.Item>
                <Button size="large" type="text" icon={<DeleteOutlined />} aria-label={t('tickets.field.removeMaterial')} onClick={() => remove(name)} />
              </Flex>
            ))}
            <Button size="large" type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('tickets.field.addMaterial')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <StepRefusal error={logWork.error} />
      <Button type="primary" size="large" block htmlType="submit" loading={logWork.isPending}>
        {t('tickets.field.saveWorkLog')}
      </Button>
    </Form>
  );
}
