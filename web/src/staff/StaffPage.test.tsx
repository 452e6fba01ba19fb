import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../api/types';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { admin, agent, repairTeam, staffMember } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const liqiang = staffMember();

function staffApi(me = admin, staff: Staff[] = [liqiang], more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    'GET /api/v1/teams': () => json({ items: [repairTeam] }),
    'GET /api/v1/staff': () => json({ items: staff, nextCursor: null }),
    ...more,
  });
}

async function openCreateForm(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: /新增员工/ }));
  return screen.findByRole('dialog');
}

async function fillCreateForm(user: UserEvent, form: HTMLElement) {
  await user.type(within(form).getByLabelText('用户名'), 'wangfang');
  await user.type(within(form).getByLabelText('姓名'), '王芳');
  await user.type(within(form).getByLabelText('初始密码'), 'Repair2026');
  await user.click(within(form).getByLabelText('角色'));
  await user.click(await screen.findByTitle('维修工'));
}

describe('staff administration', () => {
  it('lists the staff with their roles, team, skills and status', async () => {
    staffApi();
    renderApp('/admin/staff');

    const row = (await screen.findByText('liqiang')).closest('tr')!;
    for (const text of ['李强', '301', '维修工', '工程维修一组', '给排水', '电气', '在职', '2026/03/01 10:30']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
  });

  it('says so when no one matches', async () => {
    staffApi(admin, []);
    renderApp('/admin/staff');

    expect(await screen.findByText('没有符合条件的员工')).toBeInTheDocument();
  });

  it('sends the search and filters to the server', async () => {
    const server = staffApi();
    const { user } = renderApp('/admin/staff?role=Technician');

    await user.type(await screen.findByRole('searchbox'), '李强{Enter}');

    const query = new URL(server.sentTo('GET /api/v1/staff').at(-1)!.url).searchParams;
    expect(query.get('search')).toBe('李强');
    expect(query.get('role')).toBe('Technician');
    expect(query.has('active')).toBe(false);
  });

  it('loads the next page from the cursor', async () => {
    const zhaolei = staffMember({ id: '0190a000-0000-7000-8000-000000000011', username: 'zhaolei', displayName: '赵磊' });
    const server = staffApi(admin, [], {
      'GET /api/v1/staff': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? json({ items: [zhaolei], nextCursor: null })
          : json({ items: [liqiang], nextCursor: 'page-2' }),
    });
    const { user } = renderApp('/admin/staff');

    await user.click(await screen.findByRole('button', { name: '加载更多' }));

    expect(await screen.findByText('zhaolei')).toBeInTheDocument();
    expect(screen.getByText('liqiang')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/staff')).toHaveLength(2);
  });

  it('offers no changes to those who may only read', async () => {
    staffApi(agent);
    renderApp('/admin/staff');

    expect(await screen.findByText('liqiang')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增员工/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '停用' })).not.toBeInTheDocument();
  });

  it('checks the new staff member’s fields before sending them', async () => {
    const server = staffApi();
    const { user } = renderApp('/admin/staff');
    const form = await openCreateForm(user);

    await user.type(within(form).getByLabelText('初始密码'), 'abcdefgh');
    await user.click(within(form).getByRole('button', { name: '创建' }));

    expect(await within(form).findByText('请输入用户名')).toBeInTheDocument();
    expect(within(form).getByText('请输入姓名')).toBeInTheDocument();
    expect(within(form).getByText('请至少选择一个角色')).toBeInTheDocument();
    expect(within(form).getAllByText('至少 10 个字符，不能包含用户名或工号，也不能是常见密码')).toHaveLength(2);
    expect(server.sentTo('POST /api/v1/staff')).toHaveLength(0);
  });

  it('creates a staff member', async () => {
    const created = staffMember({ id: '0190a000-0000-7000-8000-000000000012', username: 'wangfang', displayName: '王芳', serviceNumber: '302' });
    const server = staffApi(admin, [liqiang], { 'POST /api/v1/staff': () => json(created, 201) });
    const { user } = renderApp('/admin/staff');
    const form = await openCreateForm(user);

    await fillCreateForm(user, form);
    await user.click(within(form).getByRole('button', { name: '创建' }));

    expect(await screen.findByText('已创建员工 王芳（302号）')).toBeInTheDocument();
    expect(await server.sentTo('POST /api/v1/staff')[0].json()).toEqual({
      username: 'wangfang',
      displayName: '王芳',
      password: 'Repair2026',
      roles: ['Technician'],
    });
  });

  it('shows the server’s field errors on the fields', async () => {
    staffApi(admin, [liqiang], {
      'POST /api/v1/staff': () => problem(400, 'Validation failed', { username: ['用户名格式不正确'], password: ['密码过于常见'] }),
    });
    const { user } = renderApp('/admin/staff');
    const form = await openCreateForm(user);

    await fillCreateForm(user, form);
    await user.click(within(form).getByRole('button', { name: '创建' }));

    expect(await within(form).findByText('用户名格式不正确')).toBeInTheDocument();
    expect(within(form).getByText('密码过于常见')).toBeInTheDocument();
  });

  it('shows a taken username on the username field', async () => {
    staffApi(admin, [liqiang], { 'POST /api/v1/staff': () => problem(409, '用户名 wangfang 已被占用') });
    const { user } = renderApp('/admin/staff');
    const form = await openCreateForm(user);

    await fillCreateForm(user, form);
    await user.click(within(form).getByRole('button', { name: '创建' }));

    const message = await within(form).findByText('用户名 wangfang 已被占用');
    expect(message.closest('.ant-form-item')).toHaveTextContent('用户名');
  });

  it('deactivates a staff member after confirmation, but not oneself', async () => {
    const adminRow = staffMember({ id: admin.id, username: admin.username, displayName: admin.displayName, roles: ['Admin'] });
    const server = staffApi(admin, [liqiang, adminRow], {
      [`POST /api/v1/staff/${liqiang.id}/deactivate`]: () => json({ ...liqiang, active: false }),
    });
    const { user } = renderApp('/admin/staff');

    const liqiangRow = (await screen.findByText('liqiang')).closest('tr')!;
    const ownRow = screen.getByText('admin').closest('tr')!;
    expect(within(ownRow).getByRole('button', { name: '停用' })).toBeDisabled();
    await user.click(within(liqiangRow).getByRole('button', { name: '停用' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));

    expect(await screen.findByText('已停用 李强')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/staff/${liqiang.id}/deactivate`)).toHaveLength(1);
  });

  it('gives a staff member a temporary password, with the server’s objection on the field', async () => {
    const route = `POST /api/v1/staff/${liqiang.id}/password-reset`;
    const server = staffApi(admin, [liqiang], {
      [route]: async (request) => {
        const { temporaryPassword } = (await request.json()) as { temporaryPassword: string };
        return temporaryPassword === 'Password123'
          ? problem(400, 'Validation failed', { temporaryPassword: ['这个密码太常见'] })
          : new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/admin/staff');

    await user.click(within((await screen.findByText('liqiang')).closest('tr')!).getByRole('button', { name: '重置密码' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('重置 李强 的密码')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('临时密码'), 'Password123');
    await user.click(within(dialog).getByRole('button', { name: '重置' }));
    expect(await within(dialog).findByText('这个密码太常见')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('临时密码'));
    await user.type(within(dialog).getByLabelText('临时密码'), 'Temporary-key-31');
    await user.click(within(dialog).getByRole('button', { name: '重置' }));

    expect(await screen.findByText('已重置 李强 的密码')).toBeInTheDocument();
    expect(await server.sentTo(route)[1].json()).toEqual({ temporaryPassword: 'Temporary-key-31' });
  });

  it('sets a staff member’s e-mail and mobile, showing what is on file and the server’s objection on the field', async () => {
    const route = `PUT /api/v1/staff/${liqiang.id}/contact`;
    const server = staffApi(admin, [{ ...liqiang, email: 'li@estate.test', mobile: null }], {
      [route]: async (request) => {
        const body = (await request.json()) as { email: string; mobile: string };
        return body.email === 'taken@estate.test'
          ? problem(400, 'Validation failed', { email: ['邮箱无效'] })
          : json({ ...liqiang, ...body });
      },
    });
    const { user } = renderApp('/admin/staff');

    await user.click(within((await screen.findByText('liqiang')).closest('tr')!).getByRole('button', { name: '联系方式' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('电子邮箱')).toHaveValue('li@estate.test');
    await user.type(within(dialog).getByLabelText('手机号'), '2381234567');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('11 位手机号，以 1 开头')).toBeInTheDocument();
    expect(server.sentTo(route)).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('手机号'));
    await user.type(within(dialog).getByLabelText('手机号'), '13812345678');
    await user.clear(within(dialog).getByLabelText('电子邮箱'));
    await user.type(within(dialog).getByLabelText('电子邮箱'), 'taken@estate.test');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('邮箱无效')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('电子邮箱'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存 李强 的联系方式')).toBeInTheDocument();
    expect(await server.sentTo(route)[1].json()).toEqual({ email: '', mobile: '13812345678' });
  }, 40_000);

  it('offers no password reset to those who may not manage staff', async () => {
    staffApi(agent);
    renderApp('/admin/staff');

    await screen.findByText('liqiang');
    expect(screen.queryByRole('button', { name: '重置密码' })).not.toBeInTheDocument();
  });
});
