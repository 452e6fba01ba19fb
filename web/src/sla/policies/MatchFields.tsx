import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { complexities, customerTiers, severities, workTypes } from '../catalog';

interface Props {
  /** The form field holding the conditions; none when they are the form's own fields (the tester). */
  prefix?: string;
  /** The work type must be given (the tester), rather than left as "any" (a policy's condition). */
  workTypeRequired?: boolean;
}

/** The attributes policies match on: work type, complexity, severity, customer tier, VIP and category. */
export function MatchFields({ prefix = 'match', workTypeRequired = false }: Props) {
  const { t } = useTranslation();
  const name = (field: string) => (prefix ? [prefix, field] : field);
  const any = workTypeRequired ? undefined : t('sla.match.any');

  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item name={name('workType')} label={t('sla.match.workType')} rules={[{ required: workTypeRequired }]}>
          <Select allowClear={!workTypeRequired} placeholder={any} options={workTypes.map((type) => ({ value: type, label: t(`sla.workType.${type}`) }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={name('complexity')} label={t('sla.match.complexity')}>
          <Select allowClear placeholder={any} options={complexities.map((value) => ({ value, label: t(`sla.complexity.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={name('severity')} label={t('sla.match.severity')}>
          <Select allowClear placeholder={any} options={severities.map((value) => ({ value, label: t(`sla.severity.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={name('customerTier')} label={t('sla.match.customerTier')}>
          <Select allowClear placeholder={any} options={customerTiers.map((value) => ({ value, label: t(`sla.tier.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={name('vip')} label={t('sla.match.vip')}>
          <Select
            allowClear
            placeholder={any}
            options={[
              { value: true, label: t('sla.vip.yes') },
              { value: false, label: t('sla.vip.no') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={name('category')} label={t('sla.match.category')} rules={[{ max: 40 }]}>
          <Input allowClear placeholder={any} />
        </Form.Item>
      </Col>
    </Row>
  );
}
