import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { refreshBehind } from '../../api/refreshBehind';
import type { SlaCalendar, SlaCalendarFields } from '../../api/types';
import { unwrapVersioned } from '../../shared/versioned';
import { useSaveVersioned } from '../../shared/useSaveVersioned';

export const calendarsKey = ['sla', 'calendars'] as const;

/** The business calendars, by name (policies without one run 7×24). */
export function useCalendars() {
  return useQuery({
    queryKey: [...calendarsKey, 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/sla/calendars')),
    select: (response) => response.items,
  });
}

/** One calendar with its ETag, read afresh for editing. */
export function useCalendar(id: string | undefined) {
  return useQuery({
    queryKey: [...calendarsKey, 'one', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/sla/calendars/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

export function useSaveCalendar() {
  return useSaveVersioned<SlaCalendarFields, SlaCalendar>(calendarsKey, {
    create: (body) => unwrap(api.POST('/api/v1/sla/calendars', { body })),
    update: (id, etag, body) => unwrap(api.PUT('/api/v1/sla/calendars/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body })),
  });
}

/** Adds the holidays and make-up working days of an iCalendar text to a calendar. */
export function useImportCalendarDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ics }: { id: string; ics: string }) =>
      unwrap(api.POST('/api/v1/sla/calendars/{id}/import', { params: { path: { id } }, body: { ics } })),
    onSuccess: () => refreshBehind(queryClient, calendarsKey),
  });
}
