import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Select, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { download } from '../api/files';
import { useCustomerDocuments, useUploadDocument } from './api';
import { documentKinds, type CustomerDocument } from './types';

const maxBytes = 10 * 1024 * 1024;
const allowedTypes = ['application/pdf', 'image/jpeg', 'image/png'];

/** The papers in the customer's file: list, download, and upload for those who may write. */
export function CustomerDocuments({ customerId, canUpload }: { customerId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const documents = useCustomerDocuments(customerId);
  const upload = useUploadDocument(customerId);
  const [kind, setKind] = useState<string>('Contract');
  const [error, setError] = useState<string>();

  const send = (file: File) => {
    setError(undefined);
    if (file.size > maxBytes) setError(t('customers.document.tooLarge'));
    else if (!allowedTypes.includes(file.type)) setError(t('customers.document.wrongType'));
    else
      upload.mutate(
        { file, kind },
        { onSuccess: () => void message.success(t('customers.document.uploaded')), onError: (e) => setError(e.message) },
      );
    return false;
  };

  return (
    <Flex vertical gap={12}>
      {canUpload && (
        <Flex gap={8} align="center">
          <Select
            aria-label={t('customers.document.kindLabel')}
            value={kind}
            onChange={setKind}
            options={documentKinds.map((value) => ({ value, label: t(`customers.document.kind.${value}`) }))}
            style={{ width: 160 }}
          />
          <Upload beforeUpload={send} showUploadList={false} accept=".pdf,.jpg,.jpeg,.png">
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('customers.document.upload')}
            </Button>
          </Upload>
          <span style={{ color: '#888' }}>{t('customers.document.limits')}</span>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Table<CustomerDocument>
        rowKey="id"
        size="small"
        pagination={false}
        loading={documents.isFetching}
        dataSource={documents.data?.items ?? []}
        locale={{ emptyText: t('customers.document.empty') }}
        columns={[
          { key: 'kind', title: t('customers.document.kindLabel'), render: (_, d) => t(`customers.document.kind.${d.kind}`) },
          { key: 'file', title: t('customers.document.file'), dataIndex: 'fileName' },
          { key: 'at', title: t('customers.history.at'), render: (_, d) => formatDateTime(d.uploadedAt, language) },
          {
            key: 'download',
            title: '',
            render: (_, d) => (
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(`/api/v1/customers/${customerId}/documents/${d.id}`)}>
                {t('customers.document.download')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
