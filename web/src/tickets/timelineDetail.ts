import type { TFunction } from 'i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { categoryKey, type TimelineItem, type TimelineKind } from './types';

type Wording = (token: string) => string;

/** The values a line's args carry as API words (`Repair`, `Reached`), and the vocabulary that words each. */
const vocabulary: Record<string, Wording> = {
  kind: (kind) => `tickets.kind.${kind}`,
  channel: (channel) => `tickets.channel.${channel}`,
  category: categoryKey,
  method: (method) => `tickets.method.${method}`,
  outcome: (outcome) => `tickets.outcome.${outcome}`,
  satisfied: (satisfied) => `tickets.timeline.satisfied.${satisfied}`,
};

/** Args that are moments, sent in ISO 8601 UTC and shown in the user's zone. */
const moments = ['since', 'receivedAt'];

/** Priority changes name priorities in their `from` and `to`. */
const priorityArgs = ['from', 'to'];

/**
 * A timeline line's detail in the user's language: worded from its code and args, with the API words among the
 * args translated; a line without a code (written before lines carried one) or with a code this SPA does not know
 * is worded from its text.
 */
export function timelineDetail(t: TFunction, item: Pick<TimelineItem, 'kind' | 'detail' | 'code' | 'args'>, language: string): string {
  const key = `tickets.timeline.text.${item.code}`;
  if (!item.code || !t(key, { defaultValue: '' })) return item.kind ? legacyDetail(t, item.kind, item.detail) : item.detail;
  const values = Object.fromEntries(
    Object.entries(item.args).map(([name, value]) => [name, wordedArg(t, item.code!, name, value, language)]),
  );
  return t(key, values);
}

function wordedArg(t: TFunction, code: string, name: string, value: string, language: string): string {
  if (moments.includes(name)) return formatDateTime(value, language);
  const wording = code === 'priority_changed' && priorityArgs.includes(name) ? (priority: string) => `tickets.priority.${priority}` : vocabulary[name];
  return wording ? t(wording(value), { defaultValue: value }) : value;
}

/** The vocabularies of the leading words of an older line's detail, e.g. "Repair · Phone · Plumbing: …" for Created. */
const leadingWords: Record<string, Wording[]> = {
  Created: [vocabulary.kind, vocabulary.channel, categoryKey],
  ContactLogged: [vocabulary.method, vocabulary.outcome],
};

/** An older line's visit, as the server worded it: `on site`, `on site at 30.27, 120.15`, `on site 01:05 (handed back)`. */
const visitWordings: Record<string, (t: TFunction, detail: string) => string | undefined> = {
  CheckedIn: (t, detail) => {
    const arrived = /^on site(?: at (.+))?$/.exec(detail);
    if (!arrived) return undefined;
    return arrived[1] ? t('tickets.timeline.arrivedAt', { where: arrived[1] }) : t('tickets.timeline.arrived');
  },
  CheckedOut: (t, detail) => {
    const left = /^on site (\d+:\d\d)( \(handed back\))?$/.exec(detail);
    if (!left) return undefined;
    return t(left[2] ? 'tickets.timeline.leftOnHandBack' : 'tickets.timeline.left', { duration: left[1] });
  },
};

/** An older line's detail: the API values leading it and the visit lines translated, anything else as sent. */
function legacyDetail(t: TFunction, kind: TimelineKind, detail: string): string {
  const visit = visitWordings[kind]?.(t, detail);
  if (visit) return visit;
  const wordings = leadingWords[kind];
  const colon = detail.indexOf(': ');
  if (!wordings || colon < 0) return detail;
  const tokens = detail.slice(0, colon).split(' · ');
  if (tokens.length !== wordings.length) return detail;
  const what = tokens.map((token, i) => t(wordings[i](token), { defaultValue: token })).join(' · ');
  return t('tickets.timeline.detail', { what, text: detail.slice(colon + 2) });
}
