import { Alert, Empty, Flex, Spin, Timeline, Typography, type TimelineProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useTicketTimeline } from './api';
import { timelineDetail } from './timelineDetail';
import type { components } from '../api/schema';
import type { TimelineItem } from './types';

/** Clock events that mean the work is late: shown in red. */
const alarming: readonly components['schemas']['ClockEventKind'][] = ['Warned', 'Breached', 'Escalated'];

/**
 * 处理经过: status changes, contacts, dispatch, field work and clock events, oldest first, with who and when.
 * A clock event's detail is left out: the server words it with the due time in UTC; the deadlines card shows due times.
 */
export function TicketTimeline({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeline = useTicketTimeline(ticketId);

  if (timeline.isPending) return <Spin />;
  if (timeline.error) return <Alert type="error" showIcon title={timeline.error.message} />;
  if (timeline.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.detail.timelineEmpty')} />;

  const items: TimelineProps['items'] = timeline.data.map((item, index) => {
    const clockEvent = item.clockEvent;
    return {
      key: index,
      color: clockEvent ? (alarming.includes(clockEvent) ? 'red' : 'gray') : 'blue',
      content: (
        <Flex vertical>
          <Typography.Text strong type={clockEvent && alarming.includes(clockEvent) ? 'danger' : undefined}>
            {headline(t, item)}
          </Typography.Text>
          {!clockEvent && item.detail && <Typography.Text>{timelineDetail(t, item, language)}</Typography.Text>}
          <Typography.Text type="secondary">{t('tickets.timeline.by', { name: item.actorName, time: formatDateTime(item.at, language) })}</Typography.Text>
        </Flex>
      ),
    };
  });
  return <Timeline items={items} />;
}

/** What happened, in words: the event, the status move it made, the escalation level it reached. */
function headline(t: TFunction, item: TimelineItem): string {
  if (item.clockEvent) {
    const words = `${t(`sla.metric.${item.metric}`)} · ${t(`tickets.timeline.clock.${item.clockEvent}`, { defaultValue: item.clockEvent })}`;
    return item.escalationLevel ? `${words} · ${t('tickets.timeline.level', { level: t(`tickets.escalationLevel.${item.escalationLevel}`) })}` : words;
  }
  const words = t(`tickets.timeline.kind.${item.kind}`, { defaultValue: item.kind ?? '' });
  if (!item.fromStatus || !item.toStatus) return words;
  const move = t('tickets.timeline.move', { from: t(`tickets.status.${item.fromStatus}`), to: t(`tickets.status.${item.toStatus}`) });
  return `${words} · ${move}`;
}
