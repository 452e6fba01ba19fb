import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { admin } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import type { Webhook, WebhookDelivery } from './api';

const manager = { ...admin, permissions: [...admin.permissions, 'webhooks:manage'] };

function webhook(overrides: Partial<Webhook> = {}): Webhook {
  return {
    id: 'w1',
    url: 'https://crm.example.com/hooks',
    events: ['ticket.created', 'sla.breached'],
    description: '客户关系系统',
    enabled: true,
    disabledReason: null,
    failingSince: null,
    previousSecretExpiresAt: null,
    createdAt: '2026-11-23T02:00:00Z',
    updatedAt: '2026-11-23T02:00:00Z',
    secret: null,
    ...overrides,
  };
}

const delivery: WebhookDelivery = {
  id: 'd1',
  messageId: 'msg_1',
  eventType: 'sla.breached',
  status: 'Pending',
  nextAttemptAt: '2026-11-23T02:05:00Z',
  createdAt: '2026-11-23T02:00:00Z',
  attempts: [{ at: '2026-11-23T02:00:00Z', statusCode: 503, durationMs: 120, responseExcerpt: 'maintenance', error: null }],
};

describe('integrations', () => {
  it('lists the endpoints with their health and unfolds one into its delivery log', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(manager),
      'GET /api/v1/webhooks': () =>
        json({ items: [webhook(), webhook({ id: 'w2', url: 'https://erp.example.com/in', enabled: false, disabledReason: 'Gone', description: null })] }),
      'GET /api/v1/webhooks/w1/deliveries': () => json({ items: [delivery] }),
    });
    const { user } = renderApp('/admin/integrations');

    const healthy = (await screen.findByText('https://crm.example.com/hooks')).closest('tr')!;
    for (const text of ['ticket.created', 'sla.breached', '正常', '客户关系系统']) expect(within(healthy).getByText(text)).toBeInTheDocument();
    expect(within(screen.getByText('https://erp.example.com/in').closest('tr')!).getByText('已停用（对方返回 410）')).toBeInTheDocument();

    await user.click(within(healthy).getByRole('button'));
    expect(await screen.findByText('503 · 120 ms · maintenance')).toBeInTheDocument();
    expect(screen.getByText('待重试')).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveTextContent('系统集成');
  }, 40_000);

  it('says so when there is no endpoint', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(manager), 'GET /api/v1/webhooks': () => json({ items: [] }) });
    renderApp('/admin/integrations');

    expect(await screen.findByText('暂无回调地址')).toBeInTheDocument();
  }, 40_000);
});
