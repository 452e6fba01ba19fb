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
  | 'customers:approve-grading';

export function hasPermission(user: Pick<CurrentUser, 'permissions'>, permission: Permission): boolean {
  return user.permissions.includes(permission);
}
