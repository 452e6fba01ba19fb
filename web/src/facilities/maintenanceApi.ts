import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { facilitiesKey } from './api';
import type { NewMaintenancePlan } from './types';

const plansKey = [...facilitiesKey, 'maintenance-plans'] as const;

export function useMaintenancePlans() {
  return useQuery({ queryKey: plansKey, queryFn: () => unwrap(api.GET('/api/v1/facilities/maintenance-plans')) });
}

export function useCreateMaintenancePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMaintenancePlan) => unwrap(api.POST('/api/v1/facilities/maintenance-plans', { body })),
    onSuccess: () => refreshBehind(queryClient, plansKey),
  });
}
