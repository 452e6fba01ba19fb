import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { download, upload } from '../api/files';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import type { CustomerForm, CustomerQuery, NewExport, ScoreForm } from './types';
import { usePaged } from '../shared/usePaged';
import { unwrapVersioned } from '../shared/versioned';

export const customersKey = ['customers'] as const;
const pageSize = 50;

/** The customers matching the filter, a page at a time. */
export function useCustomerList(filter: CustomerQuery) {
  return usePaged([...customersKey, 'list', filter], (cursor) =>
    unwrap(api.GET('/api/v1/customers', { params: { query: { ...filter, cursor, limit: pageSize } } })),
  );
}

/** One customer and the ETag to send back with changes. */
export function useCustomer(id: string) {
  return useQuery({
    queryKey: [...customersKey, id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });
}

export function useCustomerHistory(id: string) {
  return useQuery({
    queryKey: [...customersKey, id, 'history'],
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}/history', { params: { path: { id } } })),
  });
}

export function useCustomerDocuments(id: string) {
  return useQuery({
    queryKey: [...customersKey, id, 'documents'],
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}/documents', { params: { path: { id } } })),
  });
}

const accessLogKey = [...customersKey, 'access-log'] as const;

/** Who saw whose full ID number or bank account, newest first: of one customer, or of all without an id. */
export function useAccessLog(customerId?: string) {
  return usePaged([...accessLogKey, customerId ?? 'all'], (cursor) =>
    unwrap(api.GET('/api/v1/customers/sensitive-access', { params: { query: { customerId, cursor, limit: pageSize } } })),
  );
}

/** Saves the form: a new customer, or changes to `existing` (sent with its ETag). */
export function useSaveCustomer(existing?: { id: string; etag: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: CustomerForm) =>
      existing
        ? unwrap(api.PUT('/api/v1/customers/{id}', { params: { path: { id: existing.id } }, body: form, headers: { 'If-Match': existing.etag } }))
        : unwrap(api.POST('/api/v1/customers', { body: form })),
    onSuccess: () => refreshBehind(queryClient, customersKey),
  });
}

export function useArchiveCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archive: boolean) =>
      unwrap(
        archive
          ? api.POST('/api/v1/customers/{id}/archive', { params: { path: { id } } })
          : api.POST('/api/v1/customers/{id}/restore', { params: { path: { id } } }),
      ),
    onSuccess: () => refreshBehind(queryClient, customersKey),
  });
}

export function useRevealSensitive(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/customers/{id}/sensitive', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => refreshBehind(queryClient, accessLogKey),
  });
}

/** Records an organisation's four grading scores (0–25 each) and their evidence. */
export function useScoreCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoreForm) => unwrapVersioned(api.PUT('/api/v1/customers/{id}/score', { params: { path: { id } }, body })),
    onSuccess: (scored) => {
      queryClient.setQueryData([...customersKey, id], scored);
      refreshBehind(queryClient, customersKey);
    },
  });
}

export function useGradingRuns() {
  return useQuery({ queryKey: [...customersKey, 'grading-runs'], queryFn: () => unwrap(api.GET('/api/v1/customers/grading-runs')) });
}

export function useGradingRun(id: string | undefined) {
  return useQuery({
    queryKey: [...customersKey, 'grading-runs', id],
    enabled: id !== undefined,
    queryFn: () => unwrap(api.GET('/api/v1/customers/grading-runs/{id}', { params: { path: { id: id! } } })),
  });
}

export function useGradingActions() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshBehind(queryClient, customersKey);
  return {
    start: useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/customers/grading-runs')), onSuccess }),
    approve: useMutation({
      mutationFn: (id: string) => unwrap(api.POST('/api/v1/customers/grading-runs/{id}/approve', { params: { path: { id } } })),
      onSuccess,
    }),
  };
}

export function useExports() {
  return useQuery({ queryKey: [...customersKey, 'exports'], queryFn: () => unwrap(api.GET('/api/v1/customers/exports')) });
}

export function useExportActions() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshBehind(queryClient, [...customersKey, 'exports']);
  return {
    request: useMutation({ mutationFn: (body: NewExport) => unwrap(api.POST('/api/v1/customers/exports', { body })), onSuccess }),
    approve: useMutation({
      mutationFn: (id: string) => unwrap(api.POST('/api/v1/customers/exports/{id}/approve', { params: { path: { id } } })),
      onSuccess,
    }),
    download: useMutation({ mutationFn: (id: string) => download(`/api/v1/customers/exports/${id}/download`), onSuccess }),
  };
}

/** Uploads a document into the customer's file (multipart: `file` and `kind`). */
export function useUploadDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: string }) => {
      const body = new FormData();
      body.append('file', file);
      body.append('kind', kind);
      await upload(`/api/v1/customers/${id}/documents`, body);
    },
    onSuccess: () => refreshBehind(queryClient, [...customersKey, id, 'documents']),
  });
}
