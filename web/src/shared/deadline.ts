/** Where a deadline stands: on time, past its warning time, past its due time, or met. */
export type DeadlineState = 'onTime' | 'atRisk' | 'breached' | 'fulfilled';

export interface Deadline {
  /** When the work is due (ISO 8601). */
  dueAt: string;
  /** When the assignee is warned (by default at 80% of the window); past it the deadline is at risk. */
  warnAt?: string | null;
  /** Recorded as breached by the server (stays so even after the work is done). */
  breached?: boolean;
  /** The work is done: the countdown stops. */
  fulfilled?: boolean;
}

/** Within this much of the due time, either side, the countdown shows and ticks seconds. */
export const nearMs = 10 * 60_000;

export function deadlineState({ dueAt, warnAt, breached, fulfilled }: Deadline, now: number): DeadlineState {
  if (fulfilled) return 'fulfilled';
  if (breached || now >= Date.parse(dueAt)) return 'breached';
  if (warnAt && now >= Date.parse(warnAt)) return 'atRisk';
  return 'onTime';
}

/** How long until what the badge shows changes: a second near the due time, else the next whole minute or the next state. */
export function nextChangeIn(deadline: Deadline, now: number): number | undefined {
  if (deadline.fulfilled) return undefined;
  const left = Date.parse(deadline.dueAt) - now;
  if (Math.abs(left) < nearMs) return 1000;
  const intoMinute = Math.abs(left) % 60_000;
  const nextMinute = left > 0 ? intoMinute || 60_000 : 60_000 - intoMinute;
  const untilWarning = deadline.warnAt ? Date.parse(deadline.warnAt) - now : 0;
  return untilWarning > 0 ? Math.min(nextMinute, untilWarning) : nextMinute;
}
