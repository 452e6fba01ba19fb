import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { getSession } from '../api/session';
import { fakeApi, json, problem } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const afterReset = { ...agent, mustChangePassword: true };
const changed = { accessToken: 'access-2', refreshToken: null, expiresIn: 900, user: agent };

it('after an Admin’s reset shows only the password change until it is done', async () => {
  const server = fakeApi({
    'GET /api/v1/auth/me': () => json(afterReset),
    'POST /api/v1/auth/password': async (request) => {
      const { currentPassword } = (await request.json()) as { currentPassword: string };
      return currentPassword === 'Temporary-key-31'
        ? json(changed)
        : problem(400, 'Validation failed', { currentPassword: ['当前密码不正确'] });
    },
  });
  const { user } = renderApp('/');

  const dialog = await screen.findByRole('dialog', { name: '修改密码' });
  expect(within(dialog).getByText('管理员重置了您的密码，请先设置一个新密码再继续使用')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /退出登录/ })).not.toBeInTheDocument();
  expect(within(dialog).queryByRole('button', { name: '取消' })).not.toBeInTheDocument();

  await user.type(within(dialog).getByLabelText('当前密码'), 'Wrong-guess-11');
  await user.type(within(dialog).getByLabelText('新密码'), 'Own-choice-kite-7');
  await user.type(within(dialog).getByLabelText('确认新密码'), 'Own-choice-kite-7');
  await user.click(within(dialog).getByRole('button', { name: '修改' }));
  expect(await within(dialog).findByText('当前密码不正确')).toBeInTheDocument();

  await user.clear(within(dialog).getByLabelText('当前密码'));
  await user.type(within(dialog).getByLabelText('当前密码'), 'Temporary-key-31');
  await user.click(within(dialog).getByRole('button', { name: '修改' }));

  expect(await screen.findByRole('button', { name: /退出登录/ })).toBeInTheDocument();
  expect(getSession()).toEqual({ accessToken: 'access-2' });
  expect(await server.sentTo('POST /api/v1/auth/password')[1].json()).toEqual({
    currentPassword: 'Temporary-key-31',
    newPassword: 'Own-choice-kite-7',
  });
});
