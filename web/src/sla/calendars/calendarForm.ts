import type { DayOfWeek, SlaCalendar, SlaCalendarFields } from '../../api/types';
import { defaultTimeZone, weekdays } from '../catalog';

export interface Interval {
  from: string;
  to: string;
}

/** A calendar as its form holds it: the working intervals grouped by weekday. */
export interface CalendarFormValues {
  name: string;
  timeZone: string;
  hours: Record<DayOfWeek, Interval[]>;
  holidays: string[];
  makeUpWorkdays: string[];
}

/** Monday to Friday 08:30–12:00 and 13:30–17:30: what a new calendar starts with. */
export const newCalendar: CalendarFormValues = {
  name: '',
  timeZone: defaultTimeZone,
  hours: Object.fromEntries(
    weekdays.map((day, index) => [
      day,
      index < 5
        ? [
            { from: '08:30', to: '12:00' },
            { from: '13:30', to: '17:30' },
          ]
        : [],
    ]),
  ) as Record<DayOfWeek, Interval[]>,
  holidays: [],
  makeUpWorkdays: [],
};

export function toFormValues({ name, timeZone, weeklyHours, holidays, makeUpWorkdays }: SlaCalendar): CalendarFormValues {
  const hours = Object.fromEntries(weekdays.map((day) => [day, [] as Interval[]])) as Record<DayOfWeek, Interval[]>;
  for (const { day, from, to } of weeklyHours) hours[day].push({ from, to });
  return { name, timeZone, hours, holidays, makeUpWorkdays };
}

export function toFields({ name, timeZone, hours, holidays, makeUpWorkdays }: CalendarFormValues): SlaCalendarFields {
  return {
    name,
    timeZone,
    weeklyHours: weekdays.flatMap((day) => (hours[day] ?? []).map(({ from, to }) => ({ day, from, to }))),
    holidays,
    makeUpWorkdays,
  };
}

/** Why a day's intervals are wrong (an interval that ends before it starts, or two that overlap); undefined when right. */
export function intervalProblem(intervals: Partial<Interval>[]): 'order' | 'overlap' | undefined {
  const complete = intervals.filter((interval): interval is Interval => !!interval?.from && !!interval.to);
  if (complete.some(({ from, to }) => from >= to)) return 'order';
  const sorted = complete.toSorted((a, b) => a.from.localeCompare(b.from));
  return sorted.some((interval, index) => index > 0 && interval.from < sorted[index - 1].to) ? 'overlap' : undefined;
}

/** The times a working interval can start or end at: every quarter of an hour, and 24:00 for the end of the day. */
export const quarterHours = Array.from({ length: 97 }, (_, index) => {
  const minutes = index * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});
