import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import { isStale } from '../shared/versioned';
import { useComplaintStep, type ComplaintStep } from './api';
import { determinedValidities, rootCauses, type Complaint, type ComplaintValidity, type RootCause } from './types';

/** The steps that record something in a form (close and reopen are buttons of their own). */
export type FormStep = Exclude<ComplaintStep['action'], 'close' | 'reopen'>;

type Values = Record<string, string | boolean | undefined>;

const fieldNames = ['findings', 'validity', 'validityReason', 'rootCause', 'proposal', 'remedy', 'responsibleDepartment', 'workDone', 'accepted', 'feedback'] as const;

interface Props {
  complaint: Complaint;
  etag: string;
  action: FormStep;
}

/** The form of the next handling step, sent with the ETag the page read. */
export function StepForm({ complaint, etag, action }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = useComplaintStep(complaint.id, etag);
  const [refusal, setRefusal] = useState<string>();
  const accepted = Form.useWatch('accepted', form);
  const label = (name: string) => t(`complaints.action.${name}`);
  const required = { required: true, whitespace: true, message: t('complaints.required') };
  const text = (name: string, max: number) => (
    <Form.Item name={name} label={label(name)} rules={[required, { max }]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );

  const send = (values: Values) => {
    setRefusal(undefined);
    step.mutate(stepOf(action, values), {
      onError: (error) => {
        const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
        form.setFields(fields);
        setRefusal(isStale(error) ? t('complaints.detail.stale') : general.join(' ') || undefined);
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      name={action}
      layout="vertical"
      initialValues={{ remedy: complaint.handling.remedyProposal ?? undefined }}
      onFinish={send}
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      {action === 'investigate' && (
        <>
          {text('findings', 4000)}
          <Form.Item name="validity" label={label('validity')} rules={[required]}>
            <Radio.Group options={determinedValidities.map((v) => ({ value: v, label: t(`complaints.validity.${v}`) }))} />
          </Form.Item>
          {text('validityReason', 500)}
          <Form.Item name="rootCause" label={label('rootCause')} rules={[required]}>
            <Select options={rootCauses.map((v) => ({ value: v, label: t(`complaints.rootCause.${v}`) }))} />
          </Form.Item>
        </>
      )}
      {action === 'propose-remedy' && text('proposal', 2000)}
      {action === 'decide-remedy' && (
        <>
          {text('remedy', 2000)}
          <Form.Item name="responsibleDepartment" label={label('responsibleDepartment')} rules={[required, { max: 100 }]}>
            <Input />
          </Form.Item>
        </>
      )}
      {action === 'carry-out' && text('workDone', 2000)}
      {action === 'confirm' && (
        <>
          <Form.Item name="accepted" label={label('accepted')} rules={[{ required: true, message: t('complaints.required') }]}>
            <Radio.Group options={[{ value: true, label: label('acceptedYes') }, { value: false, label: label('acceptedNo') }]} />
          </Form.Item>
          <Form.Item name="feedback" label={label('feedback')} rules={[{ ...required, required: accepted === false }, { max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {label(action)}
      </Button>
    </Form>
  );
}

function stepOf(action: FormStep, v: Values): ComplaintStep {
  const text = (name: string) => (v[name] as string).trim();
  switch (action) {
    case 'investigate':
      return {
        action,
        body: { findings: text('findings'), validity: v.validity as ComplaintValidity, validityReason: text('validityReason'), rootCause: v.rootCause as RootCause },
      };
    case 'propose-remedy':
      return { action, body: { proposal: text('proposal') } };
    case 'decide-remedy':
      return { action, body: { remedy: text('remedy'), responsibleDepartment: text('responsibleDepartment') } };
    case 'carry-out':
      return { action, body: { workDone: text('workDone') } };
    case 'confirm':
      return { action, body: { accepted: v.accepted as boolean, feedback: (v.feedback as string | undefined)?.trim() || undefined } };
  }
}
