import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/formatDateTime';
import type { Equipment } from './types';

/** How many days before its expiry a certificate is flagged: the reminder goes out then too. */
export const certificateWarningDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** The certificate's number and expiry, tagged when it expires within 30 days or has expired. */
export function CertificateTag({ equipment, now = new Date() }: { equipment: Pick<Equipment, 'certificateNumber' | 'certificateExpiresAt'>; now?: Date }) {
  const { t, i18n } = useTranslation();
  const { certificateNumber, certificateExpiresAt } = equipment;
  if (!certificateNumber) return <Typography.Text type="secondary">{t('facilities.equipment.noCertificate')}</Typography.Text>;
  const left = certificateExpiresAt ? new Date(certificateExpiresAt).getTime() - now.getTime() : undefined;
  return (
    <Space size={4} wrap>
      <span>{certificateNumber}</span>
      {certificateExpiresAt && (
        <Typography.Text type="secondary">{t('facilities.equipment.expiresAt', { date: formatDate(certificateExpiresAt, i18n.language) })}</Typography.Text>
      )}
      {left !== undefined && left < 0 && <Tag color="error">{t('facilities.equipment.expired')}</Tag>}
      {left !== undefined && left >= 0 && left <= certificateWarningDays * dayMs && <Tag color="warning">{t('facilities.equipment.expiringSoon')}</Tag>}
    </Space>
  );
}
