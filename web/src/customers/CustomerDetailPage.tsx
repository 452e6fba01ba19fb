import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { AccessLog } from './AccessLog';
import { useArchiveCustomer, useCustomer, useCustomerHistory } from './api';
import { CustomerDocuments } from './CustomerDocuments';
import { CustomerFormDrawer } from './CustomerFormDrawer';
import { CustomerScore } from './CustomerScore';
import { RevealButton } from './RevealButton';
import { UnitName } from '../facilities/UnitName';
import { ActorName, StaffName } from '../shared/StaffName';
import { TierTag } from './TierTag';
import type { Customer, CustomerChange } from './types';

export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canWrite = hasPermission(user, 'customers:write');
  const canReveal = hasPermission(user, 'customers:sensitive');
  const found = useCustomer(id);
  const archive = useArchiveCustomer(id);
  const [editing, setEditing] = useState(false);

  if (found.isPending) return <Spin />;
  if (found.error) return <Alert type="error" showIcon title={found.error.message} />;
  const { resource: customer, etag } = found.data;

  return (
    <Flex vertical gap={16}>
      <Link to="/customers">
        <ArrowLeftOutlined /> {t('customers.detail.back')}
      </Link>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {customer.name} <Typography.Text type="secondary">{customer.number}</Typography.Text>{' '}
          <Tag>{t(`customers.type.${customer.type}`)}</Tag>
          <TierTag tier={customer.tier} vip={customer.vip} />
          {customer.archived && <Tag color="default">{t('customers.detail.archived')}</Tag>}
        </Typography.Title>
        {canWrite && (
          <Flex gap={8}>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('customers.detail.edit')}
            </Button>
            {customer.archived ? (
              <Button onClick={() => archive.mutate(false)}>{t('customers.detail.restore')}</Button>
            ) : (
              <Popconfirm title={t('customers.detail.confirmArchive')} onConfirm={() => archive.mutate(true)}>
                <Button danger>{t('customers.detail.archive')}</Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
      <Card title={t('customers.detail.profile')}>
        <Profile customer={customer} canReveal={canReveal} />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'history', label: t('customers.detail.history'), children: <History customerId={id} /> },
            { key: 'documents', label: t('customers.detail.documents'), children: <CustomerDocuments customerId={id} canUpload={canWrite} /> },
            { key: 'tier', label: t('customers.detail.tierEvidence'), children: <CustomerScore customer={customer} /> },
            ...(canReveal ? [{ key: 'access', label: t('customers.detail.accessLog'), children: <AccessLog customerId={id} /> }] : []),
          ]}
        />
      </Card>
      {canWrite && <CustomerFormDrawer key={etag} open={editing} onClose={() => setEditing(false)} editing={{ customer, etag }} />}
    </Flex>
  );
}

function Profile({ customer, canReveal }: { customer: Customer; canReveal: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('common.none');
  const sensitive = customer.idNumber || customer.bankAccount;
  return (
    <Descriptions column={2} size="small">
      <Descriptions.Item label={t('customers.field.phones')}>{customer.phones.join(', ')}</Descriptions.Item>
      <Descriptions.Item label={t('customers.field.email')}>{customer.email ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('customers.field.idNumber')}>
        <Flex gap={8} align="center">
          {customer.idNumber ?? none}
          {canReveal && sensitive && <RevealButton customerId={customer.id} />}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.field.bankAccount')}>{customer.bankAccount ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('customers.field.addresses')}>{customer.addresses.join('; ') || none}</Descriptions.Item>
      <Descriptions.Item label={t('customers.field.unitIds')}>
        {customer.unitIds.length ? <Flex vertical>{customer.unitIds.map((unitId) => <UnitName key={unitId} id={unitId} />)}</Flex> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.field.accountManager')}>
        {customer.accountManagerId ? <StaffName id={customer.accountManagerId} /> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.field.smsConsent')}>{t(customer.smsConsent ? 'customers.yes' : 'customers.no')}</Descriptions.Item>
      <Descriptions.Item label={t('customers.field.notes')}>{customer.notes ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('customers.column.createdAt')}>{formatDateTime(customer.createdAt, language)}</Descriptions.Item>
    </Descriptions>
  );
}

function History({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useCustomerHistory(customerId);
  return (
    <Table<CustomerChange>
      rowKey="id"
      size="small"
      pagination={false}
      loading={history.isFetching}
      dataSource={[...(history.data?.items ?? [])].reverse()}
      locale={{ emptyText: t('customers.history.empty') }}
      columns={[
        { key: 'at', title: t('customers.history.at'), render: (_, c) => formatDateTime(c.changedAt, language) },
        { key: 'field', title: t('customers.history.field'), render: (_, c) => t(`customers.field.${c.field}`, { defaultValue: c.field }) },
        { key: 'old', title: t('customers.history.old'), render: (_, c) => c.oldValue ?? t('common.none') },
        { key: 'new', title: t('customers.history.new'), render: (_, c) => c.newValue ?? t('common.none') },
        { key: 'by', title: t('customers.history.by'), render: (_, c) => <ActorName actor={c.changedBy} /> },
      ]}
    />
  );
}
