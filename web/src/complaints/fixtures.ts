import type { CurrentUser } from '../api/types';
import { wang } from '../tickets/fixtures';
import type { Complaint } from './types';

export const complaintAgent: CurrentUser = {
  id: '0190a000-0000-7000-8000-000000000102',
  username: 'agent',
  displayName: '李娜',
  serviceNumber: '101',
  roles: ['Agent'],
  permissions: ['staff:read', 'customers:read', 'tickets:read', 'tickets:write', 'complaints:read', 'complaints:write', 'complaints:handle'],
  teamId: null,
  mustChangePassword: false,
  timeZone: null,
  deskTimeZone: 'Asia/Shanghai',
};

export const complaintManager: CurrentUser = {
  ...complaintAgent,
  id: '0190a000-0000-7000-8000-000000000103',
  username: 'manager',
  displayName: '张伟',
  roles: ['Manager'],
  permissions: [...complaintAgent.permissions, 'complaints:decide'],
};

export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: '0190f000-0000-7000-8000-000000000001',
    number: 'C-20261206-0001',
    status: 'Registered',
    allowedActions: ['investigate'],
    validity: 'Undetermined',
    severity: 'Important',
    ruleSeverity: 'Important',
    severityReasons: [{ rule: 'FiveToNineHouseholds', severity: 'Important', text: '涉及 6 户（5 至 9 户）：重要投诉' }],
    severityRaisedReason: null,
    ownerRole: 'Manager',
    customerId: wang.id,
    customerName: wang.name,
    customerPhone: '13812345678',
    channel: 'Phone',
    source: 'Direct',
    category: 'Maintenance',
    description: '电梯维修三次仍未修好',
    targetKind: 'Department',
    targetStaffId: null,
    targetDepartment: '工程部',
    targetName: null,
    householdsAffected: 6,
    compensationClaimed: null,
    lawsuitOrMedia: false,
    injuryOrHeavyLoss: false,
    repeatCount: 0,
    receivedById: complaintAgent.id,
    ticketId: null,
    place: null,
    handling: {
      findings: null, validityReason: null, rootCause: null, countsAgainstStaff: false, investigatedById: null, remedyProposal: null,
      remedy: null, responsibleDepartment: null, remedyDecidedById: null, workDone: null, customerFeedback: null, resolvedAt: null, closedAt: null,
    },
    sla: {
      policyId: '0190e000-0000-7000-8000-000000000002',
      policy: '投诉（重要）',
      explanation: 'Rule 4: work type Complaint, severity Important.',
      firstContactDueAt: '2099-12-06T05:00:00Z',
      resolutionDueAt: '2099-12-08T02:00:00Z',
      firstContactBreached: false,
      resolutionBreached: false,
      escalationLevel: 0,
      investigation: { dueAt: '2099-12-06T16:00:00Z', breached: false, doneAt: null },
      acknowledgement: { dueAt: '2099-12-06T02:15:00Z', breached: false, doneAt: '2099-12-06T02:01:00Z' },
      handoff: { dueAt: '2099-12-06T03:00:00Z', breached: true, doneAt: null },
    },
    nextDeadline: { metric: 'FirstContact', dueAt: '2099-12-06T05:00:00Z', overdue: false },
    breached: false,
    createdAt: '2026-12-06T02:00:00Z',
    createdBy: '李娜',
    updatedAt: '2026-12-06T02:00:00Z',
    ...overrides,
  };
}
