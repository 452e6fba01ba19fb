import { Alert, App, Button, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import type { StaffRole } from '../api/types';
import { useSaveCustomer } from './api';
import { DuplicateDialog } from './DuplicateDialog';
import { isPhone, isResidentIdNumber, splitPhones } from './idNumber';
import { StaffPicker } from '../shared/StaffPicker';
import { customerTypes, type Customer, type CustomerForm, type DuplicateMatch } from './types';
import { UnitIdsField } from './UnitIdsField';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The customer being edited and its ETag; none to register a new one. */
  editing?: { customer: Customer; etag: string };
}

interface Values {
  type: CustomerForm['type'];
  name: string;
  phones: string;
  email?: string;
  idNumber?: string;
  bankAccount?: string;
  address?: string;
  unitIds: string[];
  accountManagerId: string | null;
  vip: boolean;
  smsConsent: boolean;
  notes?: string;
}

const fieldNames = ['type', 'name', 'phones', 'email', 'idNumber', 'bankAccount', 'address', 'unitIds', 'accountManagerId', 'vip', 'smsConsent', 'notes'] as const;
const personTypes = ['Owner', 'Resident', 'Tenant'];

function initialValues(customer?: Customer): Partial<Values> {
  if (!customer) return { type: 'Owner', unitIds: [], accountManagerId: null, vip: false, smsConsent: true };
  return {
    type: customer.type,
    name: customer.name,
    phones: customer.phones.join(', '),
    email: customer.email ?? undefined,
    address: customer.addresses[0],
    unitIds: customer.unitIds,
    accountManagerId: customer.accountManagerId ?? null,
    vip: customer.vip,
    smsConsent: customer.smsConsent,
    notes: customer.notes ?? undefined,
  };
}

/** A tier-1 customer is looked after by someone of Manager rank or above (副经理级及以上人员负责对一级客户进行关系维护管理). */
const managerOrAbove: StaffRole[] = ['Manager', 'Executive'];

export function CustomerFormDrawer({ open, onClose, editing }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCustomer(editing && { id: editing.customer.id, etag: editing.etag });
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; body: CustomerForm }>();
  const tierOne = editing?.customer.tier === 1;

  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    setDuplicates(undefined);
    onClose();
  };

  const send = async (body: CustomerForm) => {
    setGeneralErrors([]);
    try {
      const saved = await save.mutateAsync(body);
      void message.success(t(editing ? 'customers.form.saved' : 'customers.form.created', { name: saved.name, number: saved.number }));
      close();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409 && problem.code === 'duplicate_customer') {
        setDuplicates({ matches: problem.duplicates as DuplicateMatch[], body });
        return;
      }
      setDuplicates(undefined);
      if (problem.status === 412) {
        setGeneralErrors([t('customers.form.stale')]);
        return;
      }
      const { fields, general } = formErrorsOf(problem, { fieldNames: [...fieldNames, 'addresses'] });
      form.setFields(fields.map((field) => ({ ...field, name: field.name === 'addresses' ? 'address' : field.name })) as never);
      setGeneralErrors(general);
    }
  };

  const submit = (values: Values) =>
    send({
      type: values.type,
      name: values.name,
      phones: splitPhones(values.phones),
      email: values.email || undefined,
      idNumber: values.idNumber || undefined,
      bankAccount: values.bankAccount || undefined,
      addresses: values.address ? [values.address] : [],
      unitIds: values.unitIds,
      accountManagerId: values.accountManagerId,
      vip: values.vip,
      smsConsent: values.smsConsent,
      notes: values.notes || undefined,
    });

  return (
    <Drawer
      title={t(editing ? 'customers.form.editTitle' : 'customers.form.createTitle')}
      open={open}
      size={520}
      onClose={close}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('customers.form.submit')}
          </Button>
        </Flex>
      }
    >
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="customer" layout="vertical" initialValues={initialValues(editing?.customer)} onFinish={(values) => void submit(values)}>
        <Form.Item name="type" label={t('customers.field.type')} rules={[{ required: true }]}>
          <Select options={customerTypes.map((type) => ({ value: type, label: t(`customers.type.${type}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('customers.field.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="phones"
          label={t('customers.field.phones')}
          extra={t('customers.field.phonesHelp')}
          rules={[
            { required: true },
            {
              validator: (_, value: string | undefined) =>
                splitPhones(value).every(isPhone) ? Promise.resolve() : Promise.reject(new Error(t('customers.rule.phone'))),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('customers.field.email')} rules={[{ type: 'email' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('customers.field.idNumber')}
          extra={editing?.customer.idNumber ? `${editing.customer.idNumber} · ${t('customers.field.idNumberKeep')}` : t('customers.field.idNumberHelp')}
          dependencies={['type']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || !personTypes.includes(getFieldValue('type') as string) || isResidentIdNumber(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('customers.rule.idNumber'))),
            }),
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="bankAccount"
          label={t('customers.field.bankAccount')}
          extra={editing?.customer.bankAccount ? `${editing.customer.bankAccount} · ${t('customers.field.idNumberKeep')}` : undefined}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="address" label={t('customers.field.addresses')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <UnitIdsField />
        <Form.Item
          name="accountManagerId"
          label={t('customers.field.accountManager')}
          extra={tierOne ? t('customers.field.accountManagerTierOne') : undefined}
        >
          <StaffPicker roles={tierOne ? managerOrAbove : undefined} />
        </Form.Item>
        <Flex gap={32}>
          <Form.Item name="vip" label={t('customers.field.vip')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="smsConsent" label={t('customers.field.smsConsent')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('customers.field.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      <DuplicateDialog
        matches={duplicates?.matches}
        saving={save.isPending}
        onCancel={() => setDuplicates(undefined)}
        onOverride={(reason) => duplicates && void send({ ...duplicates.body, allowDuplicate: true, duplicateReason: reason })}
      />
    </Drawer>
  );
}
