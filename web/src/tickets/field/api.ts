import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { ticketsKey } from '../api';

type Schemas = components['schemas'];
export type JobSummary = Schemas['JobSummary'];
export type JobDetail = Schemas['JobDetail'];
export type WorkLog = Schemas['WorkLogBody'];
export type SignOff = Schemas['SignOffBody'];
export type JobResolution = Schemas['ResolveJobBody'];
export type Position = Schemas['PositionBody'];

export const jobsKey = ['me', 'jobs'] as const;

/** The caller's open jobs, soonest appointment or due time first. */
export function useMyJobs() {
  return useQuery({
    queryKey: jobsKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/jobs')),
    select: (response) => response.items,
  });
}

/** One of the caller's jobs with its visits, work logs, photos and sign-offs. */
export function useMyJob(id: string) {
  return useQuery({
    queryKey: [...jobsKey, id],
    queryFn: () => unwrap(api.GET('/api/v1/me/jobs/{id}', { params: { path: { id } } })),
  });
}

/** A step of the job's field work; the job, the list and the ticket views are read again after it, refused or not. */
function useJobStep<Body>(send: (params: { path: { id: string } }, body: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => unwrap(send({ path: { id } }, body)),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: jobsKey }), queryClient.invalidateQueries({ queryKey: ticketsKey })]),
  });
}

export const useCheckIn = (id: string) => useJobStep((params, body: Position) => api.POST('/api/v1/me/jobs/{id}/check-in', { params, body }), id);
export const useCheckOut = (id: string) => useJobStep((params) => api.POST('/api/v1/me/jobs/{id}/check-out', { params }), id);
export const useLogWork = (id: string) => useJobStep((params, body: WorkLog) => api.POST('/api/v1/me/jobs/{id}/work-log', { params, body }), id);
export const useSignOff = (id: string) => useJobStep((params, body: SignOff) => api.POST('/api/v1/me/jobs/{id}/sign-off', { params, body }), id);
export const useResolveJob = (id: string) => useJobStep((params, body: JobResolution) => api.POST('/api/v1/me/jobs/{id}/resolve', { params, body }), id);
export const useHandBack = (id: string) => useJobStep((params, reason: string) => api.POST('/api/v1/tickets/{id}/hand-back', { params, body: { reason } }), id);
