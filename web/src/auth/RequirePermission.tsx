import type { ReactNode } from 'react';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { hasPermission, type PermissionRule } from './permissions';
import { useSignedInUser } from './useSignedInUser';

interface Props {
  permission?: PermissionRule;
  children: ReactNode;
}

/** Shows the page only to users with the permission; others get the 403 page. */
export function RequirePermission({ permission, children }: Props) {
  const user = useSignedInUser();
  if (permission && !hasPermission(user, permission)) return <ForbiddenPage />;
  return children;
}
