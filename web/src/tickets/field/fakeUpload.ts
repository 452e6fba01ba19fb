import { vi } from 'vitest';

/** What the fake XMLHttpRequest was sent: the URL, the headers and the body of each upload. */
export interface SentUpload {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Replaces XMLHttpRequest with one that reports half of each upload sent, then, on `finish()`, all of
 * it and answers `status` with `answer`.
 */
export function fakeUpload(status: number, answer: unknown) {
  const sent: SentUpload[] = [];
  const pending: (() => void)[] = [];
  class FakeRequest {
    status = 0;
    responseText = '';
    upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    private request: SentUpload = { url: '', headers: {}, body: undefined };
    open(_method: string, url: string) {
      this.request.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    send(body: unknown) {
      this.request.body = body;
      sent.push(this.request);
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      pending.push(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(answer);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
  return { sent, finish: () => pending.splice(0).forEach((answerNow) => answerNow()) };
}
