import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../facilities/UnitPicker';

/** As many units as the server keeps for one customer. */
const maxUnits = 50;

/** The form's `unitIds`: the units the customer owns or occupies, picked by their number. */
export function UnitIdsField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="unitIds"
      label={t('customers.field.unitIds')}
      extra={t('customers.field.unitIdsHelp')}
      rules={[{ type: 'array', max: maxUnits, message: t('customers.rule.unitCount', { count: maxUnits }) }]}
    >
      <UnitPicker />
    </Form.Item>
  );
}
