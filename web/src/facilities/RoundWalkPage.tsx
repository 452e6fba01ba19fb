import { Alert, App, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { problemOf } from '../api/problem';
import { useCompleteRound, useRound } from './inspectionApi';
import { RoundItemCard } from './RoundItemCard';
import { RoundStatusTag } from './RoundStatusTag';

/** 巡检 on the phone: the round's items one under another, each recorded as it is checked, then the round completed. */
export function RoundWalkPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const round = useRound(id);
  const complete = useCompleteRound(id);
  if (round.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: round.error.message })} />;
  if (!round.data) return <Spin />;
  const r = round.data;
  const open = r.status === 'Open';
  const unrecorded = r.items.filter((item) => !item.result).length;

  const finish = async () => {
    try {
      await complete.mutateAsync();
      void message.success(t('facilities.walk.completed'));
    } catch (error) {
      void message.error(problemOf(error).detail ?? t('facilities.walk.completeFailed'));
    }
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
      <Link to="/facilities/rounds">{t('facilities.rounds.back')}</Link>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {r.place.label}
        </Typography.Title>
        <Typography.Text type="secondary">{r.checklist} </Typography.Text>
        <RoundStatusTag round={{ ...r, items: r.items.length }} />
      </div>
      {r.items.map((item) => (
        <RoundItemCard key={item.itemId} roundId={r.id} item={item} disabled={!open} />
      ))}
      {open ? (
        <Button type="primary" size="large" block disabled={unrecorded > 0} loading={complete.isPending} onClick={() => void finish()} style={{ minHeight: 52 }}>
          {unrecorded > 0 ? t('facilities.walk.remaining', { count: unrecorded }) : t('facilities.walk.complete')}
        </Button>
      ) : (
        <Link to={`/facilities/rounds/${r.id}`}>{t('facilities.walk.report')}</Link>
      )}
    </Flex>
  );
}
