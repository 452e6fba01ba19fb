import type { CurrentUser } from '../../api/types';
import { ticketAgent } from '../fixtures';
import type { AssigneeSuggestion, BoardTicket, TechnicianLoad } from './api';

export const dispatcher: CurrentUser = {
  ...ticketAgent,
  username: 'supervisor',
  displayName: '王芳',
  roles: ['Supervisor'],
  permissions: [...ticketAgent.permissions, 'tickets:dispatch'],
};

export function boardTicket(overrides: Partial<BoardTicket> = {}): BoardTicket {
  return {
    id: '0190d000-0000-7000-8000-000000000001',
    number: 'T-20261123-0042',
    status: 'Contacted',
    priority: 'High',
    kind: 'Repair',
    category: 'Plumbing',
    customerName: '王建国',
    unitId: '3-2-1201',
    location: null,
    teamId: null,
    promisedAt: null,
    firstContactDueAt: '2099-11-23T04:00:00Z',
    resolutionDueAt: '2099-11-24T01:00:00Z',
    breached: false,
    createdAt: '2026-11-23T01:00:00Z',
    ...overrides,
  };
}

export function technicianLoad(overrides: Partial<TechnicianLoad> = {}): TechnicianLoad {
  return {
    id: '0190a000-0000-7000-8000-000000000301',
    name: '刘强',
    serviceNumber: '201',
    teamId: '0190a000-0000-7000-8000-0000000000a2',
    teamName: '工程部',
    skills: ['plumbing', 'electrical'],
    openJobs: 2,
    ...overrides,
  };
}

export const liuQiang = technicianLoad();
export const zhaoLei = technicianLoad({ id: '0190a000-0000-7000-8000-000000000302', name: '赵磊', serviceNumber: '202', skills: ['hvac'], openJobs: 0 });

export function suggestion(technician: TechnicianLoad, overrides: Partial<AssigneeSuggestion> = {}): AssigneeSuggestion {
  const reasons: AssigneeSuggestion['reasons'] = [
    { code: 'Skilled', category: 'Plumbing' },
    { code: 'OpenJobs', count: technician.openJobs },
  ];
  return { rank: 1, technician, skillMatch: true, sameTeam: false, alreadyAssigned: false, reasons, ...overrides };
}
