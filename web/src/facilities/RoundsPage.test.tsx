import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { fieldTechnician, frontDesk } from './fixtures';
import { facilitiesSupervisor, round, roundId, roundItem, roundSummary, teamId } from './inspectionFixtures';

const done = roundSummary({ id: '0190e000-0000-7000-8000-00000000a002', place: { siteId: 's', areaId: 'a', label: '翠湖花园 大堂' }, checklist: '公共区域日巡', status: 'Completed', recorded: 3, failed: 1 });

describe('today’s rounds', () => {
  it('lists the day’s rounds with their teams and progress, and filters them by status', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json({ ...facilitiesSupervisor, permissions: [...facilitiesSupervisor.permissions, 'staff:read'] }),
      'GET /api/v1/facilities/rounds': () => json([roundSummary({ recorded: 1 }), done]),
      'GET /api/v1/teams': () => json({ items: [{ id: teamId, name: '工程一组' }] }),
    });
    const { user } = renderApp('/facilities/rounds');

    const open = (await screen.findByRole('link', { name: '翠湖花园 3栋 2单元 1502' })).closest('tr') as HTMLElement;
    expect(within(open).getByText('已检 1/3')).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: '开始巡检' })).toHaveAttribute('href', `/my/rounds/${roundId}`);
    expect(await within(open).findByText('工程一组')).toBeInTheDocument();
    const completed = screen.getByRole('link', { name: '翠湖花园 大堂' }).closest('tr') as HTMLElement;
    expect(within(completed).getByText('1 项不合格')).toBeInTheDocument();
    expect(within(completed).queryByRole('link', { name: '开始巡检' })).not.toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/facilities/rounds')[0].url).searchParams.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click(await screen.findByTitle('已完成'));

    await waitFor(() => expect(screen.queryByRole('link', { name: '翠湖花园 3栋 2单元 1502' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: '翠湖花园 大堂' })).toBeInTheDocument();
  });

  it('leaves the teams out for a technician, who may not read them', async () => {
    const server = fakeApi({ 'GET /api/v1/auth/me': () => json(fieldTechnician), 'GET /api/v1/facilities/rounds': () => json([roundSummary()]) });
    renderApp('/facilities/rounds');

    expect(await screen.findByRole('link', { name: '开始巡检' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '班组' })).not.toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/teams')).toHaveLength(0);
  });

  it('offers no round walk to whoever does not do rounds', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/facilities/rounds': () => json([roundSummary()]),
      'GET /api/v1/teams': () => json({ items: [] }),
    });
    renderApp('/facilities/rounds');

    expect(await screen.findByRole('link', { name: '翠湖花园 3栋 2单元 1502' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '开始巡检' })).not.toBeInTheDocument();
  });

  it('reports what each item found, the reading against its limits and the ticket a failure opened', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [`GET /api/v1/facilities/rounds/${roundId}`]: () =>
        json(round([
          roundItem({ result: 'Pass' }),
          roundItem({ itemId: 'i-2', text: '管道有无漏水', result: 'Fail', failed: true, ticketId: 't-9', ticketNumber: 'T20261206-0009', photoUrls: ['/api/v1/facilities/rounds/r/photos/p'] }),
          roundItem({ itemId: 'i-3', text: '水表读数', kind: 'Reading', min: 0, max: 5, unit: 'm³', result: 'Pass', reading: 7.5, failed: true }),
        ], { status: 'Completed', completedAt: '2026-12-06T03:00:00Z', completedBy: '李师傅' })),
    });
    renderApp(`/facilities/rounds/${roundId}`);

    const leak = (await screen.findByText('管道有无漏水')).closest('tr') as HTMLElement;
    expect(within(leak).getByText('不合格')).toBeInTheDocument();
    expect(within(leak).getByRole('link', { name: 'T20261206-0009' })).toHaveAttribute('href', '/tickets/t-9');
    expect(within(leak).getByRole('button', { name: '照片 1' })).toBeInTheDocument();
    const meter = screen.getByText('水表读数').closest('tr') as HTMLElement;
    expect(within(meter).getByText('7.5 m³')).toBeInTheDocument();
    expect(within(meter).getByText('0–5 m³')).toBeInTheDocument();
    expect(within(meter).getByText('不合格')).toBeInTheDocument();
    expect(within(screen.getByText('门锁完好').closest('tr') as HTMLElement).getByText('合格')).toBeInTheDocument();
  });
});
