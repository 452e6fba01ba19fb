import { Card, Flex } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../shared/PageHeader';
import { AccessLog } from './AccessLog';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';

/** The whole log of unmasked reads of ID numbers and bank accounts, for Managers to audit. */
export function SensitiveAccessPage() {
  const [customer, setCustomer] = useState<PickedCustomer>();
  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="customers.access.title" subtitleKey="customers.access.subtitle" />
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <CustomerPicker value={customer} onChange={setCustomer} />
        </Flex>
        <AccessLog customerId={customer?.value} />
      </Card>
    </Flex>
  );
}
