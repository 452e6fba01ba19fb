import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../api/types';
import { json, problem, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi } from './detailApi';
import { customer, customerManager, customerReader, merchant } from './fixtures';
import type { Customer } from './types';

const scores = { assetSize: 22, businessScale: 18, brandStrength: 20, cooperativeness: 25, evidence: '年营业额 800 万，连锁品牌，缴费从未逾期' };
const scored: Customer = { ...merchant, score: { ...scores, total: 85, scoredAt: '2026-07-01T02:00:00Z', scoredBy: 'system' } };

async function openScoreTab(me: CurrentUser, current: () => Customer, more: Routes = {}) {
  const server = detailApi(me, current, more);
  const { user } = renderApp(`/customers/${current().id}`);
  await user.click(await screen.findByRole('tab', { name: '级别与评分' }));
  return { server, user };
}

async function enter(user: Awaited<ReturnType<typeof openScoreTab>>['user'], values: typeof scores) {
  const form = (await screen.findByLabelText('物业资产规模')).closest('form')!;
  for (const [label, value] of [
    ['物业资产规模', values.assetSize],
    ['经营规模', values.businessScale],
    ['品牌实力', values.brandStrength],
    ['业务配合度', values.cooperativeness],
  ] as const) {
    await user.type(within(form).getByLabelText(label), String(value));
  }
  await user.type(within(form).getByLabelText('评分依据'), values.evidence);
  return form;
}

describe('grading scores', () => {
  it('lets a manager score a merchant, adding up the total, and shows the saved scores', async () => {
    let current = merchant;
    const { server, user } = await openScoreTab(customerManager, () => current, {
      [`PUT /api/v1/customers/${merchant.id}/score`]: () => ((current = scored), json(scored)),
    });

    const form = await enter(user, scores);
    expect(within(form).getByText('总分 85 / 100')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '保存评分' }));

    expect(await screen.findByText('评分已保存，总分 85')).toBeInTheDocument();
    const saved = (await screen.findByText('85 / 100')).closest('.ant-descriptions') as HTMLElement;
    for (const text of ['22', '18', '20', '25', scores.evidence]) expect(within(saved).getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重新评分/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('物业资产规模')).not.toBeInTheDocument();
    expect(await server.sentTo(`PUT /api/v1/customers/${merchant.id}/score`)[0].json()).toEqual(scores);
  });

  it('shows the server’s field error under the score it is about', async () => {
    const { server, user } = await openScoreTab(customerManager, () => merchant, {
      [`PUT /api/v1/customers/${merchant.id}/score`]: () =>
        problem(400, 'One or more validation errors occurred.', { assetSize: ['资产规模须在 0 到 25 之间'] }),
    });

    const form = await enter(user, scores);
    await user.click(within(form).getByRole('button', { name: '保存评分' }));

    const assetSize = within(form).getByLabelText('物业资产规模').closest('.ant-form-item') as HTMLElement;
    expect(await within(assetSize).findByText('资产规模须在 0 到 25 之间')).toBeInTheDocument();
    expect(screen.getAllByText('资产规模须在 0 到 25 之间')).toHaveLength(1);
    expect(server.sentTo(`PUT /api/v1/customers/${merchant.id}/score`)).toHaveLength(1);
  });

  it('checks each score is a whole number from 0 to 25 before sending', async () => {
    const { server, user } = await openScoreTab(customerManager, () => merchant);

    const form = await enter(user, { ...scores, businessScale: 30 });
    await user.click(within(form).getByRole('button', { name: '保存评分' }));

    const businessScale = within(form).getByLabelText('经营规模').closest('.ant-form-item') as HTMLElement;
    expect(await within(businessScale).findByText('请输入 0 到 25 的整数')).toBeInTheDocument();
    expect(server.sentTo(`PUT /api/v1/customers/${merchant.id}/score`)).toHaveLength(0);
  });

  it('shows a reader the saved scores without a form', async () => {
    await openScoreTab(customerReader, () => scored);

    expect(await screen.findByText('85 / 100')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /重新评分/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('物业资产规模')).not.toBeInTheDocument();
  });

  it('offers no scoring for a person', async () => {
    await openScoreTab(customerManager, () => customer());

    expect(await screen.findByText('个人客户按规则定级，不参与评分')).toBeInTheDocument();
    expect(screen.queryByLabelText('物业资产规模')).not.toBeInTheDocument();
  });
});
