import type { CurrentUser } from '../api/types';

/** The permissions the SPA asks about; the server derives them from the user's roles. */
export type Permission =
  | 'staff:read'
  | 'staff:manage'
  | 'teams:manage'
  | 'api-clients:manage'
  | 'system:admin'
  | 'customers:read'
  | 'customers:write'
  | 'customers:sensitive'
  | 'customers:export'
  | 'customers:approve-export'
  | 'customers:grade'
  | 'customers:approve-grading'
  | 'sla:read'
  | 'sla:manage'
  | 'sla:escalations-1'
  | 'sla:escalations-2'
  | 'sla:escalations-3'
  | 'tickets:read'
  | 'tickets:write'
  | 'tickets:dispatch'
  | 'tickets:field-work'
  | 'tickets:review-daily'
  | 'tickets:review-monthly'
  | 'notifications:read';

/** One permission, or a list of which any one is enough. */
export type PermissionRule = Permission | readonly Permission[];

/** The escalation levels' permissions: 1 Supervisors, 2 Managers, 3 Executives. */
export const escalationPermissions = ['sla:escalations-1', 'sla:escalations-2', 'sla:escalations-3'] as const;

/** The daily sign-off (Supervisors) and the monthly review (Managers). */
export const reviewPermissions = ['tickets:review-daily', 'tickets:review-monthly'] as const;

export function hasPermission(user: Pick<CurrentUser, 'permissions'>, rule: PermissionRule): boolean {
  const wanted: readonly Permission[] = typeof rule === 'string' ? [rule] : rule;
  return wanted.some((permission) => user.permissions.includes(permission));
}
