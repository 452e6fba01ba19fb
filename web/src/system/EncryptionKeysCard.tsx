import { Alert, Card, Descriptions, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEncryptionStatus } from './useEncryptionStatus';

/** 客户数据密钥: the configured keys, the active one, and the re-encryption's progress after a rotation. */
export function EncryptionKeysCard() {
  const { t } = useTranslation();
  const status = useEncryptionStatus();
  const data = status.data;
  const total = data?.sealedValues.reduce((sum, use) => sum + use.values, 0) ?? 0;
  const percent = total === 0 || !data ? 100 : Math.floor(((total - data.remaining) * 100) / total);

  return (
    <Card title={t('system.keys.title')} loading={status.isPending}>
      {status.error && <Alert type="error" showIcon title={status.error.message} />}
      {data && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('system.keys.active')}>{data.activeKeyId}</Descriptions.Item>
            <Descriptions.Item label={t('system.keys.configured')}>{data.configuredKeyIds.join(', ')}</Descriptions.Item>
            <Descriptions.Item label={t('system.keys.sealed')}>
              {data.sealedValues.length === 0
                ? t('system.keys.none')
                : data.sealedValues.map((use) => t('system.keys.use', { keyId: use.keyId, values: use.values })).join('；')}
            </Descriptions.Item>
          </Descriptions>
          <Progress percent={percent} status={data.complete ? 'success' : 'active'} aria-label={t('system.keys.progress')} />
          <Typography.Text type="secondary">
            {data.complete ? t('system.keys.complete') : t('system.keys.remaining', { count: data.remaining })}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
