import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { usePaged } from '../shared/usePaged';
import type { EquipmentQuery, EquipmentStatus, MoveIn, MoveOut } from './types';

export const facilitiesKey = ['facilities'] as const;
const pageSize = 50;

export function useSites() {
  return useQuery({ queryKey: [...facilitiesKey, 'sites'], queryFn: () => unwrap(api.GET('/api/v1/facilities/sites')) });
}

export function useSite(id: string) {
  return useQuery({
    queryKey: [...facilitiesKey, 'sites', id],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/sites/{id}', { params: { path: { id } } })),
  });
}

export function useBuilding(id: string) {
  return useQuery({
    queryKey: [...facilitiesKey, 'buildings', id],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/buildings/{id}', { params: { path: { id } } })),
  });
}

/** A floor's units as a grid; idle until a floor is chosen. */
export function useFloorUnits(buildingId: string, floor: number | undefined) {
  return useQuery({
    queryKey: [...facilitiesKey, 'buildings', buildingId, 'floors', floor],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/buildings/{id}/floors/{floor}/units', { params: { path: { id: buildingId, floor: floor! } } })),
    enabled: floor !== undefined,
  });
}

const unitQuery = (id: string) => ({
  queryKey: [...facilitiesKey, 'units', id],
  queryFn: () => unwrap(api.GET('/api/v1/facilities/units/{id}', { params: { path: { id } } })),
});

export function useUnit(id: string) {
  return useQuery(unitQuery(id));
}

/** Several units at once, each read (and cached) on its own: the few a customer holds. */
export function useUnits(ids: readonly string[]) {
  return useQueries({ queries: ids.map(unitQuery) });
}

/** Units whose full number (3-2-1502) or door number starts with the search; idle while it is empty. */
export function useUnitSearch(search: string) {
  return useQuery({
    queryKey: [...facilitiesKey, 'units', 'search', search],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/units', { params: { query: { search, limit: 20 } } })),
    enabled: search !== '',
  });
}

export function useEquipmentList(filter: EquipmentQuery) {
  return usePaged([...facilitiesKey, 'equipment', 'list', filter], (cursor) =>
    unwrap(api.GET('/api/v1/facilities/equipment', { params: { query: { ...filter, cursor, limit: pageSize } } })),
  );
}

export function useEquipment(id: string) {
  return useQuery({
    queryKey: [...facilitiesKey, 'equipment', id],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/equipment/{id}', { params: { path: { id } } })),
  });
}

export function useChangeEquipmentStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { status: EquipmentStatus; reason?: string }) =>
      unwrap(api.POST('/api/v1/facilities/equipment/{id}/status', { params: { path: { id } }, body: change })),
    onSuccess: () => refreshBehind(queryClient, facilitiesKey),
  });
}

export function useMoveIn(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveIn) => unwrap(api.POST('/api/v1/facilities/units/{id}/occupancy', { params: { path: { id: unitId } }, body })),
    onSuccess: () => refreshBehind(queryClient, facilitiesKey),
  });
}

export function useMoveOut(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveOut) => unwrap(api.POST('/api/v1/facilities/units/{id}/move-out', { params: { path: { id: unitId } }, body })),
    onSuccess: () => refreshBehind(queryClient, facilitiesKey),
  });
}
