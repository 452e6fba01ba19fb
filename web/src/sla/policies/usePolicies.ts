import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { refreshBehind } from '../../api/refreshBehind';
import type { SlaPolicy, SlaPolicyFields, SlaPolicyQuestion } from '../../api/types';
import { unwrapVersioned } from '../../shared/versioned';
import { useSaveVersioned } from '../../shared/useSaveVersioned';

export const policiesKey = ['sla', 'policies'] as const;

/** The policies in the order they are tried; the retired ones too when asked. */
export function usePolicies(includeRetired: boolean) {
  return useQuery({
    queryKey: [...policiesKey, 'list', includeRetired],
    queryFn: () => unwrap(api.GET('/api/v1/sla/policies', { params: { query: { includeRetired } } })),
    select: (response) => response.items,
  });
}

/** One policy with its ETag, read afresh for editing. */
export function usePolicy(id: string | undefined) {
  return useQuery({
    queryKey: [...policiesKey, 'one', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/sla/policies/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

export function useSavePolicy() {
  return useSaveVersioned<SlaPolicyFields, SlaPolicy>(policiesKey, {
    create: (body) => unwrap(api.POST('/api/v1/sla/policies', { body })),
    update: (id, etag, body) =>
      unwrap(api.PUT('/api/v1/sla/policies/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body })),
  });
}

export function useRetirePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/sla/policies/{id}/retire', { params: { path: { id } } })),
    onSuccess: () => refreshBehind(queryClient, policiesKey),
  });
}

/** Sends the active policies' new order; the list shows it at once and goes back if the server refuses. */
export function useReorderPolicies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyIds: string[]) => unwrap(api.POST('/api/v1/sla/policies/reorder', { body: { policyIds } })),
    onMutate: async (policyIds) => {
      await queryClient.cancelQueries({ queryKey: policiesKey });
      const lists = queryClient.getQueriesData<PolicyList>({ queryKey: [...policiesKey, 'list'] });
      for (const [key, list] of lists) if (list) queryClient.setQueryData(key, { items: inOrder(list.items, policyIds) });
      return { lists };
    },
    onError: (_error, _ids, context) => context?.lists.forEach(([key, list]) => queryClient.setQueryData(key, list)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: policiesKey }),
  });
}

interface PolicyList {
  items: SlaPolicy[];
}

/** The active policies in the order of `policyIds`, then the retired ones. */
function inOrder(policies: SlaPolicy[], policyIds: string[]): SlaPolicy[] {
  const position = (policy: SlaPolicy) => (policy.retired ? policyIds.length : policyIds.indexOf(policy.id));
  return policies.toSorted((a, b) => position(a) - position(b));
}

/** "Which policy would apply?" to an item with these attributes, and its due times if it started now. */
export function useEvaluatePolicy() {
  return useMutation({
    mutationFn: (question: SlaPolicyQuestion) =>
      unwrap(api.POST('/api/v1/sla/policies/evaluate', { body: question })),
  });
}
