import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { PagedTable } from '../shared/PagedTable';
import { useCustomerList } from './api';
import { CustomerFormDrawer } from './CustomerFormDrawer';
import { TierTag } from './TierTag';
import { customerTypes, type Customer } from './types';
import { useCustomerFilter } from './useCustomerFilter';

export function CustomersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canWrite = hasPermission(useSignedInUser(), 'customers:write');
  const [filter, changeFilter] = useCustomerFilter();
  const list = useCustomerList(filter);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Customer> = [
    { key: 'number', title: t('customers.column.number'), render: (_, c) => <Link to={`/customers/${c.id}`}>{c.number}</Link> },
    { key: 'name', title: t('customers.column.name'), dataIndex: 'name' },
    { key: 'type', title: t('customers.column.type'), render: (_, c) => t(`customers.type.${c.type}`) },
    { key: 'phones', title: t('customers.column.phones'), render: (_, c) => c.phones.join(', ') },
    { key: 'idNumber', title: t('customers.column.idNumber'), render: (_, c) => c.idNumber ?? t('common.none') },
    { key: 'tier', title: t('customers.column.tier'), render: (_, c) => <TierTag tier={c.tier} vip={c.vip} /> },
    { key: 'createdAt', title: t('customers.column.createdAt'), render: (_, c) => formatDateTime(c.createdAt, language) },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('customers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('customers.subtitle')}</Typography.Text>
        </div>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('customers.create')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            defaultValue={filter.search}
            placeholder={t('customers.searchPlaceholder')}
            aria-label={t('customers.searchPlaceholder')}
            onSearch={(search) => changeFilter({ search })}
            style={{ width: 320 }}
          />
          <Select
            allowClear
            placeholder={t('customers.anyType')}
            aria-label={t('customers.column.type')}
            value={filter.type}
            options={customerTypes.map((type) => ({ value: type, label: t(`customers.type.${type}`) }))}
            onChange={(type) => changeFilter({ type })}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            placeholder={t('customers.anyTier')}
            aria-label={t('customers.column.tier')}
            value={filter.tier}
            options={[1, 2, 3].map((tier) => ({ value: tier, label: t(`customers.tier.${tier}`) }))}
            onChange={(tier) => changeFilter({ tier })}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            placeholder={t('customers.anyVip')}
            aria-label={t('customers.column.vip')}
            value={filter.vip}
            options={[
              { value: true, label: t('customers.onlyVip') },
              { value: false, label: t('customers.notVip') },
            ]}
            onChange={(vip) => changeFilter({ vip })}
            style={{ width: 140 }}
          />
          <Checkbox checked={filter.archived ?? false} onChange={(e) => changeFilter({ archived: e.target.checked })}>
            {t('customers.showArchived')}
          </Checkbox>
        </Flex>
        <PagedTable<Customer>
          list={list}
          columns={columns}
          empty={t('customers.empty')}
          loadFailed={(reason) => t('customers.loadFailed', { reason })}
          loadMore={t('customers.loadMore')}
        />
      </Card>
      {canWrite && <CustomerFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
