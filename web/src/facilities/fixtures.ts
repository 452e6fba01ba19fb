import type { CurrentUser } from '../api/types';
import { customerAgent } from '../customers/fixtures';
import type { BuildingWithFloors, Equipment, FloorUnit, Unit } from './types';

/** The front desk: reads the tree and customers, records moves in and out. */
export const frontDesk: CurrentUser = { ...customerAgent, permissions: [...customerAgent.permissions, 'facilities:read', 'facilities:occupancy'] };

/** A technician: reads the tree and reports equipment up or down. */
export const fieldTechnician: CurrentUser = { ...customerAgent, roles: ['Technician'], permissions: ['facilities:read', 'facilities:operate', 'facilities:rounds'] };

export const siteId = '0190e000-0000-7000-8000-000000000001';

export const building: BuildingWithFloors = {
  id: '0190e000-0000-7000-8000-000000000010',
  siteId,
  siteName: '翠湖花园',
  code: '3',
  name: '3栋',
  floors: 18,
  floorSummaries: [
    { floor: 15, units: 2, vacant: 1 },
    { floor: 3, units: 1, vacant: 1 },
  ],
  createdAt: '2026-03-01T02:30:00Z',
  updatedAt: '2026-03-01T02:30:00Z',
};

export function floorUnit(overrides: Partial<FloorUnit> = {}): FloorUnit {
  return {
    id: '0190e000-0000-7000-8000-000000001501',
    entrance: '2',
    number: '1501',
    fullNumber: '3-2-1501',
    vacant: true,
    occupants: [],
    equipmentDown: [],
    ...overrides,
  };
}

export function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: '0190e000-0000-7000-8000-000000001502',
    siteId,
    buildingId: building.id,
    entrance: '2',
    floor: 15,
    number: '1502',
    fullNumber: '3-2-1502',
    label: '翠湖花园 3栋 2单元 1502',
    areaSquareMetres: 89.5,
    vacant: true,
    occupants: [],
    history: [],
    equipmentDown: [],
    createdAt: '2026-03-01T02:30:00Z',
    updatedAt: '2026-03-01T02:30:00Z',
    ...overrides,
  };
}

export function equipment(overrides: Partial<Equipment> = {}): Equipment {
  return {
    id: '0190e000-0000-7000-8000-000000009001',
    name: '3栋1单元电梯',
    type: 'Lift',
    siteId,
    buildingId: building.id,
    areaId: null,
    unitId: null,
    contractor: '奥的斯电梯维保',
    certificateNumber: 'TS3113010',
    certificateExpiresAt: '2027-09-01T00:00:00Z',
    status: 'Up',
    createdAt: '2026-03-01T02:30:00Z',
    updatedAt: '2026-03-01T02:30:00Z',
    ...overrides,
  };
}

/** An instant `days` from now, as the API writes it. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}
