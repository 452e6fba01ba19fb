import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import type { Complaint } from './types';

/** What the complaint was taken in with (§3). */
export function ComplaintFacts({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = (name: string) => t(`complaints.detail.${name}`);
  const yesNo = (value: boolean) => label(value ? 'yes' : 'no');
  const target = [t(`complaints.targetKind.${c.targetKind}`), c.targetName, c.targetDepartment].filter(Boolean).join(' · ');

  return (
    <Descriptions column={{ xs: 1, lg: 3 }} size="small" aria-label={label('facts')}>
      <Descriptions.Item label={label('customer')}>
        <Link to={`/customers/${c.customerId}`}>{c.customerName}</Link>
        {c.customerPhone && ` ${c.customerPhone}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.channel')}>
        {t(`complaints.channel.${c.channel}`)} · {t(`complaints.source.${c.source}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.category')}>{t(`complaints.category.${c.category}`)}</Descriptions.Item>
      <Descriptions.Item label={label('target')}>{target}</Descriptions.Item>
      <Descriptions.Item label={label('place')}>{c.place?.label ?? t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('complaints.list.column.validity')}>{t(`complaints.validity.${c.validity}`)}</Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.households')}>{c.householdsAffected}</Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.compensation')}>{c.compensationClaimed ?? t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.lawsuitOrMedia')}>{yesNo(c.lawsuitOrMedia)}</Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.injuryOrHeavyLoss')}>{yesNo(c.injuryOrHeavyLoss)}</Descriptions.Item>
      <Descriptions.Item label={label('repeats')}>{t('complaints.detail.repeatCount', { count: c.repeatCount })}</Descriptions.Item>
      {c.ticketId && (
        <Descriptions.Item label={label('ticket')}>
          <Link to={`/tickets/${c.ticketId}`}>{label('ticket')}</Link>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={label('createdAt')}>
        {formatDateTime(c.createdAt, language)} · {c.createdBy}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.description')} span="filled">
        {c.description}
      </Descriptions.Item>
    </Descriptions>
  );
}
