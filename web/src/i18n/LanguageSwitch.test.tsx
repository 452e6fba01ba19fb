import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

it('switches the whole UI to English and remembers the choice', async () => {
  fakeApi({ 'GET /api/v1/auth/me': () => json(agent) });
  const { user } = renderApp('/');
  expect(await screen.findByText('101号 张伟')).toBeInTheDocument();

  await user.click(screen.getByText('English'));

  expect(await screen.findByText('No. 101 张伟')).toBeInTheDocument();
  expect(screen.getByRole('menuitem', { name: /Staff/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
  expect(localStorage.getItem('huiyin.language')).toBe('en');
  expect(document.documentElement.lang).toBe('en');
});
