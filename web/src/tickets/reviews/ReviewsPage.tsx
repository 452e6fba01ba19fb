import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../auth/permissions';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { PageHeader } from '../../shared/PageHeader';
import { DailyReviews } from './DailyReviews';
import { MonthlyReviews } from './MonthlyReviews';

/** 检查签字: Supervisors sign off each day before leaving, Managers review the previous month by the 5th. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const signsDays = hasPermission(user, 'tickets:review-daily');
  const reviewsMonths = hasPermission(user, 'tickets:review-monthly');
  const tabs = [
    { key: 'daily', label: t('tickets.reviews.daily'), children: <DailyReviews canSign={signsDays} /> },
    { key: 'monthly', label: t('tickets.reviews.monthly'), children: <MonthlyReviews canReview={reviewsMonths} /> },
  ];
  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="tickets.reviews.title" subtitleKey="tickets.reviews.subtitle" />
      <Tabs items={tabs} defaultActiveKey={signsDays ? 'daily' : 'monthly'} />
    </Flex>
  );
}
