import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi } from './detailApi';
import { customer, customerAgent, managerZhou, supervisorWang } from './fixtures';
import type { Customer } from './types';
import { unit } from '../facilities/fixtures';

const unitA = '0190d000-0000-7000-8000-000000001502';
const found = unit({ id: unitA });

/** The detail page of a customer whom a save changes into `saved`, with the edit drawer open. */
async function editCustomer(saved: Partial<Customer>, stored: Partial<Customer> = {}) {
  let current = customer(stored);
  const server = detailApi(customerAgent, () => current, {
    [`PUT /api/v1/customers/${current.id}`]: () => ((current = { ...current, ...saved }), json(current)),
    'GET /api/v1/staff': () => json({ items: [supervisorWang, managerZhou], nextCursor: null }),
    [`GET /api/v1/staff/${supervisorWang.id}`]: () => json(supervisorWang),
    'GET /api/v1/facilities/units': (request) =>
      json({ items: new URL(request.url).searchParams.get('search')?.startsWith('3-2') ? [found] : [], nextCursor: null }),
    [`GET /api/v1/facilities/units/${unitA}`]: () => json(found),
  });
  const { user } = renderApp(`/customers/${current.id}`);
  await user.click(await screen.findByRole('button', { name: /编辑/ }));
  return { server, user, form: await screen.findByRole('dialog'), putRoute: `PUT /api/v1/customers/${current.id}` };
}

function profileCard() {
  return screen.getByText('基本信息').closest('.ant-card') as HTMLElement;
}

describe('customer form', () => {
  it('picks the account manager from the staff the server finds, and the profile names them', async () => {
    const { server, user, form, putRoute } = await editCustomer({ accountManagerId: supervisorWang.id });

    const searches = () => server.sentTo('GET /api/v1/staff').map((request) => new URL(request.url).search);
    await user.type(within(form).getByLabelText('客户经理'), '王');
    // The picker asks the server once typing pauses; the option is picked from that answer.
    await waitFor(() => expect(searches()).toContain(`?search=${encodeURIComponent('王')}&active=true&limit=20`));
    await user.click(await screen.findByTitle('王芳（102号 · 客服主管）'));
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存 王建国')).toBeInTheDocument();
    expect(await server.sentTo(putRoute)[0].json()).toMatchObject({ accountManagerId: supervisorWang.id });
    const profile = profileCard();
    expect(await within(profile).findByText('王芳（102号 · 客服主管）')).toBeInTheDocument();
  });

  it('offers a tier-1 customer only account managers of Manager rank or above, and says why', async () => {
    const { server, user, form } = await editCustomer({}, { tier: 1 });

    await user.type(within(form).getByLabelText('客户经理'), '周');
    await waitFor(() => expect(server.sentTo('GET /api/v1/staff').length).toBeGreaterThan(0));

    expect(await screen.findByTitle('周明（201号 · 客服经理）')).toBeInTheDocument();
    expect(screen.queryByTitle('王芳（102号 · 客服主管）')).not.toBeInTheDocument();
    expect(within(form).getByText('一级客户须由经理级及以上人员担任客户经理，这里只列出经理及以上人员')).toBeInTheDocument();
  });

  it('picks units by the number the server finds, and the profile shows their addresses', async () => {
    const { server, user, form, putRoute } = await editCustomer({ unitIds: [unitA] });
    const searches = () => server.sentTo('GET /api/v1/facilities/units').map((request) => new URL(request.url).searchParams.get('search'));

    await user.type(within(form).getByLabelText('房号/单元'), '3-2-15');
    // The picker asks the server once typing pauses; the unit is picked from that answer.
    await waitFor(() => expect(searches()).toContain('3-2-15'));
    await user.click(await screen.findByTitle('翠湖花园 3栋 2单元 1502'));
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存 王建国')).toBeInTheDocument();
    expect(await server.sentTo(putRoute)[0].json()).toMatchObject({ unitIds: [unitA] });
    expect(await within(profileCard()).findByRole('link', { name: '翠湖花园 3栋 2单元 1502' })).toHaveAttribute('href', `/facilities/units/${unitA}`);
  });

  it('says so when no unit has the number typed', async () => {
    const { user, form } = await editCustomer({});

    await user.type(within(form).getByLabelText('房号/单元'), '9-9-9999');

    expect(await screen.findByText('没有找到该房号')).toBeInTheDocument();
  });
});
