import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import type { NewStaff, Staff } from '../api/types';
import { staffKey } from './useStaffList';

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staff: NewStaff) => unwrap(api.POST('/api/v1/staff', { body: staff })),
    onSuccess: () => refreshBehind(queryClient, staffKey),
  });
}

/** Deactivates an active staff member, or activates an inactive one. */
export function useToggleStaffActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: Pick<Staff, 'id' | 'active'>) => {
      const params = { params: { path: { id } } };
      return unwrap(
        active
          ? api.POST('/api/v1/staff/{id}/deactivate', params)
          : api.POST('/api/v1/staff/{id}/activate', params),
      );
    },
    onSuccess: () => refreshBehind(queryClient, staffKey),
  });
}

/** Gives a staff member a temporary password (their sessions end; they change it at their next sign-in). */
export function useResetStaffPassword() {
  return useMutation({
    mutationFn: ({ id, temporaryPassword }: { id: string; temporaryPassword: string }) =>
      unwrap(api.POST('/api/v1/staff/{id}/password-reset', { params: { path: { id } }, body: { temporaryPassword } })),
  });
}

export interface StaffContact {
  email: string;
  mobile: string;
}

/** Sets where a staff member's e-mail and text notifications go; an empty value removes that address. */
export function useChangeStaffContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: StaffContact & { id: string }) => unwrap(api.PUT('/api/v1/staff/{id}/contact', { params: { path: { id } }, body })),
    onSuccess: () => refreshBehind(queryClient, staffKey),
  });
}
