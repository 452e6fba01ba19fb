import type { CurrentUser } from '../api/types';
import type { Permission } from '../auth/permissions';
import { staffMember } from '../test/fixtures';
import type { Customer, GradingRun } from './types';

const readWrite: Permission[] = ['customers:read', 'customers:write', 'customers:export', 'customers:grade'];

export const customerAgent: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000102',
  username: 'agent',
  displayName: '李娜',
  serviceNumber: '101',
  roles: ['Agent'],
  permissions: ['staff:read', ...readWrite],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const customerManager: CurrentUser = {
  ...customerAgent,
  id: '0190a000-0000-7000-8000-000000000103',
  username: 'manager',
  displayName: '张伟',
  serviceNumber: '103',
  roles: ['Manager'],
  permissions: ['staff:read', ...readWrite, 'customers:sensitive', 'customers:approve-export', 'customers:approve-grading'],
};

/** Reads customers and nothing more, as an Executive does. */
export const customerReader: CurrentUser = { ...customerAgent, roles: ['Executive'], permissions: ['staff:read', 'customers:read'] };

/** A Supervisor, as the staff endpoints show them: below the rank a tier-1 customer's account manager needs. */
export const supervisorWang = staffMember({
  id: '0190a000-0000-7000-8000-000000000104',
  username: 'supervisor',
  displayName: '王芳',
  serviceNumber: '102',
  roles: ['Supervisor'],
  skills: [],
});

/** A Manager, as the staff endpoints show them: of the rank a tier-1 customer's account manager needs. */
export const managerZhou = staffMember({
  id: '0190a000-0000-7000-8000-000000000105',
  username: 'manager.zhou',
  displayName: '周明',
  serviceNumber: '201',
  roles: ['Manager'],
  skills: [],
});

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: '0190b000-0000-7000-8000-000000000001',
    number: 'C000001',
    type: 'Owner',
    category: 'Person',
    name: '王建国',
    phones: ['13812345678'],
    email: null,
    idNumber: '3301**********1234',
    bankAccount: null,
    addresses: ['翠湖花园 3栋2单元1201'],
    unitIds: [],
    accountManagerId: null,
    vip: false,
    tier: 2,
    notes: null,
    smsConsent: true,
    archived: false,
    archivedAt: null,
    createdAt: '2026-03-01T02:30:00Z',
    createdBy: 'staff:0190a000-0000-7000-8000-000000000102',
    updatedAt: '2026-03-01T02:30:00Z',
    updatedBy: 'staff:0190a000-0000-7000-8000-000000000102',
    ...overrides,
  };
}

/** A merchant not scored yet. */
export const merchant = customer({
  id: '0190b000-0000-7000-8000-000000000020',
  number: 'C000020',
  type: 'Merchant',
  category: 'Organization',
  name: '悦来便利店',
  phones: ['057181234567'],
  idNumber: null,
  tier: null,
});

export const proposedRun: GradingRun = {
  id: '0190c000-0000-7000-8000-000000000001',
  status: 'Proposed',
  startedBy: 'system',
  startedAt: '2026-07-01T00:00:00Z',
  approvedBy: null,
  approvedAt: null,
  count: 3,
  distribution: { tier1: 1, tier2: 1, tier3: 1 },
  entries: [
    { customerId: 'a1', number: 'C000010', name: '悦来便利店', rank: 1, total: 90, previousTier: null, proposedTier: 1, vip: false, accountManagerId: null, managerBelowManager: true },
    { customerId: 'a2', number: 'C000011', name: '鸿福咖啡馆', rank: 2, total: 70, previousTier: null, proposedTier: 2, vip: false, accountManagerId: null, managerBelowManager: false },
    { customerId: 'a3', number: 'C000012', name: '佳美药房', rank: 3, total: 40, previousTier: null, proposedTier: 3, vip: false, accountManagerId: null, managerBelowManager: false },
  ],
};
