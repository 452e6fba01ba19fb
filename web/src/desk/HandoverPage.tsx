import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/useSignedInUser';
import { localizedProblem } from '../shared/localizedProblem';
import { PageHeader } from '../shared/PageHeader';
import { useTeams } from '../staff/useTeams';
import { useAcceptHandover, useHandoversToMe, useOpenTickets, useRecordHandover } from './api';
import { HandoverSummary } from './HandoverSummary';
import { defaultShifts } from './types';

interface Values {
  teamId: string;
  shift: string;
  notes: string;
  specialEvents?: string;
  carriedOver?: string[];
  counted?: { what: string; count: number }[];
}

/** 交接班: hand one's shift over (open items carried over, keys and things counted, notes), and sign what the last shift handed to one's own. */
export function HandoverPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="desk.handover.title" subtitleKey="desk.handover.subtitle" />
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('desk.handover.handOver')}>
            <HandoverForm />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('desk.handover.toMe')}>
            <HandoversToMe />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

function HandoverForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const user = useSignedInUser();
  const teams = useTeams();
  const tickets = useOpenTickets().data ?? [];
  const record = useRecordHandover();

  const submit = async (values: Values) => {
    try {
      await record.mutateAsync({
        teamId: values.teamId,
        shift: values.shift,
        notes: values.notes.trim(),
        specialEvents: values.specialEvents?.trim() || null,
        carriedOver: values.carriedOver ?? [],
        counted: (values.counted ?? []).filter((thing) => thing?.what?.trim()).map((thing) => ({ what: thing.what.trim(), count: thing.count ?? 0 })),
      });
      void message.success(t('desk.handover.saved'));
      form.resetFields();
    } catch (error) {
      void message.error(localizedProblem(t, error).detail);
    }
  };

  return (
    <Form<Values> form={form} name="handover" layout="vertical" initialValues={{ teamId: user.teamId ?? undefined, counted: [{ what: '钥匙', count: 0 }] }} onFinish={(values) => void submit(values)}>
      <Form.Item name="teamId" label={t('desk.roster.team')} rules={[{ required: true, message: t('desk.handover.required') }]}>
        <Select options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item name="shift" label={t('desk.roster.shift')} rules={[{ required: true, message: t('desk.handover.required') }]}>
        <Select options={defaultShifts.map((shift) => ({ value: shift.name, label: shift.name }))} />
      </Form.Item>
      <Form.Item name="carriedOver" label={t('desk.handover.carriedOver')}>
        <Select mode="multiple" optionFilterProp="label" options={tickets.map((ticket) => ({ value: ticket.id, label: `${ticket.number} ${t(`tickets.status.${ticket.status}`)}` }))} />
      </Form.Item>
      <Form.List name="counted">
        {(fields, { add, remove }) => (
          <Form.Item label={t('desk.handover.counted')}>
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Space key={field.key}>
                  <Form.Item name={[field.name, 'what']} noStyle>
                    <Input aria-label={t('desk.handover.what')} placeholder={t('desk.handover.what')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'count']} noStyle>
                    <InputNumber aria-label={t('desk.handover.count')} min={0} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('desk.handover.removeCounted')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ what: '', count: 0 })}>
                {t('desk.handover.addCounted')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="notes" label={t('desk.handover.notes')} rules={[{ required: true, whitespace: true, message: t('desk.handover.required') }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="specialEvents" label={t('desk.handover.specialEvents')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {t('desk.handover.submit')}
      </Button>
    </Form>
  );
}

function HandoversToMe() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handovers = useHandoversToMe();
  const accept = useAcceptHandover();

  const sign = async (id: string) => {
    try {
      await accept.mutateAsync(id);
      void message.success(t('desk.handover.accepted'));
    } catch (error) {
      void message.error(localizedProblem(t, error).detail);
    }
  };

  if (handovers.error) return <Alert type="error" showIcon title={localizedProblem(t, handovers.error).detail} />;
  if (!handovers.data?.length) return <Empty description={t('desk.handover.nothingToAccept')} />;
  return (
    <Flex vertical gap={12}>
      {handovers.data.map((handover) => (
        <Card key={handover.id} size="small" actions={[
          <Button key="accept" type="primary" loading={accept.isPending} onClick={() => void sign(handover.id)}>{t('desk.handover.accept')}</Button>,
        ]}>
          <HandoverSummary handover={handover} />
        </Card>
      ))}
    </Flex>
  );
}
