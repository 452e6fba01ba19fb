import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The action's label, e.g. 挂起; the dialog is open while there is one. */
  action?: string;
  /** What is asked for: 原因 or 处理结果. */
  label: string;
  /** What else the action does, said before it is confirmed. */
  note?: string;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}

/** Asks why (pend, cancel, reopen) or what was done (resolve) before the transition is sent. */
export function ReasonDialog({ action, label, note, saving, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={action !== undefined}
      title={action}
      okText={action}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => form.submit()}
    >
      {note && <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={({ text }) => onConfirm(text.trim())}>
        <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: t('tickets.action.required', { what: label }) }, { max: 2000 }]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
