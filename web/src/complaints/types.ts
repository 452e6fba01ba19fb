// The generated schema's complaint types under the names the complaint pages use, and the vocabularies
// the API accepts (PRODUCT.md §3).
import type { components, paths } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Complaint = Schemas['ComplaintResponse'];
export type NewComplaint = Schemas['RegisterComplaint'];
export type ComplaintAction = Schemas['ComplaintAction'];
export type ComplaintStatus = Schemas['ComplaintStatus'];
export type ComplaintSeverity = Schemas['ComplaintSeverity'];
export type ComplaintValidity = Schemas['ComplaintValidity'];
export type RootCause = Schemas['RootCause'];
export type ComplaintQuery = NonNullable<paths['/api/v1/complaints']['get']['parameters']['query']>;

/** An open complaint of the same customer and category, as a 409 `open_complaint_exists` lists them. */
export interface OpenComplaint {
  id: string;
  number: string;
  status: ComplaintStatus;
  severity: ComplaintSeverity;
  createdAt: string;
}

export const channels = vocabulary<Schemas['ComplaintChannel']>()(['Phone', 'WalkIn', 'Letter', 'Online', 'App', 'Api', 'Internal']);

export const sources = vocabulary<Schemas['ComplaintSource']>()(['Direct', 'Transferred', 'Hotline', 'Media', 'Online']);

export const categories = vocabulary<Schemas['ComplaintCategory']>()(
  ['Service', 'Fees', 'Funds', 'Maintenance', 'StaffConduct', 'Security', 'Cleaning', 'Greening', 'Facilities', 'Parking', 'Other'],
);

export const targetKinds = vocabulary<Schemas['ComplaintTargetKind']>()(['Department', 'Staff', 'Contractor', 'Product', 'Facility']);

export const severities = vocabulary<ComplaintSeverity>()(['General', 'Important', 'Major']);

export const statuses = vocabulary<ComplaintStatus>()(
  ['Registered', 'Investigated', 'RemedyProposed', 'RemedyDecided', 'CarriedOut', 'Resolved', 'Closed', 'Reopened'],
);

export const validities = vocabulary<Schemas['ComplaintValidity']>()(['Undetermined', 'Effective', 'HelpSeeking', 'Enquiry']);

/** S0 投诉性质 as it is determined at investigation (Undetermined is only the state before). */
export const determinedValidities = ['Effective', 'HelpSeeking', 'Enquiry'] as const satisfies readonly Schemas['ComplaintValidity'][];

export const rootCauses = vocabulary<Schemas['RootCause']>()([
  'StaffAttitude', 'ServiceDelay', 'WorkmanshipDefect', 'BillingError', 'FacilityFault',
  'ContractorFault', 'Miscommunication', 'UnreasonableExpectation', 'ThirdParty', 'Other',
]);

export type ComplaintTimelineItem = Schemas['ComplaintTimelineItem'];

/** The roles that own complaints: general → Supervisor, important → Manager, major → Executive. */
export const ownerRoles = ['Supervisor', 'Manager', 'Executive'] as const satisfies readonly NonNullable<ComplaintQuery['ownerRole']>[];
