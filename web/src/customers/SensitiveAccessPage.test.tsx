import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { staffMember } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { customer, customerAgent, customerManager, merchant } from './fixtures';
import type { SensitiveAccess } from './types';

const wang = customer();
const zhangWei = staffMember({ id: customerManager.id, displayName: '张伟', serviceNumber: '103', roles: ['Manager'] });

function access(overrides: Partial<SensitiveAccess>): SensitiveAccess {
  return {
    id: '0190e000-0000-7000-8000-000000000002',
    customerId: wang.id,
    customerNumber: wang.number,
    customerName: wang.name,
    fields: ['idNumber', 'bankAccount'],
    reason: '核对退款账户',
    accessedBy: `staff:${zhangWei.id}`,
    accessedAt: '2026-03-02T06:15:00Z',
    ...overrides,
  };
}

const newest = access({});
const older = access({ id: '0190e000-0000-7000-8000-000000000001', customerId: merchant.id, customerNumber: merchant.number, customerName: merchant.name, fields: ['bankAccount'], reason: '核对租金账户' });

/** The access log in pages of one entry: `newest`, then `older`; only `newest` for Wang. */
function logApi() {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(customerManager),
    [`GET /api/v1/staff/${zhangWei.id}`]: () => json(zhangWei),
    'GET /api/v1/customers': () => json({ items: [wang, merchant], nextCursor: null }),
    'GET /api/v1/customers/sensitive-access': (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get('customerId') === wang.id) return json({ items: [newest], nextCursor: null });
      return query.get('cursor') === 'page-2' ? json({ items: [older], nextCursor: null }) : json({ items: [newest], nextCursor: 'page-2' });
    },
  });
}

function rowOf(text: string) {
  return screen.getByText(text).closest('tr') as HTMLElement;
}

describe('sensitive-data access log', () => {
  it('shows who saw what of which customer, when and why, and loads older entries on demand', async () => {
    const server = logApi();
    const { user } = renderApp('/customers/sensitive-access');

    expect(await screen.findByText('核对退款账户')).toBeInTheDocument();
    const row = rowOf('核对退款账户');
    expect(within(row).getByRole('link', { name: '王建国（C000001）' })).toHaveAttribute('href', `/customers/${wang.id}`);
    expect(within(row).getByText('证件号码、银行账号')).toBeInTheDocument();
    expect(within(row).getByText('2026/03/02 14:15')).toBeInTheDocument();
    expect(await within(row).findByText('张伟（103号 · 客服经理）')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /敏感信息查阅记录/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载更多' }));

    expect(await screen.findByText('核对租金账户')).toBeInTheDocument();
    expect(within(rowOf('核对租金账户')).getByRole('link', { name: '悦来便利店（C000020）' })).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/customers/sensitive-access').at(-1)!.url).searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('narrows the log to one customer', async () => {
    const server = logApi();
    const { user } = renderApp('/customers/sensitive-access');
    await screen.findByText('核对退款账户');

    await user.type(screen.getByLabelText('客户'), '王');
    await user.click(await screen.findByTitle('王建国（C000001）'));

    await within(screen.getByRole('table')).findByText('核对退款账户');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    const sent = server.sentTo('GET /api/v1/customers/sensitive-access').map((request) => new URL(request.url).searchParams.get('customerId'));
    expect(sent).toContain(wang.id);
  });

  it('says so when no one has seen any full values', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(customerManager),
      'GET /api/v1/customers': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/customers/sensitive-access': () => json({ items: [], nextCursor: null }),
    });
    renderApp('/customers/sensitive-access');

    expect(await screen.findByText('暂无查看记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('is closed to an agent and left out of their menu', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(customerAgent) });
    renderApp('/customers/sensitive-access');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /敏感信息查阅记录/ })).not.toBeInTheDocument();
  });
});
