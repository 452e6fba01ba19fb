import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { formErrorsOf } from '../api/formErrors';
import { problemOf, type Problem } from '../api/problem';
import type { Customer } from '../customers/types';
import { PageHeader } from '../shared/PageHeader';
import { CustomerLookup } from '../tickets/CustomerLookup';
import { enterMovesOn } from '../tickets/enterMovesOn';
import type { Ticket } from '../tickets/types';
import { useSubmissionKey } from '../tickets/useSubmissionKey';
import { useRegisterComplaint } from './api';
import { ComplaintIntakeFields } from './ComplaintIntakeFields';
import { FromTicket } from './FromTicket';
import { initialIntake, intakeBody, intakeFieldNames, type IntakeValues, type RepeatAnswer } from './intakeForm';
import { OpenComplaintsDialog } from './OpenComplaintsDialog';
import type { OpenComplaint } from './types';

/** 投诉登记: any staff member takes a complaint in, from a customer lookup or from a ticket (`?ticket=`). */
export function ComplaintIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ticketId = useSearchParams()[0].get('ticket') ?? undefined;
  const [form] = Form.useForm<IntakeValues>();
  const fieldsRef = useRef<HTMLDivElement>(null);
  const register = useRegisterComplaint();
  const keyFor = useSubmissionKey();
  const [customer, setCustomer] = useState<Customer>();
  const [openComplaints, setOpenComplaints] = useState<OpenComplaint[]>([]);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const pick = (picked: Customer) => {
    setCustomer(picked);
    const unitIds: string[] | undefined = form.getFieldValue('unitIds');
    form.setFieldsValue({ customerId: picked.id, unitIds: unitIds?.length ? unitIds : picked.unitIds.slice(0, 1) });
    void form.validateFields(['customerId']);
    fieldsRef.current?.querySelector<HTMLElement>('.ant-radio-group input')?.focus();
  };

  const fillFromTicket = (ticket: Ticket, complainant: Customer) => {
    pick(complainant);
    if (!form.getFieldValue('description')) form.setFieldsValue({ description: ticket.description });
  };

  const submit = async (values: IntakeValues, repeat?: RepeatAnswer) => {
    if (register.isPending) return;
    setGeneralErrors([]);
    const body = intakeBody(values, ticketId, repeat);
    try {
      const { complaint } = await register.mutateAsync({ body, idempotencyKey: keyFor(body) });
      setOpenComplaints([]);
      void message.success(
        repeat && 'sameMatterAs' in repeat
          ? t('complaints.intake.repeated', { number: complaint.number, count: complaint.repeatCount + 1 })
          : t('complaints.intake.created', { number: complaint.number, severity: t(`complaints.severity.${complaint.severity}`) }),
      );
      navigate(`/complaints/${complaint.id}`);
    } catch (error) {
      const problem = problemOf(error);
      if (isOpenComplaintExists(problem)) {
        setOpenComplaints(problem.openComplaints);
        return;
      }
      setOpenComplaints([]);
      const { fields, general } = formErrorsOf(renamedUnit(problem), { fieldNames: intakeFieldNames });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  const answer = (repeat: RepeatAnswer) => {
    if (repeat) void submit(form.getFieldsValue(true) as IntakeValues, repeat);
    else setOpenComplaints([]);
  };

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="complaints.intake.title" subtitleKey="complaints.intake.subtitle" />
      {ticketId && <FromTicket ticketId={ticketId} onRead={fillFromTicket} />}
      <CustomerLookup picked={customer} onPick={pick} />
      <Card size="small" ref={fieldsRef} onKeyDownCapture={enterMovesOn(() => form.submit())}>
        {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
        <Form<IntakeValues> form={form} name="complaint" layout="vertical" initialValues={initialIntake} onFinish={(values) => void submit(values)}>
          <ComplaintIntakeFields />
          <Flex align="center" gap={16}>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={register.isPending}>
              {t('complaints.intake.submit')}
            </Button>
            <Typography.Text type="secondary">{t('tickets.intake.shortcut')}</Typography.Text>
          </Flex>
        </Form>
      </Card>
      <OpenComplaintsDialog open={openComplaints} saving={register.isPending} onAnswer={answer} />
    </Flex>
  );
}

function isOpenComplaintExists(problem: Problem): problem is Problem & { openComplaints: OpenComplaint[] } {
  return problem.status === 409 && Array.isArray(problem.openComplaints);
}

/** The form picks the unit as `unitIds`; the API names it `unitId`. */
function renamedUnit(problem: Problem): Problem {
  if (!problem.errors?.unitId) return problem;
  const { unitId, ...others } = problem.errors;
  return { ...problem, errors: { ...others, unitIds: unitId } };
}
