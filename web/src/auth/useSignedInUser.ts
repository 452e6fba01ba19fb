import type { CurrentUser } from '../api/types';
import { useCurrentUser } from './useCurrentUser';

/** The signed-in user, for components that only render behind RequireAuth. */
export function useSignedInUser(): CurrentUser {
  const { data } = useCurrentUser();
  if (!data) throw new Error('useSignedInUser is for components behind RequireAuth');
  return data;
}
