import type { TFunction } from 'i18next';
import { categoryKey } from './types';

type Wording = (token: string) => string;

/** The vocabularies of the leading words of a line's detail, e.g. "Repair · Phone · Plumbing: …" for Created. */
const leadingWords: Record<string, Wording[]> = {
  Created: [(kind) => `tickets.kind.${kind}`, (channel) => `tickets.channel.${channel}`, categoryKey],
  ContactLogged: [(method) => `tickets.method.${method}`, (outcome) => `tickets.outcome.${outcome}`],
};

/** The technician's visit, as the server words it: `on site`, `on site at 30.27, 120.15`, `on site 01:05 (handed back)`. */
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

/**
 * A timeline line's detail in the user's language. The server words some details as API values then the
 * text typed (`Phone · Reached: 约好下午上门`); those values are translated, and so are the visit's check-in and
 * check-out lines; anything else is shown as sent.
 */
export function timelineDetail(t: TFunction, kind: string, detail: string): string {
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
