/** The time zone the desk is in unless the host says otherwise, and the one times are shown in until someone signs in. */
export const defaultTimeZone = 'Asia/Shanghai';

/** Where times are read: the signed-in person's zone (the desk's unless they picked their own) and the desk's, whose days count. */
const zones = { shown: defaultTimeZone, desk: defaultTimeZone };

/** Who is signed in, as far as time zones go: their own pick (null: none) and the desk's. */
export interface TimeZoneChoice {
  timeZone?: string | null;
  deskTimeZone: string;
}

/**
 * Shows times in the person's zone from now on, the desk's when they picked none; days (due dates, the roster's week) stay the
 * desk's. A zone this browser does not know (the host's time-zone data may be newer) falls back to the desk's, then the default.
 */
export function showTimesFor(person: TimeZoneChoice): void {
  zones.desk = knownHere(person.deskTimeZone) ? person.deskTimeZone : defaultTimeZone;
  zones.shown = person.timeZone && knownHere(person.timeZone) ? person.timeZone : zones.desk;
}

function knownHere(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone times are shown in. */
export function shownTimeZone(): string {
  return zones.shown;
}

/** The desk's zone, in which its calendar days (due dates, certificates' expiry, letters' dates) are told. */
export function deskTimeZone(): string {
  return zones.desk;
}

/** An ISO 8601 instant as a date and time in the zone times are shown in, e.g. 2026/11/23 09:05. */
export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: zones.shown,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** The desk's day an ISO 8601 instant falls on, e.g. 2026/11/23. */
export function formatDate(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: zones.desk, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** The calendar day (yyyy-mm-dd) at the desk at an instant (now unless given). */
export function deskDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zones.desk, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A window between two instants, e.g. 2026/11/23 14:00 – 2026/11/23 16:00. */
export function formatWindow(from: string, to: string, language: string): string {
  return `${formatDateTime(from, language)} – ${formatDateTime(to, language)}`;
}

/** A zone as people pick it: its name and today's offset from UTC, e.g. Europe/Berlin (GMT+1). */
export function zoneWithOffset(zone: string, at: Date = new Date()): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName');
  return offset ? `${zone} (${offset.value})` : zone;
}
