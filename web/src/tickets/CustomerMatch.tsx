import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/TierTag';
import type { Customer } from '../customers/types';
import { OpenTickets } from './OpenTickets';

interface Props {
  customer: Customer;
  picked: boolean;
  onPick: () => void;
}

/** One customer the lookup found: who they are, their open tickets, and the button to take the report for them. */
export function CustomerMatch({ customer, picked, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="flex-start" gap={16} style={{ padding: '8px 0', borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}>
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{customer.name}</Typography.Text>
          <Typography.Text type="secondary">{customer.number}</Typography.Text>
          <TierTag tier={customer.tier} vip={customer.vip} />
          <Typography.Text type="secondary">{customer.phones.join(', ')}</Typography.Text>
        </Flex>
        <OpenTickets customerId={customer.id} />
      </Flex>
      {picked ? (
        <Typography.Text type="success">
          <CheckOutlined /> {t('tickets.intake.picked')}
        </Typography.Text>
      ) : (
        <Button size="small" type="primary" ghost onClick={onPick}>
          {t('tickets.intake.pick')}
        </Button>
      )}
    </Flex>
  );
}
