import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { clearSession } from '../api/session';
import { defaultTimeZone, showTimesFor } from '../i18n/formatDateTime';
import i18n from '../i18n/i18n';
import { fixedMediaQuery } from './viewport';

// antd renders slowly in jsdom on a small, busy machine (one form save has taken over 5 s while the
// other worker rendered too): give `findBy…` queries time, and spare role queries from computing every
// ancestor's style to tell whether an element is hidden (antd's many style sheets make that take seconds).
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

// antd's responsive components ask for media queries, which jsdom does not answer.
window.matchMedia ??= (query: string) => fixedMediaQuery(query, false);

// …nor do they see their size change.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom computes no styles of pseudo-elements (antd asks, to measure scroll bars): use the element's.
const computeStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element) => computeStyle(element);

// The pages' tests run without a desk hub to talk to; the inbox's own tests give a fake connection.
vi.mock('../realtime/deskConnection', () => ({
  connectDesk: () => ({ onPush: () => {}, onConnected: () => {}, start: () => {}, stop: async () => {} }),
}));

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  clearSession();
  localStorage.clear();
  showTimesFor({ deskTimeZone: defaultTimeZone });
  await i18n.changeLanguage('zh-CN');
});
