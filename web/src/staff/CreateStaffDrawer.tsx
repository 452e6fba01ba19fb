import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import type { NewStaff, Team } from '../api/types';
import { roleNames, skillNames } from './catalog';
import { useCreateStaff } from './useStaffMutations';

interface Props {
  open: boolean;
  teams: Team[];
  onClose: () => void;
}

const fieldNames: (keyof NewStaff)[] = ['username', 'displayName', 'password', 'roles', 'teamId', 'serviceNumber', 'skills'];
// The server's rules, checked here first so that most mistakes are caught before sending.
const usernamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;
const serviceNumberPattern = /^[0-9]{1,8}$/;

export function CreateStaffDrawer({ open, teams, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewStaff>();
  const create = useCreateStaff();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    onClose();
  };

  const submit = async ({ serviceNumber, ...values }: NewStaff) => {
    setGeneralErrors([]);
    try {
      const created = await create.mutateAsync({ ...values, serviceNumber: serviceNumber || undefined });
      void message.success(t('staff.form.created', { name: created.displayName, serviceNumber: created.serviceNumber }));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames, conflictField: 'username' });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Drawer
      title={t('staff.form.title')}
      open={open}
      size={480}
      onClose={close}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('staff.form.submit')}
          </Button>
        </Flex>
      }
    >
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<NewStaff> form={form} name="createStaff" layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label={t('staff.form.username')}
          rules={[{ required: true }, { pattern: usernamePattern, message: t('staff.form.usernameRule') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('staff.form.displayName')} rules={[{ required: true }, { max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.form.password')}
          extra={t('staff.form.passwordRule')}
          rules={[{ required: true }, { min: 10, max: 128, message: t('staff.form.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('staff.form.roles')} rules={[{ required: true, message: t('staff.form.chooseRoles') }]}>
          <Select mode="multiple" options={roleNames.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item name="teamId" label={t('staff.form.team')}>
          <Select allowClear options={teams.map((team) => ({ value: team.id, label: team.name }))} />
        </Form.Item>
        <Form.Item
          name="serviceNumber"
          label={t('staff.form.serviceNumber')}
          extra={t('staff.form.serviceNumberHelp')}
          rules={[{ pattern: serviceNumberPattern, message: t('staff.form.serviceNumberRule') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="skills" label={t('staff.form.skills')} extra={t('staff.form.skillsHelp')}>
          <Select mode="multiple" options={skillNames.map((skill) => ({ value: skill, label: t(`skills.${skill}`) }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
