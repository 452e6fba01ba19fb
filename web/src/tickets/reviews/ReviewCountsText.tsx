import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewCounts } from './api';

/** A day's or month's tally: created, resolved, still open, breached. */
export function ReviewCountsText({ counts }: { counts: ReviewCounts }) {
  const { t } = useTranslation();
  return (
    <Typography.Text>
      {t('tickets.reviews.counts', counts)}
      {counts.breached > 0 && <Typography.Text type="danger">{` · ${t('tickets.reviews.breached', { count: counts.breached })}`}</Typography.Text>}
    </Typography.Text>
  );
}
