// The generated schema's facilities types under the names the facilities pages use.
import type { components, paths } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Site = Schemas['SiteResponse'];
export type SiteWithBuildings = Schemas['SiteWithBuildingsResponse'];
export type Building = Schemas['BuildingResponse'];
export type BuildingWithFloors = Schemas['BuildingWithFloorsResponse'];
export type FloorSummary = Schemas['FloorSummary'];
export type FloorUnit = Schemas['FloorUnitResponse'];
export type Unit = Schemas['UnitResponse'];
export type Occupancy = Schemas['OccupancyResponse'];
export type DownEquipment = Schemas['DownEquipmentResponse'];
export type Equipment = Schemas['EquipmentResponse'];
export type EquipmentWithDowntimes = Schemas['EquipmentWithDowntimesResponse'];
export type Downtime = Schemas['DowntimeResponse'];
export type EquipmentStatus = Schemas['EquipmentStatus'];
export type OccupancyRole = Schemas['OccupancyRole'];
export type MoveIn = Schemas['SetOccupancy'];
export type MoveOut = Schemas['MoveOut'];
export type EquipmentQuery = NonNullable<paths['/api/v1/facilities/equipment']['get']['parameters']['query']>;

export const equipmentTypes = vocabulary<Schemas['EquipmentType']>()(['Lift', 'Boiler', 'Pump', 'Transformer', 'FireSystem', 'Cctv', 'Gate', 'Other']);
export const equipmentStatuses = vocabulary<EquipmentStatus>()(['Up', 'Down']);
export const occupancyRoles = vocabulary<OccupancyRole>()(['Owner', 'Occupant']);

/** How a unit shows on a floor's grid: an outage affecting it outranks who holds it. */
export type UnitState = 'vacant' | 'occupied' | 'affected';
