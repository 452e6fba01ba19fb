import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParkedMessage } from '../api/types';
import { fakeApi, json } from '../test/fakeApi';
import { admin, agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const parked: ParkedMessage = {
  module: 'organization',
  id: '0190a000-0000-7000-8000-0000000000f1',
  type: 'Huiyin.Organization.Contracts.StaffMemberRegistered',
  attempts: 5,
  lastError: 'The receiving module is down.',
  occurredAt: '2026-11-23T01:00:00Z',
  parkedAt: '2026-11-23T01:30:00Z',
};

describe('system page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'huiyin_dashboard=; path=/hangfire; max-age=0';
  });

  it('lists parked events and puts one back in the queue', async () => {
    let remaining = [parked];
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(admin),
      'GET /api/v1/system/outbox/parked': () => json({ items: remaining }),
      'POST /api/v1/system/outbox/parked/organization/0190a000-0000-7000-8000-0000000000f1/retry': () => {
        remaining = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/admin/system');

    const row = (await screen.findByText('StaffMemberRegistered')).closest('tr')!;
    expect(within(row).getByText('2026/11/23 09:30')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /重新投递/ }));

    expect(await screen.findByText('没有搁置的事件：所有事件均已投递')).toBeInTheDocument();
    expect(server.sentTo('POST /api/v1/system/outbox/parked/organization/0190a000-0000-7000-8000-0000000000f1/retry')).toHaveLength(1);
  });

  it('opens the job dashboard with the access token in a cookie for the dashboard only', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(admin), 'GET /api/v1/system/outbox/parked': () => json({ items: [] }) });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const cookie = vi.spyOn(document, 'cookie', 'set');
    const { user } = renderApp('/admin/system');

    await user.click(await screen.findByRole('button', { name: /打开任务面板/ }));

    expect(open).toHaveBeenCalledWith('/hangfire', '_blank', 'noopener');
    expect(cookie).toHaveBeenCalledWith(expect.stringMatching(/^huiyin_dashboard=access-1; path=\/hangfire;.*SameSite=Strict$/));
  });

  it('shows the re-encryption after a key rotation to whoever watches the keys', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json({ ...admin, permissions: [...admin.permissions, 'customers:keys'] }),
      'GET /api/v1/system/outbox/parked': () => json({ items: [] }),
      'GET /api/v1/customers/encryption': () =>
        json({ activeKeyId: 2, configuredKeyIds: [1, 2], sealedValues: [{ keyId: 1, values: 300 }, { keyId: 2, values: 100 }], remaining: 300, complete: false }),
    });
    renderApp('/admin/system');

    expect(await screen.findByText('密钥 1：300 项；密钥 2：100 项')).toBeInTheDocument();
    expect(screen.getByText(/还有 300 项数据等待使用当前密钥重新加密/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '重新加密进度' })).toHaveAttribute('aria-valuenow', '25');
  });

  it('does not show the keys to an admin without the keys permission', async () => {
    const server = fakeApi({ 'GET /api/v1/auth/me': () => json(admin), 'GET /api/v1/system/outbox/parked': () => json({ items: [] }) });
    renderApp('/admin/system');

    expect(await screen.findByText('没有搁置的事件：所有事件均已投递')).toBeInTheDocument();
    expect(screen.queryByText('客户数据密钥')).not.toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/customers/encryption')).toHaveLength(0);
  });

  it('is not offered to staff without the system permission', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(agent) });
    renderApp('/admin/system');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /系统维护/ })).not.toBeInTheDocument();
  });
});
