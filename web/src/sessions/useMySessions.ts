import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import type { MySession } from '../api/types';

const mySessionsKey = ['me', 'sessions'] as const;

/** Where the signed-in person is signed in, the latest used first. */
export function useMySessions() {
  return useQuery({
    queryKey: mySessionsKey,
    queryFn: () => unwrap<MySession[]>(api.GET('/api/v1/me/sessions')),
  });
}

export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => refreshBehind(queryClient, mySessionsKey),
  });
}

/** Ends every session but the one on this page. */
export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/sessions')),
    onSuccess: () => refreshBehind(queryClient, mySessionsKey),
  });
}
