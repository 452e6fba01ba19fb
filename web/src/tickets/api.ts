import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import type { SlaPolicyQuestion } from '../api/types';
import { unwrapVersioned } from '../shared/versioned';
import { customersKey } from '../customers/api';
import { usePushRefresh } from '../realtime/pushBus';
import { openStatuses, type NewContact, type NewTicket, type TicketQuery } from './types';

export const ticketsKey = ['tickets'] as const;
const pageSize = 50;

/** The tickets matching the query, newest first, a page at a time; fetched again when something about a ticket is pushed. */
export function useTicketList(query: TicketQuery) {
  usePushRefresh('ticket', ticketsKey);
  const list = useInfiniteQuery({
    queryKey: [...ticketsKey, 'list', query],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/tickets', { params: { query: { ...query, cursor: pageParam, limit: pageSize } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return { ...list, tickets: list.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** One ticket and the ETag to send back with a transition. */
export function useTicket(id: string) {
  return useQuery({
    queryKey: [...ticketsKey, id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/tickets/{id}', { params: { path: { id } } })),
  });
}

export function useTicketContacts(id: string) {
  return useQuery({
    queryKey: [...ticketsKey, id, 'contacts'],
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/contacts', { params: { path: { id } } })),
    select: (response) => response.items,
  });
}

export function useTicketTimeline(id: string) {
  return useQuery({
    queryKey: [...ticketsKey, id, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/timeline', { params: { path: { id } } })),
    select: (response) => response.items,
  });
}

/** A customer's tickets still to be worked on. */
export function useOpenTickets(customerId: string) {
  return useTicketList({ customerId, status: [...openStatuses] });
}

/** Takes in a ticket; the same `idempotencyKey` sent again answers the ticket it first created. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewTicket; idempotencyKey: string }) => {
      const call = api.POST('/api/v1/tickets', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } });
      const replayed = (await call).response.headers.get('Idempotent-Replayed') === 'true';
      return { ticket: await unwrap(call), replayed };
    },
    onSuccess: () => refreshBehind(queryClient, ticketsKey),
  });
}

export function useLogContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewContact) => unwrap(api.POST('/api/v1/tickets/{id}/contacts', { params: { path: { id } }, body })),
    onSuccess: () => refreshBehind(queryClient, ticketsKey),
  });
}

/** Customers whose phone, name or number matches what the agent typed (registering one refreshes the answer). */
export function customerLookup(search: string) {
  return queryOptions({
    queryKey: [...customersKey, 'lookup', search],
    enabled: search !== '',
    queryFn: async () => (await unwrap(api.GET('/api/v1/customers', { params: { query: { search, limit: 5 } } }))).items,
  });
}

/** The policy a new item with these attributes would get, and its due times if it started now. */
export function useSlaPreview(question: SlaPolicyQuestion | undefined) {
  return useQuery({
    queryKey: ['sla', 'preview', question],
    enabled: question !== undefined,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.POST('/api/v1/sla/policies/evaluate', { body: question! })),
  });
}

/** Raises the ticket by hand to a higher escalation level with a reason; the ticket, its timeline and the queues are read again. */
export function useEscalateTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { level: number; reason: string }) => unwrap(api.POST('/api/v1/tickets/{id}/escalate', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...ticketsKey, id] });
      void queryClient.invalidateQueries({ queryKey: ['sla', 'escalations'] });
    },
  });
}
