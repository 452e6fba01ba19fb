import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { customer, customerAgent } from './fixtures';

const wang = customer();

function customersApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(customerAgent),
    'GET /api/v1/customers': () => json({ items: [wang], nextCursor: null }),
    ...more,
  });
}

describe('customer list', () => {
  it('lists customers with masked ID numbers and their tier', async () => {
    customersApi();
    renderApp('/customers');

    const row = (await screen.findByText('C000001')).closest('tr')!;
    for (const text of ['王建国', '业主', '13812345678', '3301**********1234', '二级']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
  });

  it('sends the search and filters to the server', async () => {
    const server = customersApi();
    const { user } = renderApp('/customers?tier=1&vip=true');

    await user.type(await screen.findByRole('searchbox'), '138 1234{Enter}');

    const query = new URL(server.sentTo('GET /api/v1/customers').at(-1)!.url).searchParams;
    expect(query.get('search')).toBe('138 1234');
    expect(query.get('tier')).toBe('1');
    expect(query.get('vip')).toBe('true');
    expect(query.has('archived')).toBe(false);
  });

  it('checks the phone and the ID number’s check character before sending', async () => {
    const server = customersApi();
    const { user } = renderApp('/customers');
    await user.click(await screen.findByRole('button', { name: /新增客户/ }));
    const form = await screen.findByRole('dialog');

    await user.type(within(form).getByLabelText('姓名/名称'), '王建国');
    await user.type(within(form).getByLabelText('电话'), '12345');
    await user.type(within(form).getByLabelText('证件号码'), '330106199001011230');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByText('请输入有效的手机号、带区号的座机号或 400/800 号码')).toBeInTheDocument();
    expect(within(form).getByText('身份证号校验位不正确')).toBeInTheDocument();
    expect(server.sentTo('POST /api/v1/customers')).toHaveLength(0);
  });

  it('shows the duplicates the server found and saves anyway with a reason', async () => {
    const duplicate = { id: wang.id, number: 'C000001', name: '王建国', type: 'Owner', phones: ['138****5678'], idNumber: null, bankAccount: null, archived: false, matchedOn: ['phone'] };
    let attempts = 0;
    const server = customersApi({
      'POST /api/v1/customers': () =>
        ++attempts === 1
          ? json({ status: 409, title: 'Conflict', detail: '1 other customer(s) have the same phone.', code: 'duplicate_customer', duplicates: [duplicate] }, 409)
          : json(customer({ id: 'new', number: 'C000002', name: '王建国之妻' }), 201),
    });
    const { user } = renderApp('/customers');
    await user.click(await screen.findByRole('button', { name: /新增客户/ }));
    const form = await screen.findByRole('dialog');
    await user.type(within(form).getByLabelText('姓名/名称'), '王建国之妻');
    await user.type(within(form).getByLabelText('电话'), '+86 138-1234-5678');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    const dialog = (await screen.findByText('发现疑似重复客户')).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('138****5678')).toBeInTheDocument();
    expect(within(dialog).getByText('电话')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('仍然保存的理由'), '夫妻共用号码');
    await user.click(within(dialog).getByRole('button', { name: '仍然保存' }));

    expect(await screen.findByText('已建档 王建国之妻（C000002）')).toBeInTheDocument();
    const sent = await server.sentTo('POST /api/v1/customers')[1].json();
    expect(sent).toMatchObject({ name: '王建国之妻', phones: ['+86 138-1234-5678'], allowDuplicate: true, duplicateReason: '夫妻共用号码' });
  });
});
