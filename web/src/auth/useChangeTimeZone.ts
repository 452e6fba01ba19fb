import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { CurrentUser, TimeZonePick } from '../api/types';
import { currentUserKey } from './useCurrentUser';

/** Picks the zone the signed-in person reads times in (null: the desk's); the signed-in user carries it at once. */
export function useChangeTimeZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pick: TimeZonePick) => unwrap(api.PUT('/api/v1/me/time-zone', { body: pick })),
    onSuccess: ({ timeZone, deskTimeZone }) =>
      queryClient.setQueryData<CurrentUser>(currentUserKey, (user) => (user ? { ...user, timeZone, deskTimeZone } : user)),
  });
}
