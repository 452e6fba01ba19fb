import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { technician } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

describe('the routes', () => {
  it('send visitors who are not signed in to the sign-in page', async () => {
    renderApp('/admin/staff', { signedIn: false });

    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  });

  it('greet a signed-in user with their service number, name and roles', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(technician) });
    renderApp('/');

    expect(await screen.findByText('您好，回音客服中心，301号李强为您服务')).toBeInTheDocument();
    expect(screen.getByText('301号 李强')).toBeInTheDocument();
    expect(screen.getByText('维修工')).toBeInTheDocument();
  });

  it('answer 403 where the user lacks the permission, and leave it out of the menu', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(technician) });
    renderApp('/admin/staff');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
    expect(screen.getByRole('menu')).not.toHaveTextContent('员工管理');
  });

  it('answer 404 for pages that do not exist', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(technician) });
    renderApp('/no-such-page');

    expect(await screen.findByText('抱歉，您访问的页面不存在。')).toBeInTheDocument();
  });
});
