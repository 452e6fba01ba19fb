import { Alert, App, Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { useScoreCustomer } from './api';
import type { Customer, ScoreForm } from './types';

const criteria = ['assetSize', 'businessScale', 'brandStrength', 'cooperativeness'] as const;
const maxPerCriterion = 25;

interface Props {
  customer: Customer;
  onSaved: () => void;
  /** Offered when there are scores to go back to. */
  onCancel?: () => void;
}

/** The form for an organisation's four grading scores (0–25 each, 100 in all) and their evidence. */
export function ScoreEditor({ customer, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScoreForm>();
  const score = useScoreCustomer(customer.id);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const entered = Form.useWatch([], form) as Partial<ScoreForm> | undefined;
  const total = criteria.reduce((sum, criterion) => sum + (Number(entered?.[criterion]) || 0), 0);

  const submit = async (body: ScoreForm) => {
    setGeneralErrors([]);
    try {
      const { resource: scored } = await score.mutateAsync(body);
      void message.success(t('customers.score.saved', { total: scored.score?.total }));
      onSaved();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: [...criteria, 'evidence'] });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  return (
    <Form<ScoreForm> form={form} name="score" layout="vertical" initialValues={customer.score ?? undefined} onFinish={(values) => void submit(values)}>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Flex gap={16} wrap>
        {criteria.map((criterion) => (
          <Form.Item
            key={criterion}
            name={criterion}
            label={t(`customers.score.${criterion}`)}
            rules={[{ required: true, type: 'integer', min: 0, max: maxPerCriterion, message: t('customers.rule.score', { max: maxPerCriterion }) }]}
          >
            <InputNumber style={{ width: 120 }} />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item
        name="evidence"
        label={t('customers.score.evidence')}
        extra={t('customers.score.evidenceHelp')}
        rules={[{ required: true, whitespace: true, message: t('customers.rule.evidence') }, { max: 4000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('customers.score.totalSoFar', { total })}</Typography.Text>
        <Flex gap={8}>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
          <Button type="primary" htmlType="submit" loading={score.isPending}>
            {t('customers.score.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
