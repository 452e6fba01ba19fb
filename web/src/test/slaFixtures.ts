import type { SlaCalendar, SlaEscalation, SlaPolicy } from '../api/types';

export const officeHours: SlaCalendar = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  name: '客服中心工作日',
  timeZone: 'Asia/Shanghai',
  weeklyHours: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].flatMap((day) => [
    { day: day as SlaCalendar['weeklyHours'][number]['day'], from: '08:30', to: '12:00' },
    { day: day as SlaCalendar['weeklyHours'][number]['day'], from: '13:30', to: '17:30' },
  ]),
  holidays: ['2026-10-01', '2026-10-02'],
  makeUpWorkdays: ['2026-10-10'],
  createdAt: '2026-01-05T01:00:00Z',
  updatedAt: '2026-11-20T02:00:00Z',
};

export function slaPolicy(overrides: Partial<SlaPolicy> = {}): SlaPolicy {
  return {
    id: '0190a000-0000-7000-8000-0000000000b1',
    name: '标准工单',
    order: 70,
    match: { workType: 'Ticket' },
    firstContact: 'PT3H',
    resolution: 'PT24H',
    acknowledgement: 'PT15M',
    handoff: 'PT1H',
    warnAtPercent: 80,
    calendarId: null,
    escalationLevels: 3,
    retired: false,
    createdAt: '2026-01-05T01:00:00Z',
    updatedAt: '2026-01-05T01:00:00Z',
    ...overrides,
  };
}

export const vipTickets = slaPolicy({
  id: '0190a000-0000-7000-8000-0000000000b0',
  name: '一级VIP客户·复杂工单',
  order: 10,
  match: { workType: 'Ticket', complexity: 'Complex', customerTier: 1, vip: true },
  firstContact: 'PT1H',
  resolution: 'PT48H',
  calendarId: officeHours.id,
});
export const standardTickets = slaPolicy();
export const catchAll = slaPolicy({
  id: '0190a000-0000-7000-8000-0000000000b9',
  name: '默认',
  order: 1000,
  match: {},
  firstContact: 'PT30S',
  escalationLevels: 0,
});

export function escalation(overrides: Partial<SlaEscalation> = {}): SlaEscalation {
  return {
    id: '0190a000-0000-7000-8000-0000000000e1',
    itemType: 'Complaint',
    itemId: '3f2a9c41-0000-7000-8000-00000000abcd',
    metric: 'Resolution',
    policyName: '重大投诉',
    level: 2,
    dueAt: '2026-11-23T00:25:00Z',
    raisedAt: '2026-11-23T00:26:00Z',
    reason: null,
    raisedBy: null,
    ...overrides,
  };
}
