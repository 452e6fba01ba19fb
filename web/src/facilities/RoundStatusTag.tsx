import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from './types';

/** A round's progress: open with how many items are done, or completed; red when something failed. */
export function RoundStatusTag({ round }: { round: Pick<RoundSummary, 'status' | 'items' | 'recorded' | 'failed'> }) {
  const { t } = useTranslation();
  const progress = round.status === 'Completed' ? t('facilities.roundStatus.Completed') : t('facilities.rounds.progress', { recorded: round.recorded, items: round.items });
  return (
    <>
      <Tag color={round.status === 'Completed' ? 'green' : 'blue'}>{progress}</Tag>
      {round.failed > 0 && <Tag color="red">{t('facilities.rounds.failed', { count: round.failed })}</Tag>}
    </>
  );
}
