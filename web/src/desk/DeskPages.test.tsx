import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { repairTeam } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { dayAgent, dutySupervisor, handover, liftPage, nightTechnician, roster } from './fixtures';

function deskApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(dutySupervisor),
    'GET /api/v1/teams': () => json({ items: [repairTeam] }),
    'GET /api/v1/staff': () => json({ items: [nightTechnician, dayAgent], nextCursor: null }),
    'GET /api/v1/duty/pages': () => json([]),
    'GET /api/v1/duty/roster': () => json(roster()),
    'GET /api/v1/handovers/to-me': () => json([handover()]),
    'GET /api/v1/handovers': () => json([handover()]),
    'GET /api/v1/tickets': () => json({ items: [], nextCursor: null }),
    ...more,
  });
}

describe('duty roster', () => {
  it('shows a team’s week as a grid and saves it with its shifts', async () => {
    const server = deskApi({ 'PUT /api/v1/duty/roster': () => json(roster()) });
    const { user } = renderApp('/duty/roster');

    await user.click(await screen.findByRole('combobox', { name: '小组' }));
    await user.click(await screen.findByTitle('工程维修一组'));
    expect(await screen.findByText('夜班 22:00–08:00')).toBeInTheDocument();
    expect(screen.getByText('王师傅')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存值班表' }));

    expect(await screen.findByText('值班表已保存')).toBeInTheDocument();
    const sent = await server.sentTo('PUT /api/v1/duty/roster')[0]!.json();
    expect(sent.assignments).toEqual([{ date: '2027-01-04', shift: '夜班', staffIds: [nightTechnician.id] }]);
    expect(sent.shifts.map((shift: { name: string }) => shift.name)).toEqual(['早班', '夜班']);
  }, 40_000);

  it('changes a shift’s hours in its editor, marks a night shift as crossing midnight, and saves the new hours', async () => {
    const server = deskApi({ 'PUT /api/v1/duty/roster': () => json(roster()) });
    const { user } = renderApp('/duty/roster');

    await user.click(await screen.findByRole('combobox', { name: '小组' }));
    await user.click(await screen.findByTitle('工程维修一组'));
    await user.click(await screen.findByRole('button', { name: '早班 08:00–16:00' }));
    const [start, end] = screen.getAllByRole('textbox').filter((input) => ['08:00', '16:00'].includes((input as HTMLInputElement).value));
    await user.clear(start!);
    await user.type(start!, '20:00');
    await user.clear(end!);
    await user.type(end!, '07:30{Enter}');
    expect(await screen.findByText('跨零点，次日 07:30 结束')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确定' }));

    const changed = await screen.findByRole('button', { name: '早班 20:00–07:30' });
    expect(within(changed.closest('td') as HTMLElement).getByText('跨夜')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存值班表' }));
    expect(await screen.findByText('值班表已保存')).toBeInTheDocument();
    const sent = await server.sentTo('PUT /api/v1/duty/roster')[0]!.json();
    expect(sent.shifts).toEqual([
      { name: '早班', start: '20:00:00', end: '07:30:00', days: 'Every' },
      { name: '夜班', start: '22:00:00', end: '08:00:00', days: 'Every' },
    ]);
  }, 40_000);
});

describe('shift handover', () => {
  it('lists what the last shift handed over, with the item linked and its status, and signs it', async () => {
    const server = deskApi({ [`POST /api/v1/handovers/${handover().id}/accept`]: () => json(handover({ signed: true })) });
    const { user } = renderApp('/duty/handover');

    const card = (await screen.findByText('T-20270105-0001')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'T-20270105-0001' })).toHaveAttribute('href', '/tickets/0190f000-0000-7000-8000-0000000000b1');
    expect(within(card).getByText('处理中')).toBeInTheDocument();
    expect(within(card).getByText('钥匙 × 12')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '签收接班' }));

    expect(await screen.findByText('已签收接班')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/handovers/${handover().id}/accept`)).toHaveLength(1);
  }, 40_000);

  it('says why a handover could not be signed', async () => {
    deskApi({ [`POST /api/v1/handovers/${handover().id}/accept`]: () => problem(409, '交班的班次不能自己接班，须由下一班次签收') });
    const { user } = renderApp('/duty/handover');

    await user.click(await screen.findByRole('button', { name: '签收接班' }));

    expect(await screen.findByText('交班的班次不能自己接班，须由下一班次签收')).toBeInTheDocument();
  }, 40_000);

  it('lists the unsigned handovers for the supervisor', async () => {
    deskApi();
    renderApp('/duty/handovers/unsigned');

    expect(await screen.findByText('未签收交接班', { selector: 'h4, h3, h2, h1' })).toBeInTheDocument();
    expect(await screen.findByText('3号楼电梯困人已解救，维保单位明早复检')).toBeInTheDocument();
  }, 40_000);
});

describe('emergency banner', () => {
  it('shows the emergency the person on duty was paged for above every page, linked to its ticket', async () => {
    deskApi({ 'GET /api/v1/duty/pages': () => json([liftPage]) });
    renderApp('/duty/handover');

    const banner = (await screen.findByText(/紧急事件：电梯困人/)).closest('.ant-alert') as HTMLElement;
    expect(within(banner).getByRole('link', { name: 'T-20270105-0001' })).toHaveAttribute('href', `/tickets/${liftPage.ticketId}`);
  }, 40_000);
});
