import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import type { ParkedMessage } from '../api/types';

const parkedKey = ['system', 'outbox', 'parked'] as const;

/** Integration events the outbox gave up on after repeated delivery failures. */
export function useParkedMessages() {
  return useQuery({
    queryKey: parkedKey,
    queryFn: () => unwrap(api.GET('/api/v1/system/outbox/parked')),
    select: (response) => response.items,
  });
}

/** Puts a parked event back in the queue, once whatever made it fail has been fixed. */
export function useRetryParkedMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ module, id }: Pick<ParkedMessage, 'module' | 'id'>) =>
      unwrap(api.POST('/api/v1/system/outbox/parked/{module}/{id}/retry', { params: { path: { module, id } } })),
    onSuccess: () => refreshBehind(queryClient, parkedKey),
  });
}
