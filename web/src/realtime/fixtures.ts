import type { InboxLine } from './inboxFeed';

/** An unread inbox line about a ticket, numbered `sequence`. */
export function line(sequence: number, overrides: Partial<InboxLine> = {}): InboxLine {
  return {
    id: `line-${sequence}`,
    sequence,
    kind: 'Job',
    code: 'inbox.jobDispatched',
    args: {},
    linkType: 'ticket',
    linkId: `ticket-${sequence}`,
    urgent: false,
    createdAt: '2026-12-06T08:00:00Z',
    readAt: null,
    ...overrides,
  };
}
