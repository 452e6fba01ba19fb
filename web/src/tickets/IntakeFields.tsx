import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/TierTag';
import type { Customer } from '../customers/types';
import { complexities } from '../sla/catalog';
import type { IntakeValues } from './intakeForm';
import { categories, categoryKey, channels, kinds, priorities } from './types';

/** The intake form's fields in the order an agent fills them in on the phone. */
export function IntakeFields({ customer }: { customer?: Customer }) {
  const { t } = useTranslation();
  const kind = Form.useWatch<IntakeValues['kind']>('kind');
  const chargeable = Form.useWatch<boolean>('chargeable');
  const onTheSpot = Form.useWatch<boolean>('resolvedOnTheSpot');
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const required = { required: true, message: t('tickets.intake.required') };

  return (
    <>
      <Form.Item name="customerId" label={t('tickets.intake.customer')} rules={[{ required: true, message: t('tickets.intake.chooseCustomer') }]}>
        <PickedCustomer customer={customer} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kind" label={t('tickets.intake.kind')} rules={[required]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={options(kinds, 'tickets.kind')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="channel" label={t('tickets.intake.channel')} rules={[required]}>
            <Select options={options(channels, 'tickets.channel')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label={t('tickets.intake.category')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={categories.map((value) => ({ value, label: t(categoryKey(value)) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="complexity" label={t('tickets.intake.complexity')}>
            <Radio.Group optionType="button" options={options(complexities, 'sla.complexity')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="priority" label={t('tickets.intake.priority')}>
            <Select allowClear placeholder={t('tickets.intake.priorityAuto')} options={options(priorities, 'tickets.priority')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="unitId" label={t('tickets.intake.unit')} rules={[{ max: 40 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="location" label={t('tickets.intake.location')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('tickets.intake.description')} rules={[{ ...required, whitespace: true }, { max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="promisedAt" label={t('tickets.intake.promisedAt')} extra={t('tickets.intake.promisedAtHelp')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="chargeable" label={t('tickets.intake.chargeable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {chargeable && (
          <Col span={8}>
            <Form.Item name="fee" label={t('tickets.intake.fee')}>
              <InputNumber min={0} max={1_000_000} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === 'Enquiry' && (
        <Form.Item name="resolvedOnTheSpot" label={t('tickets.intake.resolvedOnTheSpot')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {kind === 'Enquiry' && onTheSpot && (
        <Form.Item name="answer" label={t('tickets.intake.answer')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
    </>
  );
}

/** The customer the lookup picked, shown where the form's customer field is. */
function PickedCustomer({ customer }: { customer?: Customer }) {
  const { t } = useTranslation();
  if (!customer) return <Typography.Text type="secondary">{t('tickets.intake.chooseCustomer')}</Typography.Text>;
  return (
    <Typography.Text strong>
      {customer.name} <Typography.Text type="secondary">{customer.number}</Typography.Text> <TierTag tier={customer.tier} vip={customer.vip} />
    </Typography.Text>
  );
}
