import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { fakeUpload } from './fakeUpload';
import { fieldTechnician, jobDetail, openVisit } from './fixtures';

const job = jobDetail();
const path = `/api/v1/me/jobs/${job.job.id}`;

function jobApi(more: Routes = {}, detail = job) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(fieldTechnician),
    [`GET ${path}`]: () => json(detail),
    'GET /api/v1/me/jobs': () => json({ items: [detail.job] }),
    ...more,
  });
}

async function openSection(user: UserEvent, name: RegExp) {
  await user.click(await screen.findByRole('button', { name }));
}

describe('job on site', () => {
  it('checks in with the position the phone gives', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: { getCurrentPosition: (found: PositionCallback) => found({ coords: { latitude: 31.23, longitude: 121.47 } } as GeolocationPosition) },
    });
    const server = jobApi({ [`POST ${path}/check-in`]: () => json(openVisit) });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    expect(await screen.findByText('厨房水管漏水')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '签到' }));

    expect(await screen.findByText('已签到')).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/check-in`)[0].json()).toEqual({ latitude: 31.23, longitude: 121.47 });
  }, 40_000);

  it('checks out, once on site, and shows the server refusing', async () => {
    jobApi({ [`POST ${path}/check-out`]: () => problem(409, '您尚未签到。') }, jobDetail({ visits: [openVisit] }));
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await user.click(await screen.findByRole('button', { name: '签退' }));

    expect(await screen.findByText('您尚未签到。')).toBeInTheDocument();
  }, 40_000);

  it('logs the work with the materials used', async () => {
    const server = jobApi({ [`POST ${path}/work-log`]: () => json({}, 201) });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await openSection(user, /工作记录/);
    await user.type(screen.getByLabelText('情况说明'), '更换三通接头');
    await user.click(screen.getByRole('button', { name: /添加材料/ }));
    await user.type(screen.getByLabelText('材料名称'), 'PPR三通');
    await user.type(screen.getByLabelText('数量'), '2');
    await user.type(screen.getByLabelText('单位'), '个');
    await user.click(screen.getByRole('button', { name: '保存工作记录' }));

    expect(await screen.findByText('已保存工作记录')).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/work-log`)[0].json()).toEqual({
      explanation: '更换三通接头',
      materials: [{ name: 'PPR三通', quantity: 2, unit: '个' }],
    });
  }, 40_000);

  it('closes the work log once saved but leaves open the section the technician opened meanwhile', async () => {
    let releaseRefetch = () => {};
    const refetched = new Promise<void>((resolve) => (releaseRefetch = resolve));
    let loads = 0;
    jobApi({
      [`GET ${path}`]: async () => {
        if (loads++ > 0) await refetched;
        return json(job);
      },
      [`POST ${path}/work-log`]: () => json({}, 201),
    });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await openSection(user, /工作记录/);
    await user.type(screen.getByLabelText('情况说明'), '更换三通接头');
    await user.click(screen.getByRole('button', { name: '保存工作记录' }));
    await expect.poll(() => loads).toBe(2);
    await openSection(user, /客户签字/);
    releaseRefetch();

    expect(await screen.findByText('已保存工作记录')).toBeInTheDocument();
    await expect.poll(() => screen.queryByLabelText('情况说明')).not.toBeVisible();
    expect(screen.getByLabelText('客户姓名')).toBeVisible();
  }, 40_000);

  it('uploads a photo with its own Idempotency-Key and shows the progress', async () => {
    jobApi();
    const { sent: uploads, finish } = fakeUpload(201, { id: 'p1' });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await openSection(user, /现场照片/);
    const input = screen.getByLabelText('上传照片', { selector: 'input' });
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).toHaveAttribute('capture', 'environment');
    await user.upload(input, new File(['jpeg'], 'leak.jpg', { type: 'image/jpeg' }));

    expect(await screen.findByText('leak.jpg')).toBeInTheDocument();
    expect(await screen.findByText('50%')).toBeInTheDocument();
    finish();
    await expect.poll(() => document.querySelector('.ant-progress-status-success')).not.toBeNull();
    expect(uploads).toHaveLength(1);
    expect(uploads[0].url).toMatch(new RegExp(`${path}/photos$`));
    expect(uploads[0].headers['Idempotency-Key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uploads[0].headers['Content-Type']).toBe('image/jpeg');
  }, 40_000);

  it('retries a failed photo with the same Idempotency-Key', async () => {
    jobApi();
    const { sent: uploads, finish } = fakeUpload(400, { title: 'Bad Request', status: 400, detail: '照片格式不支持。' });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await openSection(user, /现场照片/);
    await user.upload(screen.getByLabelText('上传照片', { selector: 'input' }), new File(['gif'], 'leak.gif', { type: 'image/gif' }));
    await expect.poll(() => uploads.length).toBe(1);
    finish();
    expect(await screen.findByText('上传失败：照片格式不支持。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));

    await expect.poll(() => uploads.length).toBe(2);
    expect(uploads[1].headers['Idempotency-Key']).toBe(uploads[0].headers['Idempotency-Key']);
  }, 40_000);

  it('resolves chargeable work with its fee, and shows a refusal', async () => {
    const server = jobApi({ [`POST ${path}/resolve`]: () => problem(409, '工单状态为已预约，不能办结。') });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await openSection(user, /完工/);
    await user.type(screen.getByLabelText('处理结果'), '已更换接头，试水正常');
    await user.click(screen.getByRole('switch', { name: '有偿服务' }));
    await user.type(await screen.findByLabelText('收费金额（元）'), '80');
    const form = screen.getByLabelText('处理结果').closest('form')!;
    await user.click(within(form).getByRole('button', { name: '完工' }));

    expect(await screen.findByText('工单状态为已预约，不能办结。')).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/resolve`)[0].json()).toEqual({ summary: '已更换接头，试水正常', chargeable: true, fee: 80 });
  }, 40_000);

  it('hands the job back with a reason', async () => {
    const server = jobApi({ [`POST /api/v1/tickets/${job.job.id}/hand-back`]: () => new Response(null, { status: 204 }) });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await user.click(await screen.findByRole('button', { name: '退回' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('退回将同时为您签退离场。')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('退回原因'), '需要电工配合');
    await user.click(within(dialog).getByRole('button', { name: '退回' }));

    expect(await screen.findByText('已退回')).toBeInTheDocument();
    expect(await server.sentTo(`POST /api/v1/tickets/${job.job.id}/hand-back`)[0].json()).toEqual({ reason: '需要电工配合' });
  }, 40_000);

  it('says, when on site, that handing back checks the technician out too', async () => {
    jobApi({}, jobDetail({ visits: [openVisit] }));
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await user.click(await screen.findByRole('button', { name: '退回' }));

    expect(await within(await screen.findByRole('dialog')).findByText('退回将同时为您签退离场。')).toBeInTheDocument();
  }, 40_000);
});
