import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import type { JobDetail } from './api';

/** What has been done on the job so far: work logs with their materials, photos, the customer's sign-offs. */
export function JobHistory({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = [
    ...job.workLogs.map((log) => ({
      at: log.at,
      text: `${log.technicianName}：${log.explanation}${log.materials.map((m) => `；${m.name} ${m.quantity}${m.unit}`).join('')}`,
    })),
    ...job.photos.map((photo) => ({ at: photo.uploadedAt, text: t('tickets.field.photoAdded') })),
    ...job.signOffs.map((signOff) => ({
      at: signOff.at,
      text: t('tickets.field.signedOffBy', { name: signOff.customerName, satisfied: t(signOff.satisfied ? 'tickets.field.yes' : 'tickets.field.no') }),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <List
      size="small"
      locale={{ emptyText: t('tickets.detail.timelineEmpty') }}
      dataSource={entries}
      renderItem={(entry) => (
        <List.Item>
          <Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(entry.at, language)}</Typography.Text> {entry.text}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
