import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ticketsKey } from './api';
import type { TicketAction } from './types';

/** The status changes the detail page offers, as the API names them in `allowedActions`. */
export const plainTransitions = ['start', 'resume', 'close'] as const satisfies readonly TicketAction[];
export const reasonTransitions = ['pend', 'cancel', 'reopen'] as const satisfies readonly TicketAction[];
export const transitions = [...plainTransitions, ...reasonTransitions, 'resolve'] as const satisfies readonly TicketAction[];

export type TransitionName = (typeof transitions)[number];

/** A transition with what it needs: a reason (pend, cancel, reopen) or a summary (resolve). */
export type Transition =
  | { action: (typeof plainTransitions)[number] }
  | { action: (typeof reasonTransitions)[number]; reason: string }
  | { action: 'resolve'; summary: string };

/** The transitions that ask for a reason or a summary first. */
export type TextTransitionName = (typeof reasonTransitions)[number] | 'resolve';

export function asksForText(action: TransitionName): action is TextTransitionName {
  return action === 'resolve' || (reasonTransitions as readonly string[]).includes(action);
}

/** The transition with what the user typed: the summary of a resolve, the reason of the others. */
export function withText(action: TextTransitionName, text: string): Transition {
  return action === 'resolve' ? { action, summary: text } : { action, reason: text };
}

/** Moves the ticket read at `etag` (sent as If-Match); refreshes the ticket and its history either way. */
export function useTransition(id: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: Transition) => unwrap(send(id, etag, transition)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketsKey }),
  });
}

function send(id: string, etag: string, transition: Transition) {
  const params = { path: { id }, header: { 'If-Match': etag } };
  switch (transition.action) {
    case 'start':
      return api.POST('/api/v1/tickets/{id}/start', { params });
    case 'resume':
      return api.POST('/api/v1/tickets/{id}/resume', { params });
    case 'close':
      return api.POST('/api/v1/tickets/{id}/close', { params });
    case 'pend':
      return api.POST('/api/v1/tickets/{id}/pend', { params, body: { reason: transition.reason } });
    case 'cancel':
      return api.POST('/api/v1/tickets/{id}/cancel', { params, body: { reason: transition.reason } });
    case 'reopen':
      return api.POST('/api/v1/tickets/{id}/reopen', { params, body: { reason: transition.reason } });
    case 'resolve':
      return api.POST('/api/v1/tickets/{id}/resolve', { params, body: { summary: transition.summary } });
  }
}
