import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { ticketsKey } from '../api';

type Schemas = components['schemas'];
export type BoardTicket = Schemas['BoardTicket'];
export type TechnicianLoad = Schemas['TechnicianLoad'];
export type AssigneeSuggestion = Schemas['AssigneeSuggestion'];

const boardKey = [...ticketsKey, 'dispatch-board'] as const;

/** Open tickets waiting for a technician, most pressing first, and the technicians with their load. */
export function useDispatchBoard() {
  return useQuery({
    queryKey: boardKey,
    queryFn: () => unwrap(api.GET('/api/v1/tickets/dispatch-board')),
  });
}

/** The technicians to dispatch a ticket to, best first, while `enabled` (the dialog is open). */
export function useAssigneeSuggestions(ticketId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ticketsKey, ticketId, 'assignment-suggestions'],
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/assignment-suggestions', { params: { path: { id: ticketId } } })),
    select: (response) => response.items,
  });
}

/** Dispatches a ticket to one technician or a crew (加派人力), the lead first; refreshes every ticket view. */
export function useAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketId, technicianIds }: { ticketId: string; technicianIds: string[] }) =>
      unwrap(
        api.POST('/api/v1/tickets/{id}/assign', {
          params: { path: { id: ticketId } },
          body: technicianIds.length === 1 ? { technicianId: technicianIds[0] } : { technicianIds },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketsKey }),
  });
}

/** Sets the appointment window agreed with the customer. */
export function useSchedule(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (window: { from: string; to: string }) =>
      unwrap(api.POST('/api/v1/tickets/{id}/schedule', { params: { path: { id: ticketId } }, body: window })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketsKey }),
  });
}
