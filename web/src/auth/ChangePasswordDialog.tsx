import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import type { PasswordChange } from '../api/types';
import { useChangePassword } from './useChangePassword';

interface Props {
  open: boolean;
  /** After an Admin's reset: no way to cancel, and a word on why. */
  forced?: boolean;
  onClose?: () => void;
}

interface Values extends PasswordChange {
  confirmPassword: string;
}

const fieldNames: (keyof PasswordChange)[] = ['currentPassword', 'newPassword'];
// The server's minimum length, checked here first; the rest of its rule (username, common passwords) it checks itself.
const minimumLength = 10;

export function ChangePasswordDialog({ open, forced = false, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    onClose?.();
  };

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setGeneralErrors([]);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      void message.success(t('password.changed'));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Modal
      title={t('password.title')}
      open={open}
      closable={!forced}
      mask={{ closable: false }}
      keyboard={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      okText={t('password.submit')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={close}
    >
      {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="changePassword" layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.rule')}
          rules={[{ required: true }, { min: minimumLength, max: 128, message: t('password.rule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
