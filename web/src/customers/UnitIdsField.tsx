import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** As many units as the server keeps for one customer. */
const maxUnits = 50;
const unitId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's `unitIds`: the ids of the units the customer owns or occupies, typed or pasted as tags. */
export function UnitIdsField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="unitIds"
      label={t('customers.field.unitIds')}
      extra={t('customers.field.unitIdsHelp')}
      rules={[
        {
          validator: (_, ids: string[] | undefined = []) => {
            const wrong = ids.find((id) => !unitId.test(id));
            if (wrong) return Promise.reject(new Error(t('customers.rule.unitId', { id: wrong })));
            if (ids.length > maxUnits) return Promise.reject(new Error(t('customers.rule.unitCount', { count: maxUnits })));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ', ';', '；']} />
    </Form.Item>
  );
}
