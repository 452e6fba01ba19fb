import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi, path } from './detailApi';
import { complaint, complaintAgent } from './fixtures';
import type { ComplaintTimelineItem } from './types';

const line = (overrides: Partial<ComplaintTimelineItem>): ComplaintTimelineItem => ({
  at: '2026-12-06T02:00:00Z', source: 'complaint', kind: null, clockEvent: null, metric: null, actor: 'staff:1', actorName: '李娜',
  fromStatus: null, toStatus: null, detail: '', escalationLevel: null, code: '', args: {}, ...overrides,
});

describe('complaint contacts, timeline and same-day clock', () => {
  it('logs a contact on the complaint and shows the log', async () => {
    const logged = { id: 'k1', complaintId: complaint().id, at: '2026-12-06T03:00:00Z', method: 'Phone', outcome: 'Reached', handlerId: null, handlerName: '李娜', note: '业主同意下午面谈', smsMessageId: null, warnings: [] };
    const server = detailApi(complaintAgent, complaint(), {
      [`GET ${path}/contacts`]: () => json({ items: server.sentTo(`POST ${path}/contacts`).length > 0 ? [logged] : [] }),
      [`POST ${path}/contacts`]: () => json(logged, 201),
    });
    const { user } = renderApp(`/complaints/${complaint().id}`);

    await user.type(await screen.findByLabelText('业主回复的具体内容'), '业主同意下午面谈');
    await user.click(screen.getByRole('button', { name: '保存联系记录' }));

    expect(await screen.findByRole('cell', { name: '业主同意下午面谈' })).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/contacts`)[0].json()).toEqual({ method: 'Phone', outcome: 'Reached', note: '业主同意下午面谈' });
  }, 40_000);

  it('words the timeline’s steps with what was said, severity raises and clock events, and shows the same-day investigation', async () => {
    detailApi(complaintAgent, complaint(), {
      [`GET ${path}/timeline`]: () => json({
        items: [
          line({ kind: 'Registered', code: 'registered', detail: 'x', args: { channel: 'Phone', category: 'Fees', severity: 'General', description: '物业费多收' } }),
          line({ source: 'clock', clockEvent: 'Breached', metric: 'Investigation', actor: 'system', actorName: 'SLA', detail: 'due', code: 'clock_breached' }),
          line({ kind: 'SeverityRaised', code: 'severity_raised', detail: 'x', args: { from: 'General', to: 'Important', cause: 'Repeat', reason: '再次投诉' } }),
          line({ kind: 'StepTaken', code: 'step_taken', fromStatus: 'Registered', toStatus: 'Investigated', detail: 'x',
            args: { from: 'Registered', to: 'Investigated', findings: '确有多收', rootCause: 'BillingError' } }),
        ],
      }),
    });
    renderApp(`/complaints/${complaint().id}`);

    expect(await screen.findByText('来电 · 收费 · 一般投诉：物业费多收')).toBeInTheDocument();
    expect(screen.getByText('当天调查 · 超时')).toBeInTheDocument();
    expect(screen.getByText('一般投诉 → 重要投诉（重复投诉）：再次投诉')).toBeInTheDocument();
    expect(screen.getByText('处理步骤 · 已调查')).toBeInTheDocument();
    expect(screen.getByText('调查结果：确有多收；根本原因：收费差错')).toBeInTheDocument();
    expect(screen.getAllByText('当天调查').length).toBeGreaterThan(0);
  }, 40_000);
});
