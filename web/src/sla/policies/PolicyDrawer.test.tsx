import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { manager } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { catchAll, officeHours, standardTickets } from '../../test/slaFixtures';

function policiesApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(manager),
    'GET /api/v1/sla/calendars': () => json({ items: [officeHours] }),
    'GET /api/v1/sla/policies': () => json({ items: [standardTickets, catchAll] }),
    ...more,
  });
}

async function choose(user: UserEvent, field: HTMLElement, option: string) {
  await user.click(field);
  const options = await screen.findAllByTitle(option);
  await user.click(options.at(-1)!);
}

describe('policy drawer', () => {
  it('checks the form, then creates the policy with its windows as ISO 8601 durations', async () => {
    const server = policiesApi({ 'POST /api/v1/sla/policies': () => json(standardTickets, 201) });
    const { user } = renderApp('/sla/policies');

    await user.click(await screen.findByRole('button', { name: /新增策略/ }));
    const form = await screen.findByRole('dialog');
    const firstContact = within(form).getByLabelText('首次联系时限');
    await user.clear(firstContact);
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('请输入大于 0 且不超过 366 天的时长')).toBeInTheDocument();
    expect(server.sentTo('POST /api/v1/sla/policies')).toHaveLength(0);

    await user.type(within(form).getByLabelText('策略名称'), '投诉·测试');
    expect(within(form).getByLabelText('匹配顺序号')).toHaveValue('999');
    await user.type(firstContact, '30');
    await choose(user, within(form).getByLabelText('首次联系时限的单位'), '分钟');
    await choose(user, within(form).getByLabelText('业务类型'), '投诉');
    await choose(user, within(form).getByLabelText('投诉等级'), '重大');
    await choose(user, within(form).getByLabelText('计时日历'), '客服中心工作日');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已新增策略')).toBeInTheDocument();
    const [sent] = server.sentTo('POST /api/v1/sla/policies');
    expect(await sent.json()).toEqual({
      name: '投诉·测试',
      order: 999,
      match: { workType: 'Complaint', severity: 'Major' },
      acknowledgement: 'PT15M',
      handoff: 'PT1H',
      firstContact: 'PT30M',
      resolution: 'PT24H',
      warnAtPercent: 80,
      calendarId: officeHours.id,
      escalationLevels: 3,
    });
  }, 40_000);

  it('shows the server’s refusal on the field it names', async () => {
    policiesApi({
      'POST /api/v1/sla/policies': () => problem(400, 'One or more validation errors occurred.', { name: ['名称过长'] }),
    });
    const { user } = renderApp('/sla/policies');

    await user.click(await screen.findByRole('button', { name: /新增策略/ }));
    const form = await screen.findByRole('dialog');
    await user.type(within(form).getByLabelText('策略名称'), '夜间报修');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByText('名称过长')).toBeInTheDocument();
  });

  it('saves a change with the ETag it read, and asks to reload when someone changed the policy meanwhile', async () => {
    let version = 7;
    const server = policiesApi({
      [`GET /api/v1/sla/policies/${standardTickets.id}`]: () =>
        new Response(JSON.stringify(standardTickets), { headers: { 'Content-Type': 'application/json', ETag: `"${version}"` } }),
      [`PUT /api/v1/sla/policies/${standardTickets.id}`]: () => problem(412, 'The resource was changed by someone else.'),
    });
    const { user } = renderApp('/sla/policies');

    await user.click(within((await screen.findByText('标准工单')).closest('tr')!).getByRole('button', { name: '编辑' }));
    const form = await screen.findByRole('dialog');
    const resolution = within(form).getByLabelText('处理完成时限');
    await within(form).findByDisplayValue('标准工单');
    expect(resolution).toHaveValue('24');
    await user.clear(resolution);
    await user.type(resolution, '36');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByText('该记录已被他人修改，请重新加载后再编辑。')).toBeInTheDocument();
    const [sent] = server.sentTo(`PUT /api/v1/sla/policies/${standardTickets.id}`);
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(await sent.json()).toMatchObject({ resolution: 'PT36H', order: 70 });

    version = 8;
    await user.click(within(form).getByRole('button', { name: '重新加载' }));
    expect(await within(form).findByDisplayValue('24')).toBeInTheDocument();
    expect(within(form).queryByText('该记录已被他人修改，请重新加载后再编辑。')).not.toBeInTheDocument();
  });

  it('starts afresh when a new policy is added after editing another', async () => {
    policiesApi({
      [`GET /api/v1/sla/policies/${standardTickets.id}`]: () => json(standardTickets),
    });
    const { user } = renderApp('/sla/policies');

    await user.click(within((await screen.findByText('标准工单')).closest('tr')!).getByRole('button', { name: '编辑' }));
    await within(await screen.findByRole('dialog')).findByDisplayValue('标准工单');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '取消' }));
    await user.click(screen.getByRole('button', { name: /新增策略/ }));

    const form = await screen.findByRole('dialog', { name: '新增时限策略' });
    expect(within(form).getByLabelText('策略名称', { exact: true })).toHaveValue('');
    expect(within(form).getByLabelText('匹配顺序号')).toHaveValue('999');
  });
});
