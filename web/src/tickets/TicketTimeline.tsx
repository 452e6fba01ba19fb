import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '../shared/HistoryTimeline';
import { useTicketTimeline } from './api';
import { timelineDetail } from './timelineDetail';
import type { TimelineItem } from './types';

/** 处理经过: status changes, contacts, dispatch, field work and clock events, oldest first, with who and when. */
export function TicketTimeline({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  return <HistoryTimeline lines={useTicketTimeline(ticketId)} empty={t('tickets.detail.timelineEmpty')} headline={headline} detail={timelineDetail} />;
}

/** What happened, in words: the event and the status move it made. */
function headline(t: TFunction, item: TimelineItem): string {
  const words = t(`tickets.timeline.kind.${item.kind}`, { defaultValue: item.kind ?? '' });
  if (!item.fromStatus || !item.toStatus) return words;
  const move = t('tickets.timeline.move', { from: t(`tickets.status.${item.fromStatus}`), to: t(`tickets.status.${item.toStatus}`) });
  return `${words} · ${move}`;
}
