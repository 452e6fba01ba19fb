import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { frontDesk } from './fixtures';
import { feeNotice, signed, waiting } from './noticeFixtures';
import type { NoticeDelivery } from './types';

const waiting1503: NoticeDelivery = { ...waiting, unitId: 'u-1503', unit: '翠湖花园 3栋 2单元 1503' };
const bulk = `POST /api/v1/notices/${feeNotice.id}/deliveries/acknowledge`;

async function openDeliveries(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi({
    'GET /api/v1/auth/me': () => json(frontDesk),
    'GET /api/v1/notices': () => json({ items: [feeNotice], nextCursor: null }),
    [`GET /api/v1/notices/${feeNotice.id}`]: () => json(feeNotice),
    [`GET /api/v1/notices/${feeNotice.id}/deliveries`]: () => json({ items: [signed, waiting, waiting1503], nextCursor: null }),
    ...routes,
  });
  const { user } = renderApp('/notices');
  await user.click(await screen.findByRole('button', { name: 'HY-2026-0007' }));
  const drawer = await screen.findByRole('dialog');
  await within(drawer).findByText(waiting1503.unit);
  return { server, user, drawer };
}

describe('receipts in bulk', () => {
  it('records the receipts of the units chosen at once and says which had been received before', async () => {
    const { server, user, drawer } = await openDeliveries({
      [bulk]: () => json({ acknowledged: [{ ...waiting1503, acknowledgedAt: '2026-12-06T04:00:00Z' }], alreadyAcknowledged: [{ ...waiting, acknowledgedAt: '2026-12-06T03:30:00Z' }] }),
    });
    const record = within(drawer).getByRole('button', { name: /登记所选签收/ });
    expect(record).toBeDisabled();
    expect(within(drawer).getByRole('checkbox', { name: signed.unit })).toBeDisabled();

    await user.click(within(drawer).getByRole('checkbox', { name: waiting.unit }));
    await user.click(within(drawer).getByRole('checkbox', { name: waiting1503.unit }));
    await user.click(within(drawer).getByRole('button', { name: '登记所选签收（2 户）' }));

    expect(await screen.findByText('已登记 1 户签收')).toBeInTheDocument();
    expect(await screen.findByText('1 户此前已签收，未重复登记')).toBeInTheDocument();
    expect(await server.sentTo(bulk)[0].json()).toEqual({ unitIds: [waiting.unitId, waiting1503.unitId] });
    await waitFor(() => expect(within(drawer).getByRole('button', { name: /登记所选签收/ })).toBeDisabled());
  });

  it('shows why the server refused and keeps the units chosen', async () => {
    const { user, drawer } = await openDeliveries({
      [bulk]: () => problem(400, '有房屋不在此通知的送达范围内', { unitIds: ['有房屋不在此通知的送达范围内'] }),
    });

    await user.click(within(drawer).getByRole('checkbox', { name: waiting.unit }));
    await user.click(within(drawer).getByRole('button', { name: '登记所选签收（1 户）' }));

    expect(await screen.findByText('有房屋不在此通知的送达范围内')).toBeInTheDocument();
    expect(within(drawer).getByRole('checkbox', { name: waiting.unit })).toBeChecked();
  });
});
