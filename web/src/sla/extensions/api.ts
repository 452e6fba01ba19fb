import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { usePushRefresh } from '../../realtime/pushBus';

export type Extension = components['schemas']['ExtensionResponse'];

/** The kinds of case whose resolution deadline can be extended, as their routes name them. */
export type ExtendableCase = 'tickets' | 'complaints';

const extensionsKey = ['sla', 'extensions'] as const;
const caseKey = (kind: ExtendableCase, id: string) => [...extensionsKey, kind, id] as const;

/** A case's extension requests and their decisions, oldest first. */
export function useCaseExtensions(kind: ExtendableCase, id: string) {
  return useQuery({
    queryKey: caseKey(kind, id),
    queryFn: () =>
      unwrap(
        kind === 'tickets'
          ? api.GET('/api/v1/tickets/{id}/extensions', { params: { path: { id } } })
          : api.GET('/api/v1/complaints/{id}/extensions', { params: { path: { id } } }),
      ),
    select: (response) => response.items,
  });
}

/** The requests waiting for the caller's decision (Supervisors: tickets; Managers: complaints too), refreshed when a case is pushed. */
export function useWaitingExtensions() {
  usePushRefresh('ticket', extensionsKey);
  usePushRefresh('complaint', extensionsKey);
  return useQuery({
    queryKey: [...extensionsKey, 'waiting'],
    queryFn: () => unwrap(api.GET('/api/v1/sla/extensions')),
    select: (response) => response.items,
  });
}

/** Asks to move a case's resolution deadline; the case and its extensions are read again. */
export function useRequestExtension(kind: ExtendableCase, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; newDueAt: string }) =>
      unwrap(
        kind === 'tickets'
          ? api.POST('/api/v1/tickets/{id}/extensions', { params: { path: { id } }, body })
          : api.POST('/api/v1/complaints/{id}/extensions', { params: { path: { id } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(kind, id) }),
  });
}

/** Approves or refuses a request once; an approval moves the case's deadline, so the case is read again too. */
export function useDecideExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ extension, approve, note }: { extension: Extension; approve: boolean; note?: string }) => {
      const params = { path: { id: extension.itemId, extensionId: extension.id } };
      const body = { note: note ?? null };
      if (extension.itemType === 'Ticket') {
        return unwrap(
          approve
            ? api.POST('/api/v1/tickets/{id}/extensions/{extensionId}/approve', { params, body })
            : api.POST('/api/v1/tickets/{id}/extensions/{extensionId}/refuse', { params, body }),
        );
      }
      return unwrap(
        approve
          ? api.POST('/api/v1/complaints/{id}/extensions/{extensionId}/approve', { params, body })
          : api.POST('/api/v1/complaints/{id}/extensions/{extensionId}/refuse', { params, body }),
      );
    },
    onSuccess: (_decided, { extension }) => {
      void queryClient.invalidateQueries({ queryKey: extensionsKey });
      void queryClient.invalidateQueries({ queryKey: [extension.itemType === 'Ticket' ? 'tickets' : 'complaints'] });
    },
  });
}
