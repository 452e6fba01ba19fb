import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { detailApi, path } from './detailApi';
import { complaint, complaintAgent, complaintManager } from './fixtures';

const proposed = complaint({
  status: 'RemedyProposed',
  validity: 'Effective',
  allowedActions: ['propose-remedy', 'decide-remedy'],
  handling: { ...complaint().handling, findings: '维修工未按约定上门', validityReason: '服务未按约定完成', rootCause: 'ServiceDelay', countsAgainstStaff: true, remedyProposal: '更换电梯主板并减免当月物业费' },
});

describe('complaint detail', () => {
  it('shows where the handling is, the deadlines and the severity’s reasons, and sends the investigation with If-Match', async () => {
    const server = detailApi(complaintAgent, complaint(), { [`POST ${path}/investigate`]: () => json(complaint({ status: 'Investigated' })) });
    const { user } = renderApp(`/complaints/${complaint().id}`);

    expect(await screen.findByText('投诉（重要）')).toBeInTheDocument();
    expect(screen.getByText('涉及 6 户（5 至 9 户）：重要投诉')).toBeInTheDocument();
    expect(document.querySelector('.ant-steps-item-process')).toHaveTextContent('调查核实');
    expect(screen.getByText('受理确认')).toBeInTheDocument();
    expect(screen.getByText('转交部门')).toBeInTheDocument();

    await user.type(screen.getByLabelText('调查结果'), '维修工未按约定上门');
    await user.click(screen.getByRole('radio', { name: '有效投诉' }));
    await user.type(screen.getByLabelText('认定理由'), '服务未按约定完成');
    await user.click(screen.getByLabelText('根本原因'));
    await user.click((await screen.findAllByTitle('服务不及时')).at(-1)!);
    await user.click(screen.getByRole('button', { name: '提交调查结果' }));

    await screen.findByText('投诉（重要）');
    const [sent] = server.sentTo(`POST ${path}/investigate`);
    expect(sent.headers.get('If-Match')).toBe('"4"');
    expect(await sent.json()).toEqual({ findings: '维修工未按约定上门', validity: 'Effective', validityReason: '服务未按约定完成', rootCause: 'ServiceDelay' });
  }, 40_000);

  it('lets only the Manager decide the remedy; the agent waits for the decision', async () => {
    detailApi(complaintAgent, proposed);
    renderApp(`/complaints/${proposed.id}`);

    expect(await screen.findByText('等待客服经理决定处理方案与责任部门')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '决定方案' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提出方案' })).toBeInTheDocument();
  }, 40_000);

  it('sends the Manager’s decision with the proposed remedy as its start and the responsible department', async () => {
    const server = detailApi(complaintManager, proposed, { [`POST ${path}/decide-remedy`]: () => json(proposed) });
    const { user } = renderApp(`/complaints/${proposed.id}`);

    expect(await screen.findByLabelText('决定的处理方案')).toHaveValue('更换电梯主板并减免当月物业费');
    await user.type(screen.getByLabelText('责任部门'), '工程部');
    await user.click(screen.getByRole('button', { name: '决定方案' }));

    await screen.findByText('维修工未按约定上门');
    expect(await server.sentTo(`POST ${path}/decide-remedy`)[0].json()).toEqual({ remedy: '更换电梯主板并减免当月物业费', responsibleDepartment: '工程部' });
  }, 40_000);

  it('asks for the customer’s feedback when the remedy is not accepted', async () => {
    const carriedOut = complaint({ status: 'CarriedOut', allowedActions: ['confirm'] });
    const server = detailApi(complaintAgent, carriedOut, { [`POST ${path}/confirm`]: () => json(carriedOut) });
    const { user } = renderApp(`/complaints/${carriedOut.id}`);

    await user.click(await screen.findByRole('radio', { name: '不认可（退回重新提出方案）' }));
    await user.click(screen.getByRole('button', { name: '记录客户确认' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(server.sentTo(`POST ${path}/confirm`)).toHaveLength(0);

    await user.type(screen.getByLabelText('客户意见'), '补偿不足');
    await user.click(screen.getByRole('button', { name: '记录客户确认' }));
    await screen.findByText('投诉（重要）');
    expect(await server.sentTo(`POST ${path}/confirm`)[0].json()).toEqual({ accepted: false, feedback: '补偿不足' });
  }, 40_000);

  it('closes a resolved complaint and shows the server’s refusal', async () => {
    const resolved = complaint({ status: 'Resolved', allowedActions: ['close', 'reopen'] });
    const server = detailApi(complaintAgent, resolved, { [`POST ${path}/close`]: () => problem(409, '投诉状态为已关闭，允许的步骤：reopen') });
    const { user } = renderApp(`/complaints/${resolved.id}`);

    await user.click(await screen.findByRole('button', { name: '关闭投诉' }));
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: /OK|确/ }));

    expect(await screen.findByText('投诉状态为已关闭，允许的步骤：reopen')).toBeInTheDocument();
    expect(server.sentTo(`POST ${path}/close`)[0].headers.get('If-Match')).toBe('"4"');
  }, 40_000);

  it('raises the severity with a reason, offering only higher severities', async () => {
    const server = detailApi(complaintAgent, complaint(), { [`POST ${path}/severity`]: () => json(complaint({ severity: 'Major' })) });
    const { user } = renderApp(`/complaints/${complaint().id}`);

    await user.click(await screen.findByRole('button', { name: '升级' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('升级理由'), '业主已联系媒体');
    await user.click(within(dialog).getByRole('button', { name: '升级' }));

    await screen.findByText('投诉（重要）');
    expect(await server.sentTo(`POST ${path}/severity`)[0].json()).toEqual({ severity: 'Major', reason: '业主已联系媒体' });
  }, 40_000);

  it('lists the evidence photos and uploads another as the form field file', async () => {
    const photo = { id: 'e1', complaintId: complaint().id, contentType: 'image/png', length: 12, url: `${path}/evidence/e1`, uploadedAt: '2026-12-06T03:00:00Z', uploadedBy: '李娜' };
    const server = detailApi(complaintAgent, complaint(), {
      [`GET ${path}/evidence`]: () => json({ items: [photo] }),
      [`POST ${path}/evidence`]: () => json(photo, 201),
    });
    const { user } = renderApp(`/complaints/${complaint().id}`);

    expect(await screen.findByText(/李娜 于 .* 上传/)).toBeInTheDocument();
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '漏水.png', { type: 'image/png' });
    await user.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, file);

    expect(await screen.findByText('已上传证据照片')).toBeInTheDocument();
    const sent = await server.sentTo(`POST ${path}/evidence`)[0].formData();
    expect(sent.has('file')).toBe(true);
  }, 40_000);
});
