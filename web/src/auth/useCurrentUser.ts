import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { CurrentUser } from '../api/types';
import { useSession } from './useSession';

export const currentUserKey = ['auth', 'me'] as const;

/** The signed-in user; only fetched while there is a session. */
export function useCurrentUser() {
  const session = useSession();
  return useQuery({
    queryKey: currentUserKey,
    queryFn: () => unwrap<CurrentUser>(api.GET('/api/v1/auth/me')),
    enabled: session !== null,
    staleTime: 5 * 60_000,
  });
}
