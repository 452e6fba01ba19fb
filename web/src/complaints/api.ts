import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { upload } from '../api/files';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { usePaged } from '../shared/usePaged';
import { unwrapVersioned } from '../shared/versioned';
import type { components } from '../api/schema';
import type { ComplaintQuery, ComplaintSeverity, NewComplaint } from './types';

type Schemas = components['schemas'];

export const complaintsKey = ['complaints'] as const;
const pageSize = 50;

/** The complaints matching the query, newest first, a page at a time. */
export function useComplaintList(query: ComplaintQuery) {
  return usePaged([...complaintsKey, 'list', query], (cursor) =>
    unwrap(api.GET('/api/v1/complaints', { params: { query: { ...query, cursor, limit: pageSize } } })),
  );
}

/** One complaint, with its deadlines, and the ETag to send back with a step. */
export function useComplaint(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })),
  });
}

/**
 * Registers a complaint; the same `idempotencyKey` sent again answers the complaint it first created. `repeat` is true when the
 * intake was the same matter as an open complaint, which is answered instead.
 */
export function useRegisterComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewComplaint; idempotencyKey: string }) => {
      const call = api.POST('/api/v1/complaints', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } });
      const { response } = await call;
      return { complaint: await unwrap(call), repeat: response.status === 200 && body.sameMatterAs != null };
    },
    onSuccess: () => refreshBehind(queryClient, complaintsKey),
  });
}

/** A handling step with what it records, as the API names it in `allowedActions`. */
export type ComplaintStep =
  | { action: 'investigate'; body: Schemas['Investigate'] }
  | { action: 'propose-remedy'; body: Schemas['ProposeRemedy'] }
  | { action: 'decide-remedy'; body: Schemas['DecideRemedy'] }
  | { action: 'carry-out'; body: Schemas['CarryOut'] }
  | { action: 'confirm'; body: Schemas['Confirm'] }
  | { action: 'close' }
  | { action: 'reopen'; body: Schemas['ReopenComplaint'] };

/** Takes a step on the complaint read at `etag` (sent as If-Match); refreshes the complaint either way. */
export function useComplaintStep(id: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: ComplaintStep) => unwrap(sendStep(id, etag, step)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: complaintsKey }),
  });
}

function sendStep(id: string, etag: string, step: ComplaintStep) {
  const params = { path: { id }, header: { 'If-Match': etag } };
  switch (step.action) {
    case 'investigate':
      return api.POST('/api/v1/complaints/{id}/investigate', { params, body: step.body });
    case 'propose-remedy':
      return api.POST('/api/v1/complaints/{id}/propose-remedy', { params, body: step.body });
    case 'decide-remedy':
      return api.POST('/api/v1/complaints/{id}/decide-remedy', { params, body: step.body });
    case 'carry-out':
      return api.POST('/api/v1/complaints/{id}/carry-out', { params, body: step.body });
    case 'confirm':
      return api.POST('/api/v1/complaints/{id}/confirm', { params, body: step.body });
    case 'close':
      return api.POST('/api/v1/complaints/{id}/close', { params });
    case 'reopen':
      return api.POST('/api/v1/complaints/{id}/reopen', { params, body: step.body });
  }
}

/** Raises the complaint's severity with a reason (never below the rule's: 422). */
export function useRaiseSeverity(id: string, etag: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { severity: ComplaintSeverity; reason: string }) =>
      unwrap(api.POST('/api/v1/complaints/{id}/severity', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: complaintsKey }),
  });
}

export function useEvidence(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, id, 'evidence'],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}/evidence', { params: { path: { id } } })),
    select: (response) => response.items,
  });
}

/** Uploads a photo as evidence (multipart `file`). */
export function useAddEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return upload(`/api/v1/complaints/${id}/evidence`, body);
    },
    onSuccess: () => refreshBehind(queryClient, [...complaintsKey, id, 'evidence']),
  });
}

export function useComplaintContacts(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, id, 'contacts'],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}/contacts', { params: { path: { id } } })),
    select: (response) => response.items,
  });
}

/** Logs a contact with the complainant; the first one meets first contact, so the complaint and its timeline are read again. */
export function useLogComplaintContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ContactBody']) => unwrap(api.POST('/api/v1/complaints/{id}/contacts', { params: { path: { id } }, body })),
    onSuccess: () => refreshBehind(queryClient, complaintsKey),
  });
}

export function useComplaintTimeline(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, id, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}/timeline', { params: { path: { id } } })),
    select: (response) => response.items,
  });
}
