import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { frontDesk } from './fixtures';
import { feeNotice, signed, waiting } from './noticeFixtures';
import type { NoticeLetter, NoticeLetters } from './types';

const lettersRoute = `GET /api/v1/notices/${feeNotice.id}/letters`;
const letter = (delivery: typeof signed, addressees: string[]): NoticeLetter =>
  ({ unitId: delivery.unitId, unit: delivery.unit, site: '翠湖花园', building: '3栋', addressees, acknowledgedAt: delivery.acknowledgedAt });
const page = (items: NoticeLetter[], nextCursor: string | null): NoticeLetters =>
  ({ noticeId: feeNotice.id, number: feeNotice.number, kind: feeNotice.kind, title: feeNotice.title, body: feeNotice.body, sentAt: feeNotice.sentAt, items, nextCursor });

describe('printing letters', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lays out every letter of every page, to the owners and occupants or to whoever lives there, and prints them', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [lettersRoute]: (request) => json(new URL(request.url).searchParams.get('cursor') === 'next'
        ? page([letter(waiting, [])], null)
        : page([letter(signed, ['王建国', '李秀英'])], 'next')),
    });
    const { user } = renderApp(`/notices/${feeNotice.id}/letters`);

    const first = await screen.findByRole('article', { name: signed.unit });
    const second = await screen.findByRole('article', { name: waiting.unit });
    expect(within(first).getByRole('heading', { name: '交费通知单' })).toBeInTheDocument();
    expect(within(first).getByText('编号：HY-2026-0007')).toBeInTheDocument();
    expect(within(first).getByText('致：王建国、李秀英')).toBeInTheDocument();
    expect(within(first).getByText(`地址：${signed.unit}`)).toBeInTheDocument();
    expect(within(first).getByText('请于1月31日前交纳物业费。')).toBeInTheDocument();
    expect(within(first).getByText('翠湖花园 物业服务中心')).toBeInTheDocument();
    expect(within(first).getByText('2026年12月6日')).toBeInTheDocument();
    expect(within(second).getByText('致：业主/住户')).toBeInTheDocument();
    expect(server.sentTo(lettersRoute)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: /打印 2 封信函/ }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says why when the notice was not sent by letter', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [lettersRoute]: () => problem(409, '此通知未以函件送达，没有可打印的信函'),
    });
    renderApp(`/notices/${feeNotice.id}/letters`);

    expect(await screen.findByText('此通知未以函件送达，没有可打印的信函')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /打印 0 封信函/ })).toBeDisabled();
  });

  it('opens from a notice sent by letter, and a notice sent otherwise offers no letters', async () => {
    const posted = { ...feeNotice, id: '0190e000-0000-7000-8000-00000000f002', number: 'HY-2026-0008', channels: ['Posting' as const] };
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/notices': () => json({ items: [feeNotice, posted], nextCursor: null }),
      [`GET /api/v1/notices/${posted.id}`]: () => json(posted),
      [`GET /api/v1/notices/${posted.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
      [`GET /api/v1/notices/${feeNotice.id}`]: () => json(feeNotice),
      [`GET /api/v1/notices/${feeNotice.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
      [lettersRoute]: () => json(page([letter(signed, ['王建国'])], null)),
    });
    const { user } = renderApp('/notices');

    await user.click(await screen.findByRole('button', { name: 'HY-2026-0008' }));
    await within(await screen.findByRole('dialog')).findByText('张贴');
    expect(screen.queryByRole('button', { name: /打印信函/ })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'HY-2026-0007' }));
    await user.click(await screen.findByRole('button', { name: /打印信函/ }));

    expect(await screen.findByText('致：王建国')).toBeInTheDocument();
  });
});
