import type { CurrentUser } from '../api/types';
import { repairTeam, staffMember, supervisor } from '../test/fixtures';
import type { EmergencyPage, Handover, Roster } from './types';

export const dutySupervisor: CurrentUser = { ...supervisor, permissions: ['staff:read', 'desk:read', 'desk:roster', 'desk:handover', 'desk:supervise'] };

export const nightTechnician = staffMember({ id: '0190a000-0000-7000-8000-000000000021', displayName: '王师傅' });

export const dayAgent = staffMember({ id: '0190a000-0000-7000-8000-000000000022', displayName: '赵敏', roles: ['Agent'] });

export function roster(overrides: Partial<Roster> = {}): Roster {
  return {
    teamId: repairTeam.id,
    weekOf: '2027-01-04',
    calendarId: null,
    shifts: [
      { name: '早班', start: '08:00:00', end: '16:00:00', days: 'Every' },
      { name: '夜班', start: '22:00:00', end: '08:00:00', days: 'Every' },
    ],
    assignments: [{ date: '2027-01-04', shift: '夜班', staffIds: [nightTechnician.id] }],
    people: [{ id: nightTechnician.id, displayName: nightTechnician.displayName, roles: ['Technician'] }],
    ...overrides,
  };
}

export function handover(overrides: Partial<Handover> = {}): Handover {
  return {
    id: '0190f000-0000-7000-8000-0000000000a1',
    teamId: repairTeam.id,
    shift: '夜班',
    shiftDate: '2027-01-04',
    nextShift: '早班',
    nextShiftDate: '2027-01-05',
    handedOverById: nightTechnician.id,
    handedOverAt: '2027-01-04T23:50:00Z',
    notes: '3号楼电梯困人已解救，维保单位明早复检',
    specialEvents: '02:30 电梯困人，110 未出动',
    carriedOver: [{ type: 'Ticket', itemId: '0190f000-0000-7000-8000-0000000000b1', number: 'T-20270105-0001', status: 'InProgress', open: true }],
    counted: [{ what: '钥匙', count: 12 }],
    signed: false,
    acceptedById: null,
    acceptedAt: null,
    ...overrides,
  };
}

export const liftPage: EmergencyPage = {
  id: '0190f000-0000-7000-8000-0000000000c1',
  ticketId: '0190f000-0000-7000-8000-0000000000b1',
  number: 'T-20270105-0001',
  category: 'LiftEntrapment',
  reportedAt: '2027-01-04T18:30:00Z',
  pagedAt: '2027-01-04T18:30:01Z',
};
