import { Alert, App, Button, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { KnowledgePanel } from '../knowledge/KnowledgePanel';
import { PhraseCheckedTextArea } from '../knowledge/PhraseCheckedTextArea';
import { categories, categoryKey } from '../tickets/types';
import { useRecordAttempt } from './api';
import { lowSatisfaction, outcomes, satisfactions, type NewAttempt } from './types';

interface Values {
  outcome: NewAttempt['outcome'];
  satisfaction?: number;
  comment?: string;
  newIssue?: { category?: NonNullable<NewAttempt['newIssue']>['category']; description?: string };
}

const fieldNames = ['outcome', 'satisfaction', 'comment', 'newIssue.category', 'newIssue.description'] as const;

/**
 * One call, recorded from the keyboard: digits 1–5 pick the satisfaction (outside the text boxes), Ctrl+Enter submits. A score of 2
 * or less needs the customer's words; a new issue needs its category and description. The server's refusals show on their fields.
 */
export function AttemptForm({ callbackId }: { callbackId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordAttempt(callbackId);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const outcome = Form.useWatch('outcome', form);
  const satisfaction = Form.useWatch('satisfaction', form);
  const issue = Form.useWatch('newIssue', form);
  const raisesIssue = Boolean(issue?.category || issue?.description?.trim());

  const submit = async ({ outcome, satisfaction, comment, newIssue }: Values) => {
    setGeneralErrors([]);
    try {
      await record.mutateAsync({
        outcome,
        satisfaction: outcome === 'Reached' ? satisfaction : null,
        comment: comment?.trim() || null,
        newIssue: outcome === 'Reached' && newIssue?.category ? { category: newIssue.category, description: newIssue.description?.trim() ?? '' } : null,
      });
      void message.success(t('callbacks.attempt.saved'));
      form.resetFields();
    } catch (error) {
      const problem = problemOf(error);
      const { fields, general } = formErrorsOf(problem, { fieldNames });
      form.setFields(fields.map((field) => ({ ...field, name: field.name.split('.') as never })));
      setGeneralErrors(problem.status === 409 ? [t('callbacks.attempt.closed', { reason: general.join(' ') })] : general);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
      return;
    }
    const typing = event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type !== 'radio');
    const score = Number(event.key);
    if (!typing && satisfactions.includes(score as (typeof satisfactions)[number])) {
      form.setFieldsValue({ outcome: 'Reached', satisfaction: score });
    }
  };

  return (
    <Form<Values>
      form={form}
      name="attempt"
      layout="vertical"
      initialValues={{ outcome: 'Reached' }}
      onFinish={(values) => void submit(values)}
      onKeyDown={onKeyDown}
    >
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Form.Item name="outcome" label={t('callbacks.attempt.outcome')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={outcomes.map((value) => ({ value, label: t(`callbacks.outcome.${value}`) }))} />
      </Form.Item>
      {outcome !== 'Unreachable' && (
        <Form.Item
          name="satisfaction"
          label={t('callbacks.attempt.satisfaction')}
          extra={t('callbacks.attempt.satisfactionHelp')}
          rules={[{ required: true, message: t('callbacks.attempt.satisfactionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            options={satisfactions.map((score) => ({ value: score, label: `${score} ${t(`callbacks.attempt.score.${score}`)}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={t('callbacks.attempt.comment')}
        dependencies={['satisfaction']}
        rules={[{ required: outcome !== 'Unreachable' && (satisfaction ?? 5) <= lowSatisfaction, whitespace: true, message: t('callbacks.attempt.commentRequired') }, { max: 2000 }]}
      >
        <PhraseCheckedTextArea rows={2} />
      </Form.Item>
      {outcome !== 'Unreachable' && (
        <>
          <Typography.Text strong>{t('callbacks.attempt.newIssue')}</Typography.Text>
          <Flex gap={16} wrap style={{ marginTop: 8 }}>
            <Form.Item name={['newIssue', 'category']} label={t('callbacks.attempt.category')} rules={[{ required: raisesIssue, message: t('callbacks.attempt.categoryRequired') }]}>
              <Select allowClear options={categories.map((value) => ({ value, label: t(categoryKey(value)) }))} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name={['newIssue', 'description']}
              label={t('callbacks.attempt.description')}
              rules={[{ required: raisesIssue, whitespace: true, message: t('callbacks.attempt.descriptionRequired') }, { max: 4000 }]}
              style={{ flex: 1, minWidth: 240 }}
            >
              <Input />
            </Form.Item>
          </Flex>
        </>
      )}
      <Flex gap={8} align="center">
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('callbacks.attempt.submit')}
        </Button>
        <Typography.Text type="secondary">{t('callbacks.attempt.submitHint')}</Typography.Text>
      </Flex>
      <div style={{ marginTop: 16 }}>
        <KnowledgePanel category={issue?.category} />
      </div>
    </Form>
  );
}
