import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/types';
import { fakeApi, json } from '../test/fakeApi';
import { admin, agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const roleChange: AuditEntry = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  at: '2026-11-23T01:30:00Z',
  actorKind: 'staff',
  actorId: admin.id,
  actorName: '王敏',
  remoteIp: '10.0.0.8',
  userAgent: 'Firefox',
  operation: 'UpdateStaffMember',
  targetId: '0190a000-0000-7000-8000-000000000002',
  before: { 'StaffMember 0190a000-0000-7000-8000-000000000002': { roles: ['Agent'] } },
  after: { 'StaffMember 0190a000-0000-7000-8000-000000000002': { roles: ['Supervisor'] } },
};

describe('audit page', () => {
  it('lists the changes and shows a change before and after side by side', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(admin), 'GET /api/v1/audit': () => json({ items: [roleChange], nextCursor: null }) });
    const { user } = renderApp('/admin/audit');

    const row = (await screen.findByText('UpdateStaffMember')).closest('tr')!;
    expect(within(row).getByText('2026/11/23 09:30')).toBeInTheDocument();
    expect(within(row).getByText('10.0.0.8')).toBeInTheDocument();
    await user.click(within(row).getByRole('button'));

    expect(await screen.findByTestId('audit-before')).toHaveTextContent('"Agent"');
    expect(screen.getByTestId('audit-after')).toHaveTextContent('"Supervisor"');
  });

  it('filters by operation', async () => {
    const server = fakeApi({ 'GET /api/v1/auth/me': () => json(admin), 'GET /api/v1/audit': () => json({ items: [], nextCursor: null }) });
    const { user } = renderApp('/admin/audit');

    await user.type(await screen.findByPlaceholderText(/UpdateStaffMember/), 'CreateApiClient{Enter}');

    await screen.findByText('没有符合条件的管理变更');
    expect(server.sentTo('GET /api/v1/audit').some((request) => new URL(request.url).searchParams.get('operation') === 'CreateApiClient')).toBe(true);
  });

  it('is not offered to staff without the audit permission', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(agent) });
    renderApp('/admin/audit');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
  });
});
