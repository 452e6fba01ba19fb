import type { CurrentUser } from '../api/types';
import { ticketAgent, wang } from '../tickets/fixtures';
import type { Callback } from './types';

export const callbackAgent: CurrentUser = {
  ...ticketAgent,
  permissions: [...ticketAgent.permissions, 'callbacks:read', 'callbacks:work'],
};

export function callback(overrides: Partial<Callback> = {}): Callback {
  return {
    id: '0190f000-0000-7000-8000-000000000001',
    reason: 'TicketResolved',
    itemType: 'Ticket',
    itemId: '0190d000-0000-7000-8000-000000000001',
    itemNumber: 'T-20261123-0042',
    customerId: wang.id,
    assigneeId: ticketAgent.id,
    teamId: null,
    ratedStaffId: ticketAgent.id,
    siteId: null,
    unitId: null,
    dueAt: '2099-11-24T13:00:00Z',
    callAt: '2099-11-24T01:00:00Z',
    status: 'Due',
    satisfaction: null,
    note: null,
    attempts: [],
    followUps: [],
    closedAt: null,
    createdAt: '2026-11-23T08:00:00Z',
    updatedAt: '2026-11-23T08:00:00Z',
    script: {
      customerName: '王建华',
      customerPhone: '13812345678',
      greeting: '您好，回音物管，101号李娜为您服务',
      caseSummary: 'T-20261123-0042：更换了厨房下水管',
      closing: '老师，谢谢您，再见',
    },
    ...overrides,
  };
}
