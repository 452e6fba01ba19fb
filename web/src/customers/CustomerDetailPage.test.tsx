import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi } from './detailApi';
import { customer, customerAgent, customerManager } from './fixtures';

const wang = customer({ bankAccount: '6222***********0123' });
const history = {
  [`GET /api/v1/customers/${wang.id}/history`]: () =>
    json({ items: [{ id: 'h1', field: 'phones', oldValue: null, newValue: '13812345678', changedBy: 'staff:1', changedAt: '2026-03-01T02:30:00Z' }] }),
};

describe('customer detail', () => {
  it('shows the profile masked and the history, without a reveal button for an agent', async () => {
    detailApi(customerAgent, () => wang, history);
    renderApp(`/customers/${wang.id}`);

    expect(await screen.findByText('3301**********1234')).toBeInTheDocument();
    expect(screen.getByText('6222***********0123')).toBeInTheDocument();
    expect(await screen.findByText('staff:1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /查看完整信息/ })).not.toBeInTheDocument();
  });

  it('lets a manager reveal the values with a reason', async () => {
    const server = detailApi(customerManager, () => wang, {
      [`POST /api/v1/customers/${wang.id}/sensitive`]: () => json({ idNumber: '330106199001011234', bankAccount: '6222021234567890123' }),
    });
    const { user } = renderApp(`/customers/${wang.id}`);

    await user.click(await screen.findByRole('button', { name: /查看完整信息/ }));
    const dialog = (await screen.findByText('查看完整证件号与银行账号')).closest('.ant-modal') as HTMLElement;
    await user.type(within(dialog).getByLabelText('查看理由'), '核对退款账户');
    await user.click(within(dialog).getByRole('button', { name: /查看完整信息/ }));

    expect(await within(dialog).findByText('330106199001011234')).toBeInTheDocument();
    expect(within(dialog).getByText('6222021234567890123')).toBeInTheDocument();
    expect(await server.sentTo(`POST /api/v1/customers/${wang.id}/sensitive`)[0].json()).toEqual({ reason: '核对退款账户' });
  });

  it('sends changes with the ETag it read', async () => {
    const server = detailApi(customerAgent, () => wang, {
      [`PUT /api/v1/customers/${wang.id}`]: () => json(customer({ notes: '新备注' })),
    });
    const { user } = renderApp(`/customers/${wang.id}`);

    await user.click(await screen.findByRole('button', { name: /编辑/ }));
    const form = await screen.findByRole('dialog');
    await user.type(within(form).getByLabelText('备注'), '新备注');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存 王建国')).toBeInTheDocument();
    const sent = server.sentTo(`PUT /api/v1/customers/${wang.id}`)[0];
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(await sent.json()).toMatchObject({ name: '王建国', notes: '新备注', phones: ['13812345678'] });
  });
});
