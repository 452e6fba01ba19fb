import type { CurrentUser } from '../api/types';
import { customer } from '../customers/fixtures';
import type { Ticket, TimelineItem } from './types';

export const ticketAgent: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000102',
  username: 'agent',
  displayName: '李娜',
  serviceNumber: '101',
  roles: ['Agent'],
  permissions: ['staff:read', 'sla:read', 'customers:read', 'customers:write', 'tickets:read', 'tickets:write'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const wang = customer();

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: '0190d000-0000-7000-8000-000000000001',
    number: 'T-20261123-0042',
    kind: 'Repair',
    channel: 'Phone',
    status: 'New',
    priority: 'Normal',
    complexity: 'Standard',
    category: 'Plumbing',
    description: '厨房水管漏水',
    customerId: wang.id,
    customerName: wang.name,
    customerPhone: '13812345678',
    unitId: '3-2-1201',
    location: null,
    outages: [],
    promisedAt: null,
    appointmentFrom: null,
    appointmentTo: null,
    chargeable: false,
    fee: null,
    teamId: null,
    assigneeId: null,
    technicianIds: [],
    pendingReason: null,
    firstContactAt: null,
    lastContactAt: null,
    followUpDue: false,
    resolvedAt: null,
    resolutionSummary: null,
    closedAt: null,
    cancelReason: null,
    allowedActions: ['contact', 'assign', 'pend', 'cancel'],
    sla: {
      policyId: '0190e000-0000-7000-8000-000000000001',
      policy: '工单（标准）',
      explanation: 'Rule 2: work type Ticket, complexity Standard.',
      firstContactDueAt: '2099-11-23T04:00:00Z',
      resolutionDueAt: '2099-11-24T01:00:00Z',
      resolutionPaused: false,
      firstContactBreached: false,
      resolutionBreached: false,
      acknowledgementDueAt: '2099-11-23T01:15:00Z',
      handoffDueAt: '2099-11-23T02:00:00Z',
      acknowledgementMet: false,
      handoffMet: false,
      acknowledgementBreached: false,
      handoffBreached: false,
      escalationLevel: 0,
    },
    createdAt: '2026-11-23T01:00:00Z',
    createdBy: 'staff:0190a000-0000-7000-8000-000000000102',
    updatedAt: '2026-11-23T01:00:00Z',
    ...overrides,
  };
}

export function timelineItem(overrides: Partial<TimelineItem> = {}): TimelineItem {
  return {
    at: '2026-11-23T01:00:00Z',
    source: 'ticket',
    kind: 'Created',
    actor: 'staff:0190a000-0000-7000-8000-000000000102',
    actorName: '李娜',
    fromStatus: null,
    toStatus: 'New',
    detail: 'Repair · Phone · Plumbing: 厨房水管漏水',
    escalationLevel: null,
    code: null,
    args: {},
    ...overrides,
  };
}
