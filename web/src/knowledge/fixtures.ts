import type { CurrentUser } from '../api/types';
import { ticketAgent } from '../tickets/fixtures';
import type { KnowledgeEntry } from './types';

export const phrases = { items: ['不知道', '不行', '我现在很忙', '我不清楚', '找开发商', '没办法'] };

export const knowledgeSupervisor: CurrentUser = {
  ...ticketAgent,
  id: '0190a000-0000-7000-8000-000000000301',
  username: 'supervisor',
  displayName: '周主管',
  roles: ['Supervisor'],
  permissions: ['staff:read', 'knowledge:read', 'knowledge:write', 'knowledge:approve'],
};

export function entry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id: '0190e000-0000-7000-8000-000000000001',
    kind: 'Answer',
    title: '厨房漏水先关总阀',
    body: '请业主先关闭厨房总阀，我们马上安排维修师傅上门。',
    categories: ['Plumbing'],
    tags: ['漏水'],
    ownerId: knowledgeSupervisor.id,
    ownerName: '周主管',
    reviewBy: '2027-06-30',
    status: 'Approved',
    approvedById: knowledgeSupervisor.id,
    approvedAt: '2026-12-01T02:00:00Z',
    updatedAt: '2026-12-01T02:00:00Z',
    ...overrides,
  };
}
