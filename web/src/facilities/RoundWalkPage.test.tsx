import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeUpload } from '../tickets/field/fakeUpload';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { viewportWidth } from '../test/viewport';
import { fieldTechnician } from './fixtures';
import { round, roundId, roundItem } from './inspectionFixtures';
import type { RoundItem } from './types';

const lock = roundItem();
const leak = roundItem({ itemId: 'i-2', text: '管道有无漏水', photoRequired: true, category: 'Plumbing' });
const meter = roundItem({ itemId: 'i-3', text: '水表读数', kind: 'Reading', min: 0, max: 5, unit: 'm³', category: 'Plumbing' });
const itemRoute = (itemId: string) => `POST /api/v1/facilities/rounds/${roundId}/items/${itemId}`;
const completeRoute = `POST /api/v1/facilities/rounds/${roundId}/complete`;

/** A round whose items take what is recorded, a failure answering a ticket. */
function walkApi(items: RoundItem[]) {
  const record = (itemId: string) => async (request: Request) => {
    const body = (await request.json()) as { result: RoundItem['result']; reading?: number | null };
    const failed = body.result === 'Fail' || (body.reading != null && body.reading > 5);
    items = items.map((item) => (item.itemId === itemId ? { ...item, ...body, failed, ...(failed ? { ticketId: 't-9', ticketNumber: 'T20261206-0009' } : {}) } : item));
    return json(items.find((item) => item.itemId === itemId));
  };
  return fakeApi({
    'GET /api/v1/auth/me': () => json(fieldTechnician),
    [`GET /api/v1/facilities/rounds/${roundId}`]: () => json(round(items)),
    [itemRoute(lock.itemId)]: record(lock.itemId),
    [itemRoute(leak.itemId)]: record(leak.itemId),
    [itemRoute(meter.itemId)]: record(meter.itemId),
    [completeRoute]: () => json(round(items, { status: 'Completed' })),
  });
}

const card = (text: string) => screen.getByText(text).closest('.ant-card') as HTMLElement;

describe('a round on the phone', () => {
  beforeEach(() => viewportWidth(390));

  it('fails an item only with its photo, sent with an Idempotency-Key, and shows the repair ticket it opened', async () => {
    const server = walkApi([lock, leak]);
    const upload = fakeUpload(201, { id: 'p-1', roundId, contentType: 'image/jpeg', length: 3, url: '/p-1', uploadedAt: '2026-12-06T01:00:00Z' });
    const { user } = renderApp(`/my/rounds/${roundId}`);

    await screen.findByText('管道有无漏水');
    expect(within(card('管道有无漏水')).getByText('此项须先拍照')).toBeInTheDocument();
    expect(within(card('管道有无漏水')).getByRole('button', { name: /不合格/ })).toBeDisabled();

    await user.upload(within(card('管道有无漏水')).getByLabelText('拍照'), new File(['jpg'], 'leak.jpg', { type: 'image/jpeg' }));
    upload.finish();
    await waitFor(() => expect(within(card('管道有无漏水')).getByRole('button', { name: /不合格/ })).toBeEnabled());
    await user.type(within(card('管道有无漏水')).getByLabelText('管道有无漏水 备注'), '厨房水管滴漏');
    await user.click(within(card('管道有无漏水')).getByRole('button', { name: /不合格/ }));

    expect(await screen.findByRole('link', { name: '已生成报修单 T20261206-0009' })).toHaveAttribute('href', '/tickets/t-9');
    expect(upload.sent[0].url).toMatch(new RegExp(`/api/v1/facilities/rounds/${roundId}/photos$`));
    expect(upload.sent[0].headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await server.sentTo(itemRoute(leak.itemId))[0].json()).toEqual({ result: 'Fail', note: '厨房水管滴漏', reading: null, photoIds: ['p-1'] });
  });

  it('records a reading and completes the round once every item has a result', async () => {
    const server = walkApi([lock, meter]);
    const { user } = renderApp(`/my/rounds/${roundId}`);

    const complete = await screen.findByRole('button', { name: '还有 2 项未检' });
    expect(complete).toBeDisabled();
    expect(within(card('水表读数')).getByRole('button', { name: '记录读数' })).toBeDisabled();

    await user.type(within(card('水表读数')).getByLabelText('水表读数 读数'), '3.2');
    await user.click(within(card('水表读数')).getByRole('button', { name: '记录读数' }));
    await user.click(within(card('门锁完好')).getByRole('button', { name: 'check 合格' }));
    await user.click(await screen.findByRole('button', { name: '完成巡检' }));

    expect(await screen.findByText('巡检已完成')).toBeInTheDocument();
    expect(await server.sentTo(itemRoute(meter.itemId))[0].json()).toMatchObject({ result: 'Pass', reading: 3.2 });
    expect(server.sentTo(completeRoute)).toHaveLength(1);
  });

  it('shows the server’s refusal of an item on its card', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(fieldTechnician),
      [`GET /api/v1/facilities/rounds/${roundId}`]: () => json(round([lock])),
      [itemRoute(lock.itemId)]: () => problem(409, '巡检已完成，不能再记录'),
    });
    const { user } = renderApp(`/my/rounds/${roundId}`);

    await user.click(within(await screen.findByText('门锁完好').then((t) => t.closest('.ant-card') as HTMLElement)).getByRole('button', { name: 'check 合格' }));

    expect(await within(card('门锁完好')).findByText('巡检已完成，不能再记录')).toBeInTheDocument();
  });
});
