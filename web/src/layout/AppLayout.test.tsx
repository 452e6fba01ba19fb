import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { viewportWidth } from '../test/viewport';

function signedInAsAgent() {
  fakeApi({
    'GET /api/v1/auth/me': () => json(agent),
    'GET /api/v1/staff': () => json({ items: [], nextCursor: null }),
  });
}

const widthOf = (menu: HTMLElement) => menu.style.width;

describe('the side menu', () => {
  it('takes no width on a phone until the header menu button opens it, and closes once a section is chosen', async () => {
    viewportWidth(390);
    signedInAsAgent();
    const { user } = renderApp('/');

    const toggle = await screen.findByRole('button', { name: '菜单' });
    const menu = screen.getByRole('complementary');
    // The header stays one row: the name does not wrap and signing out is an icon with its name for screen readers.
    const name = screen.getByText(`${agent.serviceNumber}号 ${agent.displayName}`).closest<HTMLElement>('.ant-typography');
    expect(name?.style.whiteSpace).toBe('nowrap');
    expect(screen.getByRole('button', { name: '退出登录' })).not.toHaveTextContent('退出登录');
    expect(widthOf(menu)).toBe('0px');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(widthOf(menu)).toBe('208px');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(within(menu).getByRole('menuitem', { name: /员工管理/ }));
    expect(await screen.findByRole('heading', { name: '员工管理' })).toBeInTheDocument();
    expect(widthOf(menu)).toBe('0px');
  });

  it('stays open beside the page on a desktop, with no menu button', async () => {
    viewportWidth(1280);
    signedInAsAgent();
    renderApp('/');

    expect(await screen.findByRole('button', { name: /退出登录/ })).toHaveTextContent('退出登录');
    expect(widthOf(screen.getByRole('complementary'))).toBe('208px');
    expect(screen.queryByRole('button', { name: '菜单' })).not.toBeInTheDocument();
  });
});
