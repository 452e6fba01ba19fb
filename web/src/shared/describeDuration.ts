import type { TFunction } from 'i18next';
import { partsOf } from './durations';

interface Style {
  /** Count whole days (a countdown) rather than hours past 24 (a window: 48小时). */
  days: boolean;
  /** Show seconds too; otherwise they are left out. */
  seconds: boolean;
  /** Minutes as in a countdown (2小时15分) rather than a window (30分钟). */
  shortMinutes?: boolean;
}

/** A length of time in words, leaving out units that are zero: 3小时, 1小时30分钟, 30秒, 1天2小时. */
export function describeDuration(t: TFunction, totalSeconds: number, style: Style): string {
  const parts = partsOf(totalSeconds);
  const hours = style.days ? parts.hours : parts.hours + parts.days * 24;
  const words = [
    style.days && parts.days > 0 && t('sla.duration.days', { count: parts.days }),
    hours > 0 && t('sla.duration.hours', { count: hours }),
    parts.minutes > 0 && t(style.shortMinutes ? 'sla.duration.shortMinutes' : 'sla.duration.minutes', { count: parts.minutes }),
    style.seconds && parts.seconds > 0 && t('sla.duration.seconds', { count: parts.seconds }),
  ].filter((word): word is string => typeof word === 'string');
  if (words.length === 0) return t(style.seconds ? 'sla.duration.seconds' : 'sla.duration.shortMinutes', { count: 0 });
  return words.join(t('sla.duration.joiner'));
}
