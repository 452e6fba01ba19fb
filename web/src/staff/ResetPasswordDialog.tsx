import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import type { Staff } from '../api/types';
import { useResetStaffPassword } from './useStaffMutations';

interface Props {
  /** Whose password is reset; the dialog is closed without one. */
  staff: Staff | null;
  onClose: () => void;
}

interface Values {
  temporaryPassword: string;
}

const fieldNames: (keyof Values)[] = ['temporaryPassword'];

/** An Admin gives a staff member a temporary password: their sessions end, and they must change it when they sign in. */
export function ResetPasswordDialog({ staff, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetStaffPassword();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    onClose();
  };

  const submit = async ({ temporaryPassword }: Values) => {
    if (!staff) return;
    setGeneralErrors([]);
    try {
      await reset.mutateAsync({ id: staff.id, temporaryPassword });
      void message.success(t('staff.reset.done', { name: staff.displayName }));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Modal
      title={t('staff.reset.title', { name: staff?.displayName })}
      open={staff !== null}
      okText={t('staff.reset.submit')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={close}
    >
      <Alert type="info" showIcon title={t('staff.reset.explain')} style={{ marginBottom: 16 }} />
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="resetPassword" layout="vertical" onFinish={submit}>
        <Form.Item
          name="temporaryPassword"
          label={t('staff.reset.password')}
          extra={t('staff.form.passwordRule')}
          rules={[{ required: true }, { min: 10, max: 128, message: t('staff.form.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
