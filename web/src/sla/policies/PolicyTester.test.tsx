import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaPolicyEvaluation } from '../../api/types';
import { fakeApi, json } from '../../test/fakeApi';
import { slaReader } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { catchAll, vipTickets } from '../../test/slaFixtures';

const evaluation: SlaPolicyEvaluation = {
  policy: vipTickets,
  explanation: 'Rule 10 "一级VIP客户·复杂工单" applies: it matches workType = Ticket, complexity = Complex, customerTier = 1, vip = True.',
  explanationCode: 'rule_applies',
  explanationArgs: { order: '10', name: '一级VIP客户·复杂工单', conditions: 'workType = Ticket, complexity = Complex, customerTier = 1, vip = True' },
  firstContactDueAt: '2026-11-23T02:00:00Z',
  resolutionDueAt: '2026-11-25T01:00:00Z',
};

describe('policy tester', () => {
  it('asks which policy applies to an item and shows the answer with its due times', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(slaReader),
      'GET /api/v1/sla/calendars': () => json({ items: [] }),
      'GET /api/v1/sla/policies': () => json({ items: [vipTickets, catchAll] }),
      'POST /api/v1/sla/policies/evaluate': () => json(evaluation),
    });
    const { user } = renderApp('/sla/policies');

    const tester = (await screen.findByText('策略测试')).closest('.ant-card') as HTMLElement;
    await user.click(within(tester).getByLabelText('复杂度'));
    await user.click((await screen.findAllByTitle('复杂')).at(-1)!);
    await user.click(within(tester).getByLabelText('客户等级'));
    await user.click((await screen.findAllByTitle('一级客户')).at(-1)!);
    await user.click(within(tester).getByLabelText('VIP'));
    await user.click((await screen.findAllByTitle('VIP')).at(-1)!);
    await user.type(within(tester).getByLabelText('类别'), '  ');
    await user.click(within(tester).getByRole('button', { name: /测试/ }));

    const result = await within(tester).findByLabelText('测试结果');
    const why = '适用第 10 条规则“一级VIP客户·复杂工单”，其条件为：workType = Ticket, complexity = Complex, customerTier = 1, vip = True。';
    for (const text of ['一级VIP客户·复杂工单', why, '2026/11/23 10:00', '2026/11/25 09:00']) {
      expect(within(result).getByText(text)).toBeInTheDocument();
    }
    const [sent] = server.sentTo('POST /api/v1/sla/policies/evaluate');
    expect(await sent.json()).toEqual({ workType: 'Ticket', complexity: 'Complex', customerTier: 1, vip: true });
  }, 40_000);
});
