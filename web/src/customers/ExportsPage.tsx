import { Alert, App, Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useExportActions, useExports } from './api';
import type { CustomerExport, NewExport } from './types';

export function ExportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const user = useSignedInUser();
  const canApprove = hasPermission(user, 'customers:approve-export');
  const exports = useExports();
  const { request, approve, download } = useExportActions();
  const [form] = Form.useForm<NewExport>();
  const failure = request.error ?? approve.error ?? download.error;

  const submit = (values: NewExport) =>
    request.mutate(
      { ...values, search: values.search || undefined },
      { onSuccess: () => (form.resetFields(), void message.success(t('customers.exports.requested'))) },
    );

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customers.exports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('customers.exports.subtitle')}</Typography.Text>
      </div>
      <Card title={t('customers.exports.request')}>
        <Form<NewExport> form={form} layout="inline" name="requestExport" initialValues={{ format: 'Csv' }} onFinish={submit}>
          <Form.Item name="format" label={t('customers.exports.format')}>
            <Select options={[{ value: 'Csv', label: 'CSV' }, { value: 'Xlsx', label: 'Excel' }]} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="search" label={t('customers.exports.search')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reason" label={t('customers.exports.reason')} rules={[{ required: true, whitespace: true, message: t('customers.exports.reasonRequired') }]}>
            <Input style={{ width: 240 }} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={request.isPending}>
            {t('customers.exports.request')}
          </Button>
        </Form>
      </Card>
      {failure && <Alert type="error" showIcon title={failure.message} />}
      <Card>
        <Table<CustomerExport>
          rowKey="id"
          size="small"
          pagination={false}
          loading={exports.isFetching}
          dataSource={exports.data?.items ?? []}
          locale={{ emptyText: t('customers.exports.empty') }}
          columns={[
            { key: 'requestedAt', title: t('customers.exports.column.requestedAt'), render: (_, e) => formatDateTime(e.requestedAt, language) },
            { key: 'requestedBy', title: t('customers.exports.column.requestedBy'), dataIndex: 'requestedBy' },
            { key: 'format', title: t('customers.exports.column.format'), dataIndex: 'format' },
            { key: 'reason', title: t('customers.exports.column.reason'), dataIndex: 'reason' },
            { key: 'status', title: t('customers.exports.column.status'), render: (_, e) => <Tag>{t(`customers.exports.status.${e.status}`)}</Tag> },
            { key: 'approvedBy', title: t('customers.exports.column.approvedBy'), render: (_, e) => e.approvedBy ?? t('common.none') },
            { key: 'downloadedAt', title: t('customers.exports.column.downloadedAt'), render: (_, e) => (e.downloadedAt ? formatDateTime(e.downloadedAt, language) : t('common.none')) },
            {
              key: 'actions',
              title: t('customers.exports.column.actions'),
              render: (_, e) => (
                <Flex gap={8}>
                  {canApprove && e.status === 'Requested' && e.requestedById !== user.id && (
                    <Button size="small" onClick={() => approve.mutate(e.id)}>
                      {t('customers.exports.approve')}
                    </Button>
                  )}
                  {e.status === 'Approved' && e.requestedById === user.id && (
                    <Button size="small" type="primary" onClick={() => download.mutate(e.id)}>
                      {t('customers.exports.download')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
