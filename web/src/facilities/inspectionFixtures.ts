import type { CurrentUser } from '../api/types';
import { customerAgent } from '../customers/fixtures';
import { siteId } from './fixtures';
import type { ActiveNotice, Checklist, MaintenancePlan, Outage, Round, RoundItem, RoundSummary } from './types';

/** A facilities supervisor: sets up checklists and plans, walks rounds and records outages. */
export const facilitiesSupervisor: CurrentUser = {
  ...customerAgent,
  roles: ['Supervisor'],
  permissions: ['facilities:read', 'facilities:write', 'facilities:operate', 'facilities:rounds'],
};

export const roundId = '0190e000-0000-7000-8000-00000000a001';
export const teamId = '0190e000-0000-7000-8000-00000000b001';

export const vacantChecklist: Checklist = {
  id: '0190e000-0000-7000-8000-00000000c001',
  name: '空置房巡检',
  target: 'VacantUnits',
  teamId,
  items: [
    { id: 'i-1', text: '门锁完好', kind: 'PassFail', photoRequired: false, category: 'Security' },
    { id: 'i-2', text: '管道有无漏水', kind: 'PassFail', photoRequired: true, category: 'Plumbing' },
    { id: 'i-3', text: '水表读数', kind: 'Reading', min: 0, max: 5, unit: 'm³', photoRequired: false, category: 'Plumbing' },
  ],
};

export function roundSummary(overrides: Partial<RoundSummary> = {}): RoundSummary {
  return {
    id: roundId, date: '2026-12-06', checklist: '空置房巡检', place: { siteId, unitId: 'u-1', label: '翠湖花园 3栋 2单元 1502' },
    teamId, status: 'Open', items: 3, recorded: 0, failed: 0, ...overrides,
  };
}

export function roundItem(overrides: Partial<RoundItem> = {}): RoundItem {
  return { itemId: 'i-1', text: '门锁完好', kind: 'PassFail', photoRequired: false, category: 'Security', photoUrls: [], failed: false, ...overrides };
}

export function round(items: RoundItem[], overrides: Partial<Round> = {}): Round {
  const { items: _count, ...summary } = roundSummary();
  return { ...summary, checklistId: vacantChecklist.id, items, recorded: items.filter((i) => i.result).length, failed: items.filter((i) => i.failed).length, version: 1, ...overrides };
}

export function outage(overrides: Partial<Outage> = {}): Outage {
  return {
    id: '0190e000-0000-7000-8000-00000000d001', kind: 'WaterCut', title: '二次供水水箱清洗', scope: ['翠湖花园 3栋 15层'], siteIds: [siteId], buildingIds: [],
    affectedUnits: 2, startedAt: '2026-12-06T01:00:00Z', estimatedRestorationAt: '2026-12-06T09:00:00Z', restoredAt: null, inForce: true,
    createdAt: '2026-12-06T01:00:00Z', startNoticeId: null, restorationNoticeId: null, ...overrides,
  };
}

export function notice(affectedUnitIds: string[] = []): ActiveNotice {
  const { id, kind, title, scope, affectedUnits, startedAt, estimatedRestorationAt } = outage();
  return { outageId: id, kind, title, scope, affectedUnits, startedAt, estimatedRestorationAt, affectedUnitIds };
}

export const liftPlan: MaintenancePlan = {
  id: '0190e000-0000-7000-8000-00000000e001', name: '电梯月度保养', equipmentId: '0190e000-0000-7000-8000-000000009001', place: '3栋1单元电梯',
  recurrence: 'Monthly', rule: 'FREQ=MONTHLY', firstDueOn: '2026-01-15', category: 'Lift', leadDays: 7,
  history: [
    { dueOn: '2026-10-15', workingDueOn: '2026-10-15', ticketId: 't-1', ticketNumber: 'T20261008-0001', doneOn: '2026-10-14', outcome: 'OnTime' },
    { dueOn: '2026-11-15', workingDueOn: '2026-11-16', ticketId: 't-2', ticketNumber: 'T20261109-0001', doneOn: '2026-11-18', outcome: 'Late' },
  ],
  createdAt: '2026-01-01T00:00:00Z',
};
