import { Alert, Empty, Flex, Spin, Timeline, Typography, type TimelineProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import type { components } from '../api/schema';

type Schemas = components['schemas'];

/** What a ticket's and a complaint's timeline lines share: the moment, who, and for a clock line its event. */
export interface HistoryLine {
  at: string;
  actorName: string;
  detail: string;
  clockEvent?: Schemas['ClockEventKind'] | null;
  metric?: Schemas['SlaMetric'] | null;
  escalationLevel?: number | null;
}

/** Clock events that mean the work is late: shown in red. */
const alarming: readonly Schemas['ClockEventKind'][] = ['Warned', 'Breached', 'Escalated'];

interface Props<Line extends HistoryLine> {
  lines: { data?: Line[]; isPending: boolean; error: Error | null };
  empty: string;
  /** What happened to the item itself, in words. */
  headline: (t: TFunction, line: Line) => string;
  /** The line's detail in the user's language. */
  detail: (t: TFunction, line: Line, language: string) => string;
}

/**
 * An item's history, oldest first, with who and when, its clock events among its own lines. A clock event's detail is left
 * out: the server words it with the due time in UTC; the deadlines card shows due times.
 */
export function HistoryTimeline<Line extends HistoryLine>({ lines, empty, headline, detail }: Props<Line>) {
  const { t } = useTranslation();
  const language = useLanguage();

  if (lines.isPending) return <Spin />;
  if (lines.error) return <Alert type="error" showIcon title={lines.error.message} />;
  if (!lines.data || lines.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;

  const items: TimelineProps['items'] = lines.data.map((line, index) => {
    const clockEvent = line.clockEvent;
    const late = clockEvent != null && alarming.includes(clockEvent);
    return {
      key: index,
      color: clockEvent ? (late ? 'red' : 'gray') : 'blue',
      content: (
        <Flex vertical>
          <Typography.Text strong type={late ? 'danger' : undefined}>
            {clockEvent ? clockHeadline(t, line) : headline(t, line)}
          </Typography.Text>
          {!clockEvent && line.detail && <Typography.Text>{detail(t, line, language)}</Typography.Text>}
          <Typography.Text type="secondary">{t('tickets.timeline.by', { name: line.actorName, time: formatDateTime(line.at, language) })}</Typography.Text>
        </Flex>
      ),
    };
  });
  return <Timeline items={items} />;
}

/** A clock line in words: the metric, the event, the escalation level it reached. */
function clockHeadline(t: TFunction, line: HistoryLine): string {
  const words = `${t(`sla.metric.${line.metric}`)} · ${t(`tickets.timeline.clock.${line.clockEvent}`, { defaultValue: line.clockEvent ?? '' })}`;
  return line.escalationLevel ? `${words} · ${t('tickets.timeline.level', { level: t(`tickets.escalationLevel.${line.escalationLevel}`) })}` : words;
}
