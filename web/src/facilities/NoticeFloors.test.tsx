import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { building, siteId } from './fixtures';
import { feeNotice, sender, site } from './noticeFixtures';

describe('sending a notice to floors', () => {
  it('chooses a building of the site, then floors among those it has, and sends them as floors of that building', async () => {
    const route = 'POST /api/v1/notices';
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(sender),
      'GET /api/v1/notices': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/facilities/sites': () => json({ items: [site] }),
      [`GET /api/v1/facilities/sites/${siteId}`]: () => json({ ...site, buildings: [building] }),
      [`GET /api/v1/facilities/buildings/${building.id}`]: () => json(building),
      [route]: () => json(feeNotice, 201),
      [`GET /api/v1/notices/${feeNotice.id}`]: () => json(feeNotice),
      [`GET /api/v1/notices/${feeNotice.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
    });
    const { user } = renderApp('/notices');

    await user.click(await screen.findByRole('button', { name: /发布通知/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('标题'), '楼道杂物整改通知');
    await user.type(within(drawer).getByLabelText('正文'), '请于三日内清理楼道杂物。');
    await user.click(within(drawer).getByLabelText('指定楼层'));
    expect(within(drawer).queryByLabelText('楼层')).not.toBeInTheDocument();
    await user.click(within(drawer).getByLabelText('小区'));
    await user.click(await screen.findByTitle('翠湖花园'));
    await user.click(within(drawer).getByLabelText('楼栋'));
    await user.click(await screen.findByTitle('3栋'));
    await user.click(within(drawer).getByLabelText('楼层'));
    await user.click(await screen.findByTitle('15 层'));
    await user.click(await screen.findByTitle('3 层'));
    await user.click(within(drawer).getByRole('button', { name: '编号并发布' }));

    expect(await screen.findByText('已发布 HY-2026-0007，送达 2 户')).toBeInTheDocument();
    expect(await server.sentTo(route)[0].json()).toEqual({
      kind: 'Notice', title: '楼道杂物整改通知', body: '请于三日内清理楼道杂物。', channels: ['Posting'], siteId: null, buildingIds: null,
      floors: [{ buildingId: building.id, floor: 15 }, { buildingId: building.id, floor: 3 }], unitIds: null,
    });
  }, 30_000);
});
