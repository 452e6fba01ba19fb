import type { CurrentUser, Staff, Team } from '../api/types';

export const admin: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000001',
  username: 'admin',
  displayName: '王敏',
  serviceNumber: '100',
  roles: ['Admin'],
  permissions: ['staff:read', 'staff:manage', 'teams:manage', 'api-clients:manage', 'system:admin', 'audit:read'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const agent: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000002',
  username: 'agent',
  displayName: '张伟',
  serviceNumber: '101',
  roles: ['Agent'],
  permissions: ['staff:read'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const technician: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000003',
  username: 'tech',
  displayName: '李强',
  serviceNumber: '301',
  roles: ['Technician'],
  permissions: [],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const repairTeam: Team = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  name: '工程维修一组',
  description: null,
  createdAt: '2026-01-05T01:00:00Z',
  updatedAt: '2026-01-05T01:00:00Z',
};

export function staffMember(overrides: Partial<Staff> = {}): Staff {
  return {
    id: '0190a000-0000-7000-8000-000000000010',
    username: 'liqiang',
    displayName: '李强',
    serviceNumber: '301',
    roles: ['Technician'],
    teamId: repairTeam.id,
    skills: ['plumbing', 'electrical'],
    active: true,
    email: null,
    mobile: null,
    createdAt: '2026-03-01T02:30:00Z',
    updatedAt: '2026-03-01T02:30:00Z',
    ...overrides,
  };
}

export const manager: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000004',
  username: 'manager',
  displayName: '陈静',
  serviceNumber: '200',
  roles: ['Manager'],
  permissions: ['staff:read', 'sla:read', 'sla:manage', 'sla:escalations-2'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const supervisor: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000005',
  username: 'supervisor',
  displayName: '刘洋',
  serviceNumber: '150',
  roles: ['Supervisor'],
  permissions: ['staff:read', 'sla:read', 'sla:escalations-1'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

/** A staff member who reads deadlines but changes nothing about them. */
export const slaReader: CurrentUser = { ...agent, permissions: ['staff:read', 'sla:read'] };
