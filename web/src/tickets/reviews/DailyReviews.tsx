import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { signDay, useDailyReviews, type ReviewDay } from './api';
import { ReviewCountsText } from './ReviewCountsText';
import { SignButton } from './SignButton';

/** 每日签字: the fortnight's days, the unsigned ones first in sight, each signed off with its findings. */
export function DailyReviews({ canSign }: { canSign: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sheet = useDailyReviews();
  if (sheet.error) return <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: sheet.error.message })} />;
  const unsigned = sheet.data?.unsignedDays ?? [];

  return (
    <Flex vertical gap={12}>
      {sheet.data &&
        (unsigned.length > 0 ? (
          <Alert type="warning" showIcon title={t('tickets.reviews.unsignedDays', { days: unsigned.join('、') })} />
        ) : (
          <Alert type="success" showIcon title={t('tickets.reviews.allSigned')} />
        ))}
      <Table<ReviewDay>
        size="small"
        rowKey="day"
        loading={sheet.isPending}
        pagination={false}
        dataSource={sheet.data?.days.toReversed()}
        onRow={(day) => ({ style: day.status === 'Unsigned' ? { background: '#fffbe6' } : undefined })}
        columns={[
          { key: 'day', title: t('tickets.reviews.day'), dataIndex: 'day' },
          {
            key: 'status',
            title: t('tickets.reviews.status'),
            render: (_, day) => <Tag color={day.status === 'Signed' ? 'success' : 'warning'}>{t(`tickets.reviews.dayStatus.${day.status}`)}</Tag>,
          },
          { key: 'counts', title: t('tickets.reviews.tally'), render: (_, day) => <ReviewCountsText counts={day.counts} /> },
          {
            key: 'review',
            title: t('tickets.reviews.signature'),
            render: (_, day) =>
              day.review ? (
                <Typography.Text>
                  {t('tickets.reviews.signedBy', { name: day.review.signerName, time: formatDateTime(day.review.signedAt, language) })}
                  {day.review.late && <Tag color="orange" style={{ marginLeft: 4 }}>{t('tickets.reviews.late')}</Tag>}
                  <br />
                  <Typography.Text type="secondary">{day.review.findings}</Typography.Text>
                </Typography.Text>
              ) : (
                canSign && <SignButton label={t('tickets.reviews.sign')} sign={(findings) => signDay(day.day, findings)} />
              ),
          },
        ]}
      />
    </Flex>
  );
}
