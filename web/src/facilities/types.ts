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

export type Checklist = Schemas['ChecklistResponse'];
export type ChecklistItem = Schemas['ChecklistItem'];
export type NewChecklist = Schemas['CreateChecklist'];
export type RoundSummary = Schemas['RoundSummary'];
export type Round = Schemas['RoundResponse'];
export type RoundItem = Schemas['RoundItemResponse'];
export type RoundItemRecord = Schemas['RecordRoundItem'];
export type RoundPhoto = Schemas['RoundPhotoResponse'];
export type ItemResult = Schemas['ItemResult'];
export type Outage = Schemas['OutageResponse'];
export type OutageDetails = Schemas['OutageDetails'];
export type NewOutage = Schemas['CreateOutage'];
export type ActiveNotice = Schemas['ActiveNotice'];
export type MaintenancePlan = Schemas['MaintenancePlanResponse'];
export type NewMaintenancePlan = Schemas['CreateMaintenancePlan'];
export type Recurrence = Schemas['Recurrence'];

export const checklistItemKinds = vocabulary<Schemas['ChecklistItemKind']>()(['PassFail', 'Reading']);
export const checklistTargets = vocabulary<Schemas['ChecklistTarget']>()(['None', 'VacantUnits', 'PublicAreas']);
export const repairCategories = vocabulary<Schemas['RepairCategory']>()(['Plumbing', 'Electrical', 'Hvac', 'Lift', 'Gas', 'Cleaning', 'Security', 'Greening', 'Appliance', 'Other']);
export const roundStatuses = vocabulary<Schemas['RoundStatus']>()(['Open', 'Completed']);
export const outageKinds = vocabulary<Schemas['OutageKind']>()(['PowerCut', 'WaterCut', 'BurstPipe', 'GasLeak', 'Fire', 'LiftEntrapment', 'Other']);
export const recurrences = vocabulary<Recurrence>()(['Weekly', 'Monthly', 'Quarterly', 'Annual']);

export type SentNotice = Schemas['NoticeResponse'];
export type NoticeDelivery = Schemas['DeliveryResponse'];
export type NoticeLetters = Schemas['NoticeLettersResponse'];
export type NoticeLetter = Schemas['LetterResponse'];
export type NewNotice = Schemas['SendNotice'];
export type NoticeKind = Schemas['NoticeKind'];
export const noticeKinds = vocabulary<NoticeKind>()(['Announcement', 'Notice', 'Rectification', 'FeeNotice', 'Outage']);
/** The kinds a person sends; outages send their own. */
export const sendableNoticeKinds = noticeKinds.filter((kind) => kind !== 'Outage');
export const noticeChannels = vocabulary<Schemas['NoticeChannel']>()(['Posting', 'Sms', 'Letter']);
