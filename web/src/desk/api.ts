import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { useCurrentUser } from '../auth/useCurrentUser';
import { hasPermission } from '../auth/permissions';
import { usePushRefresh } from '../realtime/pushBus';
import { type NewHandover, type NewRoster, openTicketStatuses } from './types';

export const deskKey = ['desk'] as const;

/** A team's roster for the week from `weekOf` (a Monday); idle until a team is chosen. */
export function useRoster(teamId: string | undefined, weekOf: string) {
  return useQuery({
    queryKey: [...deskKey, 'roster', teamId, weekOf],
    enabled: !!teamId,
    queryFn: () => unwrap(api.GET('/api/v1/duty/roster', { params: { query: { teamId: teamId!, weekOf } } })),
  });
}

export function useSetRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRoster) => unwrap(api.PUT('/api/v1/duty/roster', { body })),
    onSuccess: () => refreshBehind(queryClient, deskKey),
  });
}

/** The handovers waiting for the caller's shift to sign them. */
export function useHandoversToMe() {
  return useQuery({
    queryKey: [...deskKey, 'handovers', 'to-me'],
    queryFn: () => unwrap(api.GET('/api/v1/handovers/to-me')),
  });
}

/** The handovers the next shift has not signed, for the Supervisor. */
export function useUnsignedHandovers() {
  return useQuery({
    queryKey: [...deskKey, 'handovers', 'unsigned'],
    queryFn: () => unwrap(api.GET('/api/v1/handovers', { params: { query: { signed: false } } })),
  });
}

export function useRecordHandover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHandover) => unwrap(api.POST('/api/v1/handovers', { body })),
    onSuccess: () => refreshBehind(queryClient, deskKey),
  });
}

export function useAcceptHandover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/handovers/{id}/accept', { params: { path: { id } } })),
    onSuccess: () => refreshBehind(queryClient, deskKey),
  });
}

/** Open tickets a shift may carry over. */
export function useOpenTickets() {
  return useQuery({
    queryKey: [...deskKey, 'open-tickets'],
    queryFn: () => unwrap(api.GET('/api/v1/tickets', { params: { query: { status: [...openTicketStatuses], limit: 200 } } })),
    select: (page) => page.items,
  });
}

const pagePoll = 30_000;

/** The emergencies the signed-in person was paged for lately, asked again as soon as a page about a ticket is pushed; only of those who may see the roster. */
export function useMyEmergencyPages() {
  const user = useCurrentUser().data;
  usePushRefresh('ticket', [...deskKey, 'pages']);
  return useQuery({
    queryKey: [...deskKey, 'pages'],
    enabled: !!user && hasPermission(user, 'desk:read'),
    refetchInterval: pagePoll,
    queryFn: () => unwrap(api.GET('/api/v1/duty/pages')),
  });
}
