import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../api/types';
import { useSaveForm } from '../facilities/CreateDrawer';
import { useChangeStaffContact, type StaffContact } from './useStaffMutations';

interface Props {
  /** Whose contact is edited; the dialog is closed without one. */
  staff: Staff | null;
  onClose: () => void;
}

const fieldNames: (keyof StaffContact)[] = ['email', 'mobile'];
// The server's rule, checked here first; an empty value removes the address.
const mobilePattern = /^1[3-9][0-9]{9}$/;

/** An Admin sets where a staff member's e-mail and text notifications go. */
export function ContactDialog({ staff, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StaffContact>();
  const change = useChangeStaffContact();
  const { submit, drawer: dialog } = useSaveForm<StaffContact>({
    form,
    fieldNames,
    onClose,
    save: async ({ email, mobile }) => {
      await change.mutateAsync({ id: staff!.id, email: (email ?? '').trim(), mobile: (mobile ?? '').trim() });
      return t('staff.contact.done', { name: staff!.displayName });
    },
  });

  return (
    <Modal
      title={t('staff.contact.title', { name: staff?.displayName })}
      open={staff !== null}
      okText={t('staff.contact.submit')}
      confirmLoading={dialog.saving}
      onOk={dialog.onSave}
      onCancel={dialog.onClose}
      destroyOnHidden
    >
      {dialog.generalErrors.length > 0 && <Alert type="error" showIcon title={dialog.generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<StaffContact>
        form={form}
        name="staffContact"
        layout="vertical"
        preserve={false}
        initialValues={{ email: staff?.email ?? '', mobile: staff?.mobile ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="email" label={t('staff.contact.email')} extra={t('staff.contact.emptyRemoves')} rules={[{ type: 'email' }, { max: 254 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label={t('staff.contact.mobile')} rules={[{ pattern: mobilePattern, message: t('staff.contact.mobileRule') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
