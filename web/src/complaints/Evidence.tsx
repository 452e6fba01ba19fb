import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../api/files';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useAddEvidence, useEvidence } from './api';

const maxBytes = 10 * 1024 * 1024;
const allowedTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** The complaint's evidence photos: download each, and upload more while it is open (for those who may). */
export function Evidence({ complaintId, canUpload }: { complaintId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const evidence = useEvidence(complaintId);
  const add = useAddEvidence(complaintId);
  const [error, setError] = useState<string>();

  const send = (file: File) => {
    setError(undefined);
    if (!allowedTypes.includes(file.type)) setError(t('complaints.evidence.wrongType'));
    else if (file.size > maxBytes) setError(t('complaints.evidence.tooLarge'));
    else add.mutate(file, { onSuccess: () => void message.success(t('complaints.evidence.uploaded')), onError: (e) => setError(e.message) });
    return false;
  };

  return (
    <Flex vertical gap={8}>
      {canUpload && (
        <Flex gap={8} align="center" wrap>
          <Upload beforeUpload={send} showUploadList={false} accept=".jpg,.jpeg,.png,.webp">
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              {t('complaints.evidence.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('complaints.evidence.limits')}</Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      {evidence.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.evidence.empty')} />}
      {evidence.data?.map((item) => (
        <Flex key={item.id} justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary">
            {t('complaints.evidence.uploadedBy', { name: item.uploadedBy, time: formatDateTime(item.uploadedAt, language) })}
          </Typography.Text>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(item.url)}>
            {t('complaints.evidence.download')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
