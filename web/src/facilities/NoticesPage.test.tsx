import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { building, frontDesk, siteId } from './fixtures';
import { feeNotice, sender, signed, site, waiting } from './noticeFixtures';

describe('notices', () => {
  it('lists notices with their receipts and records a unit’s receipt from the detail, with no sending for the front desk', async () => {
    const acknowledge = `POST /api/v1/notices/${feeNotice.id}/deliveries/${waiting.unitId}/acknowledge`;
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/notices': () => json({ items: [feeNotice], nextCursor: null }),
      [`GET /api/v1/notices/${feeNotice.id}`]: () => json(feeNotice),
      [`GET /api/v1/notices/${feeNotice.id}/deliveries`]: () => json({ items: [signed, waiting], nextCursor: null }),
      [acknowledge]: () => json({ ...waiting, acknowledgedAt: '2026-12-06T04:00:00Z' }),
    });
    const { user } = renderApp('/notices');

    const row = (await screen.findByRole('button', { name: 'HY-2026-0007' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('交费通知单')).toBeInTheDocument();
    expect(within(row).getByText('翠湖花园 3栋（2 户）')).toBeInTheDocument();
    expect(within(row).getByText('函件')).toBeInTheDocument();
    expect(within(row).getByText('1 / 2 户')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /发布通知/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'HY-2026-0007' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('已发送 3 人')).toBeInTheDocument();
    const pending = (await within(drawer).findByText('翠湖花园 3栋 2单元 1502')).closest('tr') as HTMLElement;
    expect(within((within(drawer).getByText('翠湖花园 3栋 2单元 1501')).closest('tr') as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(pending).getByRole('button', { name: '登记签收' }));

    await waitFor(() => expect(server.sentTo(acknowledge)).toHaveLength(1));
  });

  it('sends a notice to some buildings of a site by the channels chosen', async () => {
    const { server, user, drawer } = await openSending();
    await user.click(within(drawer).getByRole('button', { name: '编号并发布' }));
    expect(await within(drawer).findAllByText('请填写此项')).not.toHaveLength(0);
    expect(server.sentTo(sendRoute)).toHaveLength(0);

    await user.type(within(drawer).getByLabelText('标题'), '2027年物业费交费通知');
    await user.type(within(drawer).getByLabelText('正文'), '请于1月31日前交纳物业费。');
    await user.click(within(drawer).getByLabelText('部分楼栋'));
    await user.click(within(drawer).getByLabelText('小区'));
    await user.click(await screen.findByTitle('翠湖花园'));
    await user.click(within(drawer).getByLabelText('楼栋'));
    await user.click(await screen.findByTitle('3栋'));
    await user.click(within(drawer).getByLabelText('送达方式'));
    await user.click(await screen.findByTitle('短信'));
    await user.click(within(drawer).getByRole('button', { name: '编号并发布' }));

    expect(await screen.findByText('已发布 HY-2026-0007，送达 2 户')).toBeInTheDocument();
    expect(await server.sentTo(sendRoute)[0].json()).toEqual({
      kind: 'Notice', title: '2027年物业费交费通知', body: '请于1月31日前交纳物业费。', channels: ['Posting', 'Sms'], siteId: null, buildingIds: [building.id], floors: null, unitIds: null,
    });
  }, 30_000);

  it('sends a notice to floors: a building of the site, then floors among those it has', async () => {
    const { server, user, drawer } = await openSending();
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
    expect(await server.sentTo(sendRoute)[0].json()).toEqual({
      kind: 'Notice', title: '楼道杂物整改通知', body: '请于三日内清理楼道杂物。', channels: ['Posting'], siteId: null, buildingIds: null,
      floors: [{ buildingId: building.id, floor: 15 }, { buildingId: building.id, floor: 3 }], unitIds: null,
    });
  }, 30_000);
});

const sendRoute = 'POST /api/v1/notices';

/** A sender on the notices page with the send form open, the site's buildings and floors to choose from. */
async function openSending() {
  const server = fakeApi({
    'GET /api/v1/auth/me': () => json(sender),
    'GET /api/v1/notices': () => json({ items: [], nextCursor: null }),
    'GET /api/v1/facilities/sites': () => json({ items: [site] }),
    [`GET /api/v1/facilities/sites/${siteId}`]: () => json({ ...site, buildings: [building] }),
    [`GET /api/v1/facilities/buildings/${building.id}`]: () => json(building),
    [sendRoute]: () => json(feeNotice, 201),
    [`GET /api/v1/notices/${feeNotice.id}`]: () => json(feeNotice),
    [`GET /api/v1/notices/${feeNotice.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
  });
  const { user } = renderApp('/notices');
  await user.click(await screen.findByRole('button', { name: /发布通知/ }));
  return { server, user, drawer: await screen.findByRole('dialog') };
}
