import { describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { describeDuration } from './describeDuration';
import { fromIsoDuration, secondsOf, toIsoDuration } from './durations';

describe('ISO 8601 windows', () => {
  it('turns an amount and a unit into a duration', () => {
    expect(toIsoDuration({ amount: 3, unit: 'hours' })).toBe('PT3H');
    expect(toIsoDuration({ amount: 30, unit: 'minutes' })).toBe('PT30M');
    expect(toIsoDuration({ amount: 10, unit: 'seconds' })).toBe('PT10S');
  });

  it('reads a duration in the largest unit that holds it whole', () => {
    expect(fromIsoDuration('PT24H')).toEqual({ amount: 24, unit: 'hours' });
    expect(fromIsoDuration('P2D')).toEqual({ amount: 48, unit: 'hours' });
    expect(fromIsoDuration('PT1H30M')).toEqual({ amount: 90, unit: 'minutes' });
    expect(fromIsoDuration('PT30S')).toEqual({ amount: 30, unit: 'seconds' });
    expect(fromIsoDuration('3 hours')).toBeUndefined();
  });

  it('counts the seconds of a duration, and refuses what is not one', () => {
    expect(secondsOf('P1DT2H3M4S')).toBe(93784);
    expect(secondsOf('PT1.5S')).toBe(2);
    for (const wrong of ['', 'P', 'PT', 'PT3', 'T3H', 'PT-3H']) expect(secondsOf(wrong)).toBeUndefined();
  });
});

describe('durations in words', () => {
  const t = i18n.getFixedT('zh-CN');
  const window = { days: false, seconds: true };

  it('speaks of windows in hours, minutes and seconds', () => {
    expect(describeDuration(t, 3 * 3600, window)).toBe('3小时');
    expect(describeDuration(t, 48 * 3600, window)).toBe('48小时');
    expect(describeDuration(t, 5400, window)).toBe('1小时30分钟');
    expect(describeDuration(t, 30, window)).toBe('30秒');
  });

  it('speaks of a countdown in days, hours and minutes', () => {
    const countdown = { days: true, seconds: false, shortMinutes: true };
    expect(describeDuration(t, 2 * 3600 + 15 * 60 + 59, countdown)).toBe('2小时15分');
    expect(describeDuration(t, -35 * 60, countdown)).toBe('35分');
    expect(describeDuration(t, 26 * 3600, countdown)).toBe('1天2小时');
    expect(describeDuration(t, 20, countdown)).toBe('0分');
  });

  it('has English words too', () => {
    expect(describeDuration(i18n.getFixedT('en'), 5400, window)).toBe('1 h 30 min');
  });
});
