/** The time zone every time is shown in. */
export const displayTimeZone = 'Asia/Shanghai';

/** An ISO 8601 instant as a date and time in Asia/Shanghai, e.g. 2026/11/23 09:05. */
export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** The day an ISO 8601 instant falls on in Asia/Shanghai, e.g. 2026/11/23. */
export function formatDate(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** The calendar day (yyyy-mm-dd) at the desk, in Asia/Shanghai, at an instant (now unless given). */
export function deskDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A window between two instants, e.g. 2026/11/23 14:00 – 2026/11/23 16:00. */
export function formatWindow(from: string, to: string, language: string): string {
  return `${formatDateTime(from, language)} – ${formatDateTime(to, language)}`;
}
