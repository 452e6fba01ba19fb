import type { components } from '../api/schema';
import type { CurrentUser } from '../api/types';

/** Every permission the modules declare, from the API's generated types; the server derives a user's from their roles. */
export type Permission = components['schemas']['Permission'];

/** One permission, or a list of which any one is enough. */
export type PermissionRule = Permission | readonly Permission[];

/** The escalation levels' permissions: 1 Supervisors, 2 Managers, 3 Executives. */
export const escalationPermissions = ['sla:escalations-1', 'sla:escalations-2', 'sla:escalations-3'] as const;

/** Who decides deadline extensions: Supervisors a ticket's, Managers a complaint's. */
export const extensionApprovers = ['sla:approve-ticket-extensions', 'sla:approve-complaint-extensions'] as const;

/** The daily sign-off (Supervisors) and the monthly review (Managers). */
export const reviewPermissions = ['tickets:review-daily', 'tickets:review-monthly'] as const;

export function hasPermission(user: Pick<CurrentUser, 'permissions'>, rule: PermissionRule): boolean {
  const wanted: readonly Permission[] = typeof rule === 'string' ? [rule] : rule;
  return wanted.some((permission) => user.permissions.includes(permission));
}
