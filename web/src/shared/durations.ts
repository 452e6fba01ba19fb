/** The units a deadline window is entered in. Days are left out: on a business calendar a day of working time is not a calendar day. */
export const durationUnits = ['hours', 'minutes', 'seconds'] as const;
export type DurationUnit = (typeof durationUnits)[number];

export interface DurationAmount {
  amount: number;
  unit: DurationUnit;
}

const secondsPer: Record<DurationUnit, number> = { hours: 3600, minutes: 60, seconds: 1 };
const isoLetter: Record<DurationUnit, string> = { hours: 'H', minutes: 'M', seconds: 'S' };
const isoPattern = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The seconds of an ISO 8601 duration such as PT3H, PT1H30M, P2D or PT30S; undefined when it is not one. */
export function secondsOf(iso: string): number | undefined {
  const match = isoPattern.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return Math.round(((days * 24 + hours) * 60 + minutes) * 60 + seconds);
}

/** An amount in a unit as an ISO 8601 duration: 3 hours → PT3H. */
export function toIsoDuration({ amount, unit }: DurationAmount): string {
  return `PT${amount}${isoLetter[unit]}`;
}

/** An ISO 8601 duration in the largest unit that holds it whole: PT48H → 48 hours, PT90M → 90 minutes. */
export function fromIsoDuration(iso: string): DurationAmount | undefined {
  const seconds = secondsOf(iso);
  if (seconds === undefined) return undefined;
  const unit = durationUnits.find((candidate) => seconds % secondsPer[candidate] === 0) ?? 'seconds';
  return { amount: seconds / secondsPer[unit], unit };
}

/** Whole days, hours, minutes and seconds of a length of time, for showing it in words. */
export function partsOf(totalSeconds: number) {
  const seconds = Math.floor(Math.abs(totalSeconds));
  return {
    days: Math.floor(seconds / 86400),
    hours: Math.floor((seconds % 86400) / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
  };
}
