import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { equipment, fieldTechnician } from './fixtures';
import { facilitiesSupervisor, liftPlan } from './inspectionFixtures';

const route = 'POST /api/v1/facilities/maintenance-plans';

describe('maintenance plans', () => {
  it('lists the plans with their recurrence, and a plan’s history done on time or late', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(fieldTechnician), 'GET /api/v1/facilities/maintenance-plans': () => json({ items: [liftPlan] }) });
    const { user } = renderApp('/facilities/maintenance-plans');

    const row = (await screen.findByText('电梯月度保养')).closest('tr') as HTMLElement;
    expect(within(row).getByText('每月')).toBeInTheDocument();
    expect(within(row).getByText('提前 7 天')).toBeInTheDocument();
    expect(within(row).getByText(/-15、.*-15、.*-15$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建维保计划/ })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /展开/ }));

    const late = (await screen.findByRole('link', { name: 'T20261109-0001' })).closest('tr') as HTMLElement;
    expect(within(late).getByText('逾期完成')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: 'T20261008-0001' }).closest('tr') as HTMLElement).getByText('按时完成')).toBeInTheDocument();
  });

  it('plans maintenance of a lift only once its equipment and first date are given', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/maintenance-plans': () => json({ items: [] }),
      'GET /api/v1/facilities/equipment': () => json({ items: [equipment()], nextCursor: null }),
      'GET /api/v1/facilities/checklists': () => json({ items: [] }),
      [route]: () => json(liftPlan, 201),
    });
    const { user } = renderApp('/facilities/maintenance-plans');

    await user.click(await screen.findByRole('button', { name: /新建维保计划/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('名称'), '电梯季度保养');
    await user.click(within(drawer).getByRole('radio', { name: '每季度' }));
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await within(drawer).findAllByText('请填写此项')).toHaveLength(2);
    expect(server.sentTo(route)).toHaveLength(0);

    await user.click(within(drawer).getByLabelText('设备'));
    await user.click(await screen.findByTitle('3栋1单元电梯'));
    await user.click(within(drawer).getByLabelText('首次日期'));
    await user.type(within(drawer).getByLabelText('首次日期'), '2027-01-10{Enter}');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(server.sentTo(route)).toHaveLength(1));
    expect(await server.sentTo(route)[0].json()).toEqual({
      name: '电梯季度保养', equipmentId: equipment().id, recurrence: 'Quarterly', firstDueOn: '2027-01-10', category: 'Lift', leadDays: 7,
    });
  });
});
