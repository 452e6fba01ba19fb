import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';

interface Props<Values> {
  title?: string;
  /** The date the move happens on: 入住日期 or 迁出日期. */
  dateField: 'movedInAt' | 'movedOutAt';
  saving: boolean;
  onCancel: () => void;
  /** Sends the move; a refusal is spread over the form's fields. */
  onSubmit: (values: Values & Record<Props<Values>['dateField'], Dayjs>) => Promise<void>;
  /** The fields asked before the date (the customer and role of a move in). */
  children?: ReactNode;
}

/** A move into or out of a unit: the fields it asks, its date, and the server's refusals shown on them. */
export function MoveDialog<Values extends object>({ title, dateField, saving, onCancel, onSubmit, children }: Props<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const fieldNames = ['customerId', 'role', dateField] as const;

  const submit = async (values: Values & Record<typeof dateField, Dayjs>) => {
    setGeneralErrors([]);
    try {
      await onSubmit(values);
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames, conflictField: 'customerId' });
      form.setFields(fields.map((field) => ({ ...field, name: field.name === 'customerId' ? 'customer' : field.name })));
      setGeneralErrors(general);
    }
  };

  return (
    <Modal
      open={title !== undefined}
      title={title}
      okText={t('facilities.moveIn.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      onCancel={() => (setGeneralErrors([]), onCancel())}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values as Values & Record<typeof dateField, Dayjs>)}>
        {children}
        <Form.Item name={dateField} label={t(`facilities.moveIn.${dateField}`)} rules={[{ required: true, message: t(`facilities.moveIn.${dateField}Required`) }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} />}
    </Modal>
  );
}
