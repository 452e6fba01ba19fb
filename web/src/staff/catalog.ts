import type { StaffRole } from '../api/types';
import { vocabulary } from '../shared/vocabulary';

/** The roles a staff member can hold, in the order of the product's org chart. */
export const roleNames = vocabulary<StaffRole>()(['Agent', 'Technician', 'Supervisor', 'Manager', 'Executive', 'Admin']);

/** The repair categories a technician can be skilled in. */
export const skillNames = [
  'plumbing',
  'electrical',
  'hvac',
  'lift',
  'gas',
  'cleaning',
  'security',
  'greening',
  'appliance',
  'other',
  'liftentrapment',
  'gasleak',
  'burstpipe',
  'fire',
  'buildingpowercut',
] as const;
