import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { thisSession } from '../sessions/fixtures';
import { fakeApi, json, problem } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

function apiAnswering(timeZoneChange: (request: Request) => Response | Promise<Response>, timeZone: string | null = null) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json({ ...agent, timeZone }),
    'GET /api/v1/me/sessions': () => json([thisSession]),
    'PUT /api/v1/me/time-zone': timeZoneChange,
  });
}

it('shows times in the desk’s zone until the person picks their own, then redraws the page in the zone picked', async () => {
  const server = apiAnswering(async (request) => json({ timeZone: (await request.json()).timeZone, deskTimeZone: 'Asia/Shanghai' }));
  const { user } = renderApp('/my/sessions');
  expect(await screen.findByText('2026/12/06 10:00')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '时区：Asia/Shanghai' }));
  expect(await screen.findByText(/按服务台所在时区（Asia\/Shanghai）计日/)).toBeInTheDocument();
  await user.type(screen.getByRole('combobox', { name: '时区' }), 'Europe/Berl');
  await user.click(await screen.findByTitle(/^Europe\/Berlin \(GMT\+[12]\)$/));
  await user.click(screen.getByRole('button', { name: '保存' }));

  expect(await screen.findByText('显示时区已保存')).toBeInTheDocument();
  expect(await server.sentTo('PUT /api/v1/me/time-zone')[0]!.json()).toEqual({ timeZone: 'Europe/Berlin' });
  expect(await screen.findByRole('button', { name: '时区：Europe/Berlin' })).toBeInTheDocument();
  expect(await screen.findByText('2026/12/06 03:00')).toBeInTheDocument();
}, 40_000);

it('goes back to the desk’s zone when the person picks to follow it', async () => {
  const server = apiAnswering(() => json({ timeZone: null, deskTimeZone: 'Asia/Shanghai' }), 'Europe/Berlin');
  const { user } = renderApp('/my/sessions');
  expect(await screen.findByText('2026/12/06 03:00')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '时区：Europe/Berlin' }));
  await user.click(await screen.findByRole('combobox', { name: '时区' }));
  await user.click(await screen.findByTitle('跟随服务台：Asia/Shanghai (GMT+8)'));
  await user.click(screen.getByRole('button', { name: '保存' }));

  expect(await server.sentTo('PUT /api/v1/me/time-zone')[0]!.json()).toEqual({ timeZone: null });
  expect(await screen.findByText('2026/12/06 10:00')).toBeInTheDocument();
}, 40_000);

it('keeps the dialog open with the server’s reason when it refuses the zone, and times stay as they were', async () => {
  apiAnswering(() => problem(400, 'One or more validation errors occurred.', { timeZone: ["'Europe/Berlin' is not a known time zone."] }));
  const { user } = renderApp('/my/sessions');
  expect(await screen.findByText('2026/12/06 10:00')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '时区：Asia/Shanghai' }));
  await user.type(await screen.findByRole('combobox', { name: '时区' }), 'Europe/Berl');
  await user.click(await screen.findByTitle(/^Europe\/Berlin \(GMT\+[12]\)$/));
  await user.click(screen.getByRole('button', { name: '保存' }));

  expect(await screen.findByText("时区保存失败：'Europe/Berlin' is not a known time zone.")).toBeInTheDocument();
  expect(screen.getByRole('dialog', { name: '显示时区' })).toBeInTheDocument();
  expect(screen.getByText('2026/12/06 10:00')).toBeInTheDocument();
}, 40_000);
