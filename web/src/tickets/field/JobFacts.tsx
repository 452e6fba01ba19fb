import { PhoneOutlined } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatWindow } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { DeadlineBadge } from '../../shared/DeadlineBadge';
import { categoryKey } from '../types';
import type { JobSummary } from './api';

/** What a technician needs on the way: the customer (tap to call), where, when, and by when. */
export function JobFacts({ job, description }: { job: JobSummary; description?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const appointment = job.appointmentFrom && job.appointmentTo
    ? formatWindow(job.appointmentFrom, job.appointmentTo, language)
    : t('tickets.field.noAppointment');

  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('tickets.detail.category')}>{t(categoryKey(job.category))}</Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.customer')}>
        {job.customerName}
        {job.customerPhone && (
          <Typography.Link href={`tel:${job.customerPhone}`} style={{ marginLeft: 8, padding: '8px 0' }}>
            <PhoneOutlined /> {job.customerPhone}
          </Typography.Link>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.detail.unit')}>{job.unitId ?? job.location ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('tickets.field.appointment')}>{appointment}</Descriptions.Item>
      <Descriptions.Item label={t('tickets.field.due')}>
        <DeadlineBadge dueAt={job.resolutionDueAt} />
      </Descriptions.Item>
      {description && <Descriptions.Item label={t('tickets.detail.description')}>{description}</Descriptions.Item>}
    </Descriptions>
  );
}
