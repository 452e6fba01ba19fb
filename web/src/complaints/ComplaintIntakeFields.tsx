import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../facilities/UnitPicker';
import { StaffPicker } from '../shared/StaffPicker';
import type { IntakeValues } from './intakeForm';
import { categories, channels, sources, targetKinds } from './types';

/** The facts of §3 a complaint is taken in with; the ones that decide its severity come last, beside each other. */
export function ComplaintIntakeFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('complaints.required') };
  const targetKind = Form.useWatch<IntakeValues['targetKind']>('targetKind');
  const options = (list: readonly string[], group: string) => list.map((value) => ({ value, label: t(`complaints.${group}.${value}`) }));

  return (
    <>
      <Form.Item name="customerId" hidden rules={[{ required: true, message: t('tickets.intake.chooseCustomer') }]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="channel" label={t('complaints.intake.channel')} rules={[required]}>
            <Radio.Group optionType="button" options={options(channels, 'channel')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={t('complaints.intake.source')} rules={[required]}>
            <Select options={options(sources, 'source')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('complaints.intake.category')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={options(categories, 'category')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="unitIds" label={t('complaints.intake.unit')} rules={[{ type: 'array', max: 1 }]}>
            <UnitPicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="targetKind" label={t('complaints.intake.targetKind')} rules={[required]}>
            <Radio.Group optionType="button" options={options(targetKinds, 'targetKind')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {targetKind === 'Staff' && (
            <Form.Item name="targetStaffId" label={t('complaints.intake.targetStaff')} rules={[required]}>
              <StaffPicker />
            </Form.Item>
          )}
          {targetKind === 'Department' && (
            <Form.Item name="targetDepartment" label={t('complaints.intake.targetDepartment')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
              <Input />
            </Form.Item>
          )}
          {targetKind !== 'Staff' && targetKind !== 'Department' && (
            <Form.Item name="targetName" label={t('complaints.intake.targetName')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
              <Input />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item name="description" label={t('complaints.intake.description')} rules={[{ ...required, whitespace: true }, { max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="householdsAffected" label={t('complaints.intake.households')} rules={[required]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="compensationClaimed" label={t('complaints.intake.compensation')}>
            <InputNumber min={0} max={9999999999.99} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="lawsuitOrMedia" label={t('complaints.intake.lawsuitOrMedia')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="injuryOrHeavyLoss" label={t('complaints.intake.injuryOrHeavyLoss')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
