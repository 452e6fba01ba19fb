import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { fieldTechnician, jobSummary } from './fixtures';

describe('my jobs', () => {
  it('lists my jobs with the customer to call, the unit, the appointment and the countdown', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(fieldTechnician),
      'GET /api/v1/me/jobs': () => json({ items: [jobSummary()] }),
    });
    renderApp('/my/jobs');

    const link = await screen.findByRole('link', { name: 'T-20261123-0042' });
    expect(link).toHaveAttribute('href', '/my/jobs/0190d000-0000-7000-8000-000000000001');
    const card = link.closest('.ant-card') as HTMLElement;
    for (const text of ['给排水', '王建国', '3-2-1201', '2026/11/23 14:00 – 2026/11/23 16:00', '已预约', '负责人', /按时 · 剩余/]) {
      expect(within(card).getByText(text)).toBeInTheDocument();
    }
    expect(within(card).getByRole('link', { name: /13812345678/ })).toHaveAttribute('href', 'tel:13812345678');
    expect(screen.getByRole('menu')).toHaveTextContent('我的任务');
  }, 40_000);

  it('says so when there is nothing to do', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(fieldTechnician),
      'GET /api/v1/me/jobs': () => json({ items: [] }),
    });
    renderApp('/my/jobs');

    expect(await screen.findByText('暂无任务')).toBeInTheDocument();
  }, 40_000);
});
