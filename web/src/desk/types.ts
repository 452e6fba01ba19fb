// The generated schema's duty-roster, handover and emergency types under the names the desk pages use (PRODUCT.md §10).
import type { components } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Roster = Schemas['RosterResponse'];
export type Shift = Schemas['ShiftFields'];
export type Assignment = Schemas['AssignmentFields'];
export type NewRoster = Schemas['SetRoster'];
export type Handover = Schemas['HandoverResponse'];
export type NewHandover = Schemas['RecordHandover'];
export type EmergencyPage = Schemas['PageResponse'];

export const shiftDays = vocabulary<Schemas['ShiftDays']>()(['Every', 'WorkingDays', 'Holidays']);

/** The shifts a team starts with before its roster names its own: 早班, 中班, 夜班 (the night one crosses midnight). */
export const defaultShifts: Shift[] = [
  { name: '早班', start: '08:00:00', end: '16:00:00', days: 'Every' },
  { name: '中班', start: '16:00:00', end: '22:00:00', days: 'Every' },
  { name: '夜班', start: '22:00:00', end: '08:00:00', days: 'Every' },
];

/** The open ticket statuses, whose tickets a shift carries over. */
export const openTicketStatuses = ['New', 'Contacted', 'Assigned', 'Scheduled', 'InProgress', 'Pending', 'Reopened'] as const;

/** The day (yyyy-mm-dd) `count` days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week `day` (yyyy-mm-dd) falls in. */
export function mondayOf(day: string): string {
  return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
}

/** The seven days of the week from `monday`. */
export function weekFrom(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** Whether the shift ends on the next day: an end at or before its start (a 24-hour shift when equal), as the API reads it. */
export function crossesMidnight(shift: Pick<Shift, 'start' | 'end'>): boolean {
  return shift.end <= shift.start;
}

/** "08:00" from the API's "08:00:00". */
export function hourMinute(time: string): string {
  return time.slice(0, 5);
}
