import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { fieldTechnician } from './fixtures';
import { facilitiesSupervisor, vacantChecklist } from './inspectionFixtures';

const route = 'POST /api/v1/facilities/checklists';

describe('checklists', () => {
  it('lists the checklists and shows an item’s kind, limits, repair category and photo', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(fieldTechnician), 'GET /api/v1/facilities/checklists': () => json({ items: [vacantChecklist] }) });
    const { user } = renderApp('/facilities/checklists');

    const row = (await screen.findByText('空置房巡检')).closest('tr') as HTMLElement;
    expect(within(row).getByText('每日巡查空置房')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建巡检表' })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /展开/ }));

    const reading = (await screen.findByText('水表读数')).closest('tr') as HTMLElement;
    expect(within(reading).getByText('0–5 m³')).toBeInTheDocument();
    expect(within(screen.getByText('管道有无漏水').closest('tr') as HTMLElement).getByText('须拍照')).toBeInTheDocument();
  });

  it('asks for a reading’s limits before creating, and sends the items as typed', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/checklists': () => json({ items: [] }),
      [route]: () => json({ ...vacantChecklist, name: '泵房巡检' }, 201),
    });
    const { user } = renderApp('/facilities/checklists');

    await user.click(await screen.findByRole('button', { name: /新建巡检表/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('名称'), '泵房巡检');
    await user.type(within(drawer).getByLabelText('检查项'), '出水压力');
    await user.click(within(drawer).getByRole('radio', { name: '读数' }));
    await user.type(within(drawer).getByLabelText('单位'), 'MPa');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await within(drawer).findByText('读数须有下限或上限')).toBeInTheDocument();
    expect(server.sentTo(route)).toHaveLength(0);

    await user.type(within(drawer).getByLabelText('上限'), '0.6');
    await user.click(within(drawer).getByRole('checkbox', { name: '须拍照' }));
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已创建巡检表 泵房巡检')).toBeInTheDocument();
    expect(await server.sentTo(route)[0].json()).toEqual({
      name: '泵房巡检', target: 'None',
      items: [{ text: '出水压力', kind: 'Reading', category: 'Other', photoRequired: true, max: 0.6, unit: 'MPa' }],
    });
  });

  it('shows the server’s refusal on the field it names', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/checklists': () => json({ items: [] }),
      [route]: () => problem(400, 'One or more validation errors occurred.', { name: ['名称已被占用'] }),
    });
    const { user } = renderApp('/facilities/checklists');

    await user.click(await screen.findByRole('button', { name: /新建巡检表/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('名称'), '空置房巡检');
    await user.type(within(drawer).getByLabelText('检查项'), '门锁');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(within(drawer).getByText('名称已被占用')).toBeInTheDocument());
  });

  it('edits a checklist read afresh with its ETag and sends the items without their ids', async () => {
    const one = `GET /api/v1/facilities/checklists/${vacantChecklist.id}`;
    const put = `PUT /api/v1/facilities/checklists/${vacantChecklist.id}`;
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/checklists': () => json({ items: [vacantChecklist] }),
      [one]: () => new Response(JSON.stringify(vacantChecklist), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
      [put]: async (request) => json({ ...vacantChecklist, ...(await request.json()) }),
    });
    const { user } = renderApp('/facilities/checklists');

    await user.click(await screen.findByRole('button', { name: '编辑 空置房巡检' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByDisplayValue('水表读数')).toBeInTheDocument();
    expect(within(drawer).getByText(/今日已生成的巡检保留原检查项/)).toBeInTheDocument();
    const name = within(drawer).getByLabelText('名称');
    await user.clear(name);
    await user.type(name, '空置房月度巡检');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存巡检表 空置房月度巡检')).toBeInTheDocument();
    const sent = server.sentTo(put)[0];
    expect(sent.headers.get('If-Match')).toBe('"7"');
    const body = await sent.json();
    expect(body.name).toBe('空置房月度巡检');
    expect(body.items).toHaveLength(3);
    expect(body.items[2]).toEqual({ text: '水表读数', kind: 'Reading', min: 0, max: 5, unit: 'm³', photoRequired: false, category: 'Plumbing' });
  });

  it('says so when someone else changed the checklist meanwhile', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/checklists': () => json({ items: [vacantChecklist] }),
      [`GET /api/v1/facilities/checklists/${vacantChecklist.id}`]: () =>
        new Response(JSON.stringify(vacantChecklist), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
      [`PUT /api/v1/facilities/checklists/${vacantChecklist.id}`]: () => problem(412, '该巡检表已被他人修改，请重新打开后再保存'),
    });
    const { user } = renderApp('/facilities/checklists');

    await user.click(await screen.findByRole('button', { name: '编辑 空置房巡检' }));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByDisplayValue('水表读数');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await within(drawer).findByText(/已被他人修改/)).toBeInTheDocument();
  });

  it('offers no editing to those who may only read', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(fieldTechnician), 'GET /api/v1/facilities/checklists': () => json({ items: [vacantChecklist] }) });
    renderApp('/facilities/checklists');

    await screen.findByText('空置房巡检');
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
  });
});
