import { UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { CustomerFormDrawer } from '../customers/CustomerFormDrawer';
import type { Customer } from '../customers/types';
import { customerLookup } from './api';
import { CustomerMatch } from './CustomerMatch';

interface Props {
  picked?: Customer;
  onPick: (customer: Customer) => void;
}

/** The first step of intake: the caller's phone (or name) finds the customer and their open tickets. */
export function CustomerLookup({ picked, onPick }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canRegister = hasPermission(useSignedInUser(), 'customers:write');
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);
  const found = useQuery(customerLookup(search));

  const lookUp = async (typed: string) => {
    const text = typed.trim();
    setSearch(text);
    if (!text) return;
    const matches = await queryClient.fetchQuery(customerLookup(text));
    if (matches.length === 1) onPick(matches[0]);
  };

  return (
    <Card title={t('tickets.intake.customer')} size="small">
      <Input.Search
        autoFocus
        allowClear
        aria-label={t('tickets.intake.phone')}
        placeholder={t('tickets.intake.phonePlaceholder')}
        enterButton={t('tickets.intake.lookup')}
        loading={found.isFetching}
        onSearch={(typed) => void lookUp(typed)}
        style={{ maxWidth: 480 }}
      />
      {found.error && <Alert type="error" showIcon title={found.error.message} style={{ marginTop: 12 }} />}
      {found.data?.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('tickets.intake.noMatch')}
          style={{ marginTop: 12 }}
          action={
            canRegister && (
              <Button size="small" icon={<UserAddOutlined />} onClick={() => setRegistering(true)}>
                {t('tickets.intake.register')}
              </Button>
            )
          }
        />
      )}
      {found.data && found.data.length > 0 && (
        <Flex vertical style={{ marginTop: 12 }}>
          {found.data.map((customer) => (
            <CustomerMatch key={customer.id} customer={customer} picked={customer.id === picked?.id} onPick={() => onPick(customer)} />
          ))}
        </Flex>
      )}
      {canRegister && <CustomerFormDrawer open={registering} onClose={() => setRegistering(false)} />}
    </Card>
  );
}
