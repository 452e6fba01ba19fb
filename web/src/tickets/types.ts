// The generated schema's ticket types under the names the ticket pages use, and the vocabularies
// the API accepts (PRODUCT.md §2).
import type { components, paths } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Ticket = Schemas['TicketResponse'];
export type NewTicket = Schemas['CreateTicket'];
export type TicketContact = Schemas['ContactResponse'];
export type NewContact = Schemas['ContactBody'];
export type TimelineItem = Schemas['TimelineItem'];
export type TimelineKind = Schemas['TimelineKind'];
export type TicketAction = Schemas['TicketAction'];
export type TicketQuery = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;

/** 咨询 / 客户需求 / 报修. */
export const kinds = vocabulary<Schemas['TicketKind']>()(['Enquiry', 'ServiceRequest', 'Repair']);

/** S0: 来电、来访、来函、其它. */
export const channels = vocabulary<Schemas['IntakeChannel']>()(['Phone', 'WalkIn', 'Letter', 'Online', 'App', 'Api', 'Internal']);

export const categories = vocabulary<Schemas['TicketCategory']>()(
  ['Plumbing', 'Electrical', 'Hvac', 'Lift', 'Gas', 'Cleaning', 'Security', 'Greening', 'Appliance', 'Other', 'LiftEntrapment', 'GasLeak', 'BurstPipe', 'Fire', 'BuildingPowerCut'],
);

export const priorities = vocabulary<Schemas['TicketPriority']>()(['Low', 'Normal', 'High', 'Urgent']);

export const statuses = vocabulary<Schemas['TicketStatus']>()(
  ['New', 'Contacted', 'Assigned', 'Scheduled', 'InProgress', 'Pending', 'Resolved', 'Closed', 'Reopened', 'Cancelled'],
);

/** Work still to do: every status but Resolved, Closed and Cancelled. */
export const openStatuses: readonly Schemas['TicketStatus'][] = ['New', 'Contacted', 'Assigned', 'Scheduled', 'InProgress', 'Pending', 'Reopened'];

/** S4 处理方式: 电话、上门、业主到前台…. */
export const contactMethods = vocabulary<Schemas['ContactMethod']>()(['Phone', 'OnSite', 'FrontDesk', 'Sms', 'Email']);

export const contactOutcomes = vocabulary<Schemas['ContactOutcome']>()(['Reached', 'Unreachable', 'MessageLeft']);

/** The message key of a category's name: categories are worded as the technicians' skills are. */
export function categoryKey(category: string): string {
  return `skills.${category.toLowerCase()}`;
}
