import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi } from './detailApi';
import { customer, customerAgent, supervisorWang } from './fixtures';
import type { Customer } from './types';

const unitA = '0190d000-0000-7000-8000-000000001201';
const unitB = '0190d000-0000-7000-8000-000000001202';

/** The detail page of a customer whom a save changes into `saved`, with the edit drawer open. */
async function editCustomer(saved: Partial<Customer>) {
  let current = customer();
  const server = detailApi(customerAgent, () => current, {
    [`PUT /api/v1/customers/${current.id}`]: () => ((current = { ...current, ...saved }), json(current)),
    'GET /api/v1/staff': () => json({ items: [supervisorWang], nextCursor: null }),
    [`GET /api/v1/staff/${supervisorWang.id}`]: () => json(supervisorWang),
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

  it('takes unit ids as tags, refuses one that is not an id, and shows them on the profile', async () => {
    const { server, user, form, putRoute } = await editCustomer({ unitIds: [unitA, unitB] });
    const units = within(form).getByLabelText('房号/单元');

    await user.type(units, '3栋1201{Enter}');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('“3栋1201”不是有效的单元编号')).toBeInTheDocument();
    expect(server.sentTo(putRoute)).toHaveLength(0);

    await user.click(within(within(form).getByTitle('3栋1201')).getByRole('img', { name: 'close' }));
    await user.type(units, `${unitA},${unitB},`);
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存 王建国')).toBeInTheDocument();
    expect(await server.sentTo(putRoute)[0].json()).toMatchObject({ unitIds: [unitA, unitB] });
    const profile = profileCard();
    expect(await within(profile).findByText(unitA)).toBeInTheDocument();
    expect(within(profile).getByText(unitB)).toBeInTheDocument();
  });
});
