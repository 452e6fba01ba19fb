import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { fieldTechnician, jobDetail } from './fixtures';

const job = jobDetail();
const path = `/api/v1/me/jobs/${job.job.id}`;
const png = 'data:image/png;base64,iVBORw0KGgo=';

/** jsdom draws nothing: a pen that records the strokes, and a canvas that exports a PNG data URL. */
function fakeCanvas() {
  const strokes: number[][] = [];
  const pen = { fillRect: vi.fn(), beginPath: vi.fn(), moveTo: vi.fn(), stroke: vi.fn(), lineTo: (x: number, y: number) => strokes.push([x, y]) };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(pen as unknown as CanvasRenderingContext2D);
  const exported = vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(png);
  return { strokes, exported };
}

describe('customer sign-off', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws the signature with the pointer and sends it as a PNG data URL with the customer’s verdict', async () => {
    const canvas = fakeCanvas();
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(fieldTechnician),
      [`GET ${path}`]: () => json(job),
      [`POST ${path}/sign-off`]: () => json({}, 201),
    });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await user.click(await screen.findByRole('button', { name: /客户签字/ }));
    expect(screen.getByLabelText('客户姓名')).toHaveValue('王建国');
    const pad = screen.getByLabelText('客户签名', { selector: 'canvas' });
    fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 40, clientY: 30, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    expect(canvas.strokes).toEqual([[40, 30]]);
    expect(canvas.exported).toHaveBeenCalledWith('image/png');

    await user.click(screen.getByRole('radio', { name: '不满意' }));
    await user.type(screen.getByLabelText('客户意见'), '地面没擦干净');
    await user.click(screen.getByRole('button', { name: '确认签字' }));

    expect(await screen.findByText('客户已签字')).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/sign-off`)[0].json()).toEqual({ customerName: '王建国', signature: png, satisfied: false, comment: '地面没擦干净' });
  }, 40_000);

  it('asks for the signature before sending, and starts over on 清除重签', async () => {
    fakeCanvas();
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(fieldTechnician),
      [`GET ${path}`]: () => json(job),
    });
    const { user } = renderApp(`/my/jobs/${job.job.id}`);

    await user.click(await screen.findByRole('button', { name: /客户签字/ }));
    const pad = screen.getByLabelText('客户签名', { selector: 'canvas' });
    fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    await user.click(screen.getByRole('button', { name: '清除重签' }));
    await user.click(screen.getByRole('button', { name: '确认签字' }));

    expect(await screen.findByText('请客户在框内签名')).toBeInTheDocument();
    expect(server.sentTo(`POST ${path}/sign-off`)).toHaveLength(0);
  }, 40_000);
});
