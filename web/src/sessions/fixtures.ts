import type { MySession } from '../api/types';

/** The session the page is asked from: signed in at 09:00 and last used at 10:00 at the desk (Asia/Shanghai). */
export const thisSession: MySession = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  device: 'Chrome on Windows',
  address: '10.0.0.7',
  createdAt: '2026-12-06T01:00:00Z',
  lastUsedAt: '2026-12-06T02:00:00Z',
  current: true,
};
