import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { HistoryTimeline } from '../shared/HistoryTimeline';
import { useComplaintTimeline } from './api';
import type { ComplaintTimelineItem } from './types';

/** 处理经过: registration, each handling step with the words given, severity, repeats, contacts, evidence and clock events. */
export function ComplaintTimeline({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  return <HistoryTimeline lines={useComplaintTimeline(complaintId)} empty={t('complaints.timeline.empty')} headline={headline} detail={complaintTimelineDetail} />;
}

/** What happened, in words: a step by the status it reached, anything else by its kind. */
function headline(t: TFunction, item: ComplaintTimelineItem): string {
  if (item.kind === 'StepTaken' && item.toStatus) return t('complaints.timeline.reached', { status: t(`complaints.status.${item.toStatus}`) });
  return t(`complaints.timeline.kind.${item.kind}`, { defaultValue: item.kind ?? '' });
}

/** The API words among a line's args and the vocabulary that words each. */
const vocabulary: Record<string, (value: string) => string> = {
  channel: (value) => `complaints.channel.${value}`,
  category: (value) => `complaints.category.${value}`,
  severity: (value) => `complaints.severity.${value}`,
  validity: (value) => `complaints.validity.${value}`,
  rootCause: (value) => `complaints.rootCause.${value}`,
  cause: (value) => `complaints.timeline.cause.${value}`,
  method: (value) => `tickets.method.${value}`,
  outcome: (value) => `tickets.outcome.${value}`,
  accepted: (value) => `complaints.timeline.accepted.${value}`,
};

/** What the line says, in the user's language: its words given, named; a code this SPA does not know keeps the server's text. */
export function complaintTimelineDetail(t: TFunction, item: ComplaintTimelineItem, language: string): string {
  const worded = (name: string, value: string) =>
    name === 'dueAt' ? formatDateTime(value, language) : vocabulary[name] ? t(vocabulary[name](value), { defaultValue: value }) : value;
  if (item.code === 'step_taken') {
    return Object.entries(item.args)
      .filter(([name]) => name !== 'from' && name !== 'to')
      .map(([name, value]) => `${t(`complaints.timeline.word.${name}`, { defaultValue: name })}：${worded(name, value)}`)
      .join('；');
  }
  const key = `complaints.timeline.text.${item.code}`;
  if (!t(key, { defaultValue: '' })) return item.detail;
  const values = Object.fromEntries(Object.entries(item.args).map(([name, value]) => [name, worded(name, value)]));
  if (item.code === 'severity_raised') Object.assign(values, { from: worded('severity', item.args.from), to: worded('severity', item.args.to) });
  return t(key, values);
}
