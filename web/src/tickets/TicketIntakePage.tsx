import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';
import type { SlaPolicyQuestion } from '../api/types';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import type { Customer } from '../customers/types';
import { OutageBanner } from '../facilities/OutageBanner';
import { KnowledgePanel } from '../knowledge/KnowledgePanel';
import { PageHeader } from '../shared/PageHeader';
import { useCreateTicket } from './api';
import { CustomerLookup } from './CustomerLookup';
import { enterMovesOn } from './enterMovesOn';
import { IntakeFields } from './IntakeFields';
import { initialIntake, intakeBody, intakeFieldNames, type IntakeValues } from './intakeForm';
import { SlaPreview } from './SlaPreview';
import { useSubmissionKey } from './useSubmissionKey';

/** 受理登记: a hotline agent takes in an enquiry, service request or repair while on the phone. */
export function TicketIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canPreview = hasPermission(useSignedInUser(), 'sla:read');
  const [form] = Form.useForm<IntakeValues>();
  const fieldsRef = useRef<HTMLDivElement>(null);
  const create = useCreateTicket();
  const keyFor = useSubmissionKey();
  const [customer, setCustomer] = useState<Customer>();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const complexity = Form.useWatch('complexity', form);
  const category = Form.useWatch('category', form);
  const unitId = Form.useWatch('unitId', form);

  const pick = (picked: Customer) => {
    setCustomer(picked);
    form.setFieldsValue({ customerId: picked.id, unitId: form.getFieldValue('unitId') || picked.unitIds[0] });
    void form.validateFields(['customerId']);
    fieldsRef.current?.querySelector<HTMLElement>('.ant-radio-group input')?.focus();
  };

  const submit = async (values: IntakeValues) => {
    if (create.isPending) return;
    setGeneralErrors([]);
    const body = intakeBody(values);
    try {
      const { ticket, replayed } = await create.mutateAsync({ body, idempotencyKey: keyFor(body) });
      void message.success(t(replayed ? 'tickets.intake.replayed' : 'tickets.intake.created', { number: ticket.number }));
      navigate(`/tickets/${ticket.id}`);
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames: intakeFieldNames });
      form.setFields(fields);
      setGeneralErrors(general);
    }
  };

  const question: SlaPolicyQuestion | undefined =
    canPreview && customer
      ? { workType: 'Ticket', complexity, category: category ?? null, customerTier: customer.tier ?? null, vip: customer.vip }
      : undefined;

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="tickets.intake.title" subtitleKey="tickets.intake.subtitle" />
      <OutageBanner unitId={unitId} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <CustomerLookup picked={customer} onPick={pick} />
            <Card size="small" ref={fieldsRef} onKeyDownCapture={enterMovesOn(() => form.submit())}>
              {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
              <Form<IntakeValues> form={form} name="ticket" layout="vertical" initialValues={initialIntake} onFinish={(values) => void submit(values)}>
                <IntakeFields customer={customer} />
                <Flex align="center" gap={16}>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={create.isPending}>
                    {t('tickets.intake.submit')}
                  </Button>
                  <Typography.Text type="secondary">{t('tickets.intake.shortcut')}</Typography.Text>
                </Flex>
              </Form>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {canPreview && <SlaPreview question={question} />}
            <KnowledgePanel category={category} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
