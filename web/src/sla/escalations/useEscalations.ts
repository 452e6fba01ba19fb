import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { SlaEscalation } from '../../api/types';
import { usePushRefresh } from '../../realtime/pushBus';

const escalationsKey = ['sla', 'escalations'] as const;
const refreshEvery = 30_000;

/** The open escalations of the caller's level, oldest first, refreshed every 30 seconds and when a ticket or complaint is pushed. */
export function useEscalations() {
  usePushRefresh('ticket', escalationsKey);
  usePushRefresh('complaint', escalationsKey);
  return useQuery({
    queryKey: escalationsKey,
    queryFn: () => unwrap(api.GET('/api/v1/sla/escalations')),
    select: (response) => response.items,
    refetchInterval: refreshEvery,
  });
}

/** Takes up an escalation: it leaves the queue at once, and comes back if the server refuses. */
export function useAcknowledgeEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/sla/escalations/{id}/acknowledge', { params: { path: { id } } })),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: escalationsKey });
      const before = queryClient.getQueryData<{ items: SlaEscalation[] }>(escalationsKey);
      if (before) queryClient.setQueryData(escalationsKey, { items: before.items.filter((escalation) => escalation.id !== id) });
      return { before };
    },
    onError: (_error, _id, context) => queryClient.setQueryData(escalationsKey, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: escalationsKey }),
  });
}
