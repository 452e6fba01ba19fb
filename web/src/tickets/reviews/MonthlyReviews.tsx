import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { reviewMonth, useMonthlyReviews, type ReviewMonth } from './api';
import { ReviewCountsText } from './ReviewCountsText';
import { SignButton } from './SignButton';

const statusColors: Record<ReviewMonth['status'], string> = { Reviewed: 'success', ReviewedLate: 'orange', Due: 'processing', Overdue: 'error' };

/** 月度检查: the ended months, reviewed (on time or late), due by the 5th, or overdue. */
export function MonthlyReviews({ canReview }: { canReview: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sheet = useMonthlyReviews();
  if (sheet.error) return <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: sheet.error.message })} />;
  const overdue = sheet.data?.overdueMonths ?? [];

  return (
    <Flex vertical gap={12}>
      {overdue.length > 0 && <Alert type="error" showIcon title={t('tickets.reviews.overdueMonths', { months: overdue.join('、') })} />}
      <Table<ReviewMonth>
        size="small"
        rowKey="month"
        loading={sheet.isPending}
        pagination={false}
        dataSource={sheet.data?.months.toReversed()}
        columns={[
          { key: 'month', title: t('tickets.reviews.month'), dataIndex: 'month' },
          { key: 'dueBy', title: t('tickets.reviews.dueBy'), dataIndex: 'dueBy' },
          {
            key: 'status',
            title: t('tickets.reviews.status'),
            render: (_, month) => <Tag color={statusColors[month.status]}>{t(`tickets.reviews.monthStatus.${month.status}`)}</Tag>,
          },
          {
            key: 'review',
            title: t('tickets.reviews.signature'),
            render: (_, month) =>
              month.review ? (
                <Flex vertical>
                  <Typography.Text>{t('tickets.reviews.signedBy', { name: month.review.reviewerName, time: formatDateTime(month.review.reviewedAt, language) })}</Typography.Text>
                  <ReviewCountsText counts={month.review.counts} />
                  <Typography.Text type="secondary">{month.review.findings}</Typography.Text>
                </Flex>
              ) : (
                canReview && <SignButton label={t('tickets.reviews.review')} sign={(findings) => reviewMonth(month.month, findings)} />
              ),
          },
        ]}
      />
    </Flex>
  );
}
