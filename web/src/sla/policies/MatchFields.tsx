import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { complexities, customerTiers, severities, workTypes } from '../catalog';

interface Props {
  /** The form field holding the conditions; none when they are the form's own fields (the tester). */
  prefix?: string;
  /** The work type must be given (the tester), rather than left as "any" (a policy's condition). */
  workTypeRequired?: boolean;
}

/** The attributes chosen from a list, each with where its option labels are. */
const choices = [
  { field: 'workType', values: workTypes, labels: 'sla.workType' },
  { field: 'complexity', values: complexities, labels: 'sla.complexity' },
  { field: 'severity', values: severities, labels: 'sla.severity' },
  { field: 'customerTier', values: customerTiers, labels: 'sla.tier' },
] as const;

/** The attributes policies match on: work type, complexity, severity, customer tier, VIP and category. */
export function MatchFields({ prefix = 'match', workTypeRequired = false }: Props) {
  const { t } = useTranslation();
  const name = (field: string) => (prefix ? [prefix, field] : field);
  const any = t('sla.match.any');

  return (
    <Row gutter={12}>
      {choices.map(({ field, values, labels }) => {
        const required = field === 'workType' && workTypeRequired;
        return (
          <Col span={8} key={field}>
            <Form.Item name={name(field)} label={t(`sla.match.${field}`)} rules={[{ required }]}>
              <Select
                allowClear={!required}
                placeholder={any}
                options={values.map((value: string | number) => ({ value, label: t(`${labels}.${value}`) }))}
              />
            </Form.Item>
          </Col>
        );
      })}
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
