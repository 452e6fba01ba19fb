// The generated schema's ticket types under the names the ticket pages use, and the vocabularies
// the API accepts (PRODUCT.md §2).
import type { components, paths } from '../api/schema';

type Schemas = components['schemas'];

export type Ticket = Schemas['TicketResponse'];
export type NewTicket = Schemas['CreateTicket'];
export type TicketContact = Schemas['ContactResponse'];
export type NewContact = Schemas['ContactBody'];
export type TimelineItem = Schemas['TimelineItem'];
export type TicketQuery = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;

/** 咨询 / 客户需求 / 报修. */
export const kinds = ['Enquiry', 'ServiceRequest', 'Repair'] as const;

/** S0: 来电、来访、来函、其它. */
export const channels = ['Phone', 'WalkIn', 'Letter', 'Online', 'App', 'Api', 'Internal'] as const;

export const categories = ['Plumbing', 'Electrical', 'Hvac', 'Lift', 'Gas', 'Cleaning', 'Security', 'Greening', 'Appliance', 'Other'] as const;

export const priorities = ['Low', 'Normal', 'High', 'Urgent'] as const;

export const statuses = ['New', 'Contacted', 'Assigned', 'Scheduled', 'InProgress', 'Pending', 'Resolved', 'Closed', 'Reopened', 'Cancelled'] as const;

/** Work still to do: every status but Resolved, Closed and Cancelled. */
export const openStatuses = ['New', 'Contacted', 'Assigned', 'Scheduled', 'InProgress', 'Pending', 'Reopened'] as const;

/** S4 处理方式: 电话、上门、业主到前台…. */
export const contactMethods = ['Phone', 'OnSite', 'FrontDesk', 'Sms', 'Email'] as const;

export const contactOutcomes = ['Reached', 'Unreachable', 'MessageLeft'] as const;

/** The message key of a category's name: categories are worded as the technicians' skills are. */
export function categoryKey(category: string): string {
  return `skills.${category.toLowerCase()}`;
}
