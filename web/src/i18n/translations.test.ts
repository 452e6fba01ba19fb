import { expect, it } from 'vitest';
import customersEn from '../customers/en.json';
import customersZhCN from '../customers/zh-CN.json';
import ticketsEn from '../tickets/en.json';
import ticketsZhCN from '../tickets/zh-CN.json';
import en from './en.json';
import zhCN from './zh-CN.json';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

it('has every message in both Chinese and English', () => {
  expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
});

it('has every customer message in both Chinese and English', () => {
  expect(keysOf(customersEn).sort()).toEqual(keysOf(customersZhCN).sort());
});

it('has every ticket message in both Chinese and English', () => {
  expect(keysOf(ticketsEn).sort()).toEqual(keysOf(ticketsZhCN).sort());
});
