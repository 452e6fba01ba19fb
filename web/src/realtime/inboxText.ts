import { useTranslation } from 'react-i18next';
import type { InboxLine } from './inboxFeed';

/** Words an inbox line in the reader's language from its code and values, as timeline lines are. */
export function useInboxText() {
  const { t } = useTranslation();
  return (line: InboxLine) => {
    const args = line.args.metric ? { ...line.args, metric: t(`realtime.metric.${line.args.metric}`) } : line.args;
    return t(`realtime.${line.code}`, { ...args, defaultValue: line.code });
  };
}

/** Where clicking a line leads: a job to the technician's job page, a ticket to its page; lines about items without a page lead nowhere yet. */
export function inboxLinkRoute(line: InboxLine): string | undefined {
  if (!line.linkId) return undefined;
  if (line.kind === 'Job') return `/my/jobs/${line.linkId}`;
  if (line.linkType === 'ticket') return `/tickets/${line.linkId}`;
  if (line.linkType === 'webhook') return '/admin/integrations';
  return undefined;
}
