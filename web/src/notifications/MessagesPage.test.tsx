import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticketAgent } from '../tickets/fixtures';
import type { OutgoingMessage } from './api';

const reader = { ...ticketAgent, permissions: [...ticketAgent.permissions, 'notifications:read'] };
const ticketId = '0190d000-0000-7000-8000-000000000001';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    id: 'm1',
    channel: 'Sms',
    recipient: '*******5678',
    phone: '*******5678',
    subject: null,
    templateKey: 'ticket.unreachable',
    text: '王先生/女士您好，我是XX物管的工作人员……',
    relatedItemType: 'Ticket',
    relatedItemId: ticketId,
    status: 'Sent',
    attempts: 1,
    lastError: null,
    createdAt: '2026-11-23T02:00:00Z',
    sentAt: '2026-11-23T02:00:05Z',
    ...overrides,
  };
}

describe('text messages', () => {
  it('lists the messages with masked phones, pages on, and filters by the related item', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(reader),
      'GET /api/v1/notifications/messages': (request) =>
        new URL(request.url).searchParams.get('cursor')
          ? json({ items: [message({ id: 'm2', status: 'Queued', text: '较早的短信' })], nextCursor: null })
          : json({ items: [message()], nextCursor: 'next' }),
    });
    const { user } = renderApp('/notifications/messages');

    const row = (await screen.findByText('王先生/女士您好，我是XX物管的工作人员……')).closest('tr')!;
    for (const text of ['*******5678', 'ticket.unreachable', '已发送', '2026/11/23 10:00']) expect(within(row).getByText(text)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('较早的短信')).toBeInTheDocument();
    expect(screen.getByText('待发送')).toBeInTheDocument();

    await user.type(screen.getByLabelText('相关事项'), `${ticketId}{Enter}`);
    await expect.poll(() => new URL(server.sentTo('GET /api/v1/notifications/messages').at(-1)!.url).searchParams.get('relatedItemId')).toBe(ticketId);
    expect(screen.getByRole('menu')).toHaveTextContent('短信记录');
  }, 40_000);

  it('shows e-mails beside texts with their channel, masked address and subject', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(reader),
      'GET /api/v1/notifications/messages': () =>
        json({
          items: [message({ id: 'e1', channel: 'Email', recipient: 'l***@estate.test', phone: '', subject: '【回音】Webhook 端点已停用（Gone）', text: '正文' }), message()],
          nextCursor: null,
        }),
    });
    renderApp('/notifications/messages');

    const mail = (await screen.findByText('【回音】Webhook 端点已停用（Gone）')).closest('tr')!;
    for (const text of ['邮件', 'l***@estate.test']) expect(within(mail).getByText(text)).toBeInTheDocument();
    const text = screen.getByText('王先生/女士您好，我是XX物管的工作人员……').closest('tr')!;
    for (const cell of ['短信', '*******5678']) expect(within(text).getByText(cell)).toBeInTheDocument();
  }, 40_000);

  it('says so when there is no message, and refuses a partial id', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(reader),
      'GET /api/v1/notifications/messages': () => json({ items: [], nextCursor: null }),
    });
    const { user } = renderApp('/notifications/messages');

    expect(await screen.findByText('暂无短信')).toBeInTheDocument();
    await user.type(screen.getByLabelText('相关事项'), '0190d000{Enter}');
    expect(await screen.findByText('请输入完整的 ID')).toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/notifications/messages')).toHaveLength(1);
  }, 40_000);
});
