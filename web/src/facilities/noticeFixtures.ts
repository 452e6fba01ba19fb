import { building, siteId } from './fixtures';
import { facilitiesSupervisor } from './inspectionFixtures';
import type { NoticeDelivery, SentNotice } from './types';

export const feeNotice: SentNotice = {
  id: '0190e000-0000-7000-8000-00000000f001', number: 'HY-2026-0007', kind: 'FeeNotice', title: '2027年物业费交费通知', body: '请于1月31日前交纳物业费。',
  scope: ['翠湖花园 3栋'], siteIds: [siteId], buildingIds: [building.id], channels: ['Sms', 'Letter'], units: 2, acknowledged: 1, texted: 3,
  outageId: null, sentAt: '2026-12-06T02:00:00Z', sentById: null,
};
export const signed: NoticeDelivery = { unitId: 'u-1501', unit: '翠湖花园 3栋 2单元 1501', acknowledgedAt: '2026-12-06T03:00:00Z', acknowledgedById: null };
export const waiting: NoticeDelivery = { unitId: 'u-1502', unit: '翠湖花园 3栋 2单元 1502', acknowledgedAt: null, acknowledgedById: null };

/** A supervisor who sends notices and records receipts. */
export const sender = { ...facilitiesSupervisor, permissions: [...facilitiesSupervisor.permissions, 'notices:send', 'facilities:occupancy'] };
export const site = { id: siteId, name: '翠湖花园', address: null, createdAt: building.createdAt, updatedAt: building.updatedAt };
