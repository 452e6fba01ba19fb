import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { building, floorUnit, frontDesk } from './fixtures';
import { FloorGrid, unitStateColors } from './FloorGrid';

const held = floorUnit({
  id: '0190e000-0000-7000-8000-000000001502',
  number: '1502',
  fullNumber: '3-2-1502',
  vacant: false,
  occupants: [{ customerId: '0190b000-0000-7000-8000-000000000001', name: '王建国', role: 'Owner' }],
  equipmentDown: [{ id: 'e1', name: '3栋1单元电梯', type: 'Lift', downSince: '2026-12-06T01:00:00Z', reason: '困人' }],
});

function cell(name: RegExp) {
  const link = screen.getByRole('link', { name });
  return { state: link.getAttribute('data-state'), card: link.querySelector('.ant-card') as HTMLElement };
}

describe('building page', () => {
  it('lists the floors top first and shows the top floor as a grid coloured by vacant and occupied', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [`GET /api/v1/facilities/buildings/${building.id}`]: () => json(building),
      [`GET /api/v1/facilities/buildings/${building.id}/floors/15/units`]: () => json({ items: [floorUnit(), held] }),
      [`GET /api/v1/facilities/buildings/${building.id}/floors/3/units`]: () => json({ items: [] }),
    });
    const { user } = renderApp(`/facilities/buildings/${building.id}`);

    expect(await screen.findByRole('link', { name: '3-2-1501 空置' })).toBeInTheDocument();
    const vacant = cell(/3-2-1501/);
    const occupied = cell(/3-2-1502/);
    expect(vacant.state).toBe('vacant');
    expect(vacant.card).toHaveStyle({ background: unitStateColors.vacant.background });
    expect(occupied.state).toBe('occupied');
    expect(occupied.card).toHaveStyle({ background: unitStateColors.occupied.background });
    expect(within(occupied.card).getByText('王建国')).toBeInTheDocument();
    expect(within(occupied.card).getByText('1 台设备停用')).toBeInTheDocument();

    await user.click(screen.getByText(/3 层 · 1 户/));
    expect(await screen.findByText('该楼层没有房屋')).toBeInTheDocument();
    expect(server.sentTo(`GET /api/v1/facilities/buildings/${building.id}/floors/3/units`)).toHaveLength(1);
  });

  it('colours the units an outage affects red, whoever holds them', () => {
    render(
      <MemoryRouter>
        <FloorGrid units={[floorUnit(), held]} affectedUnitIds={new Set([held.id])} />
      </MemoryRouter>,
    );

    const affected = cell(/3-2-1502 受停水停电等影响/);
    expect(affected.state).toBe('affected');
    expect(affected.card).toHaveStyle({ background: unitStateColors.affected.background });
    expect(cell(/3-2-1501/).state).toBe('vacant');
  });

  it('says so when the building has no units', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [`GET /api/v1/facilities/buildings/${building.id}`]: () => json({ ...building, floorSummaries: [] }),
    });
    renderApp(`/facilities/buildings/${building.id}`);

    expect(await screen.findByText('该楼栋还没有房屋')).toBeInTheDocument();
  });
});
