import { useTranslation } from 'react-i18next';
import { categoryKey } from '../tickets/types';
import type { InboxLine } from './inboxFeed';

/** Words an inbox line in the reader's language from its code and values (a ticket's category too), as timeline lines are. */
export function useInboxText() {
  const { t } = useTranslation();
  return (line: InboxLine) => {
    const args = {
      ...line.args,
      ...(line.args.metric && { metric: t(`realtime.metric.${line.args.metric}`) }),
      ...(line.linkType === 'ticket' && line.args.category && { category: t(categoryKey(String(line.args.category))) }),
    };
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
