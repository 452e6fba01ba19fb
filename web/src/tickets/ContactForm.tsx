import { Alert, App, Button, DatePicker, Flex, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { PhraseCheckedTextArea } from '../knowledge/PhraseCheckedTextArea';
import { contactMethods, contactOutcomes, type NewContact } from './types';

interface Values {
  method: NewContact['method'];
  outcome: NewContact['outcome'];
  note: string;
  at?: Dayjs | null;
}

const fieldNames = ['method', 'outcome', 'note', 'at'] as const;

/** Sends a contact to the ticket's or the complaint's log: the two take the same body. */
export interface ContactLogging {
  mutateAsync: (contact: NewContact) => Promise<unknown>;
  isPending: boolean;
}

/**
 * Logs one contact with the customer (S4: 处理方式、处理时间、处理人、业主回复的具体内容), on a ticket or a complaint;
 * the handler is the signed-in user.
 */
export function ContactForm({ log }: { log: ContactLogging }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const submit = async ({ method, outcome, note, at }: Values) => {
    setGeneralErrors([]);
    try {
      await log.mutateAsync({ method, outcome, note: note.trim(), at: at?.toISOString() });
      void message.success(t('tickets.contact.saved'));
      form.resetFields();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Form<Values> form={form} name="contact" layout="vertical" initialValues={{ method: 'Phone', outcome: 'Reached' }} onFinish={(values) => void submit(values)}>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Flex gap={16} wrap>
        <Form.Item name="method" label={t('tickets.contact.method')} rules={[{ required: true }]}>
          <Select options={contactMethods.map((value) => ({ value, label: t(`tickets.method.${value}`) }))} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('tickets.contact.outcome')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={contactOutcomes.map((value) => ({ value, label: t(`tickets.outcome.${value}`) }))} />
        </Form.Item>
        <Form.Item name="at" label={t('tickets.contact.at')} extra={t('tickets.contact.atHelp')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('tickets.contact.note')} rules={[{ required: true, whitespace: true, message: t('tickets.contact.noteRequired') }, { max: 2000 }]}>
        <PhraseCheckedTextArea rows={2} placeholder={t('tickets.contact.notePlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={log.isPending}>
        {t('tickets.contact.submit')}
      </Button>
    </Form>
  );
}
