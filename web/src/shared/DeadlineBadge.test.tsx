import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineBadge } from './DeadlineBadge';

const start = new Date('2026-11-23T01:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('DeadlineBadge', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('counts down, turns at risk past the warning time, then breached past the due time', () => {
    // A 3-hour window due at 04:00 with the warning at 80%, 02:24.
    render(<DeadlineBadge dueAt={at(180)} warnAt={at(144)} />);
    expect(screen.getByText('按时 · 剩余 3小时')).toBeInTheDocument();

    advance(45 * 60_000);
    expect(screen.getByText('按时 · 剩余 2小时15分')).toBeInTheDocument();

    advance(100 * 60_000);
    expect(screen.getByText('即将超时 · 剩余 35分')).toBeInTheDocument();

    advance(30 * 60_000);
    expect(screen.getByText('即将超时 · 剩余 5分')).toBeInTheDocument();
    advance(1_000);
    expect(screen.getByText('即将超时 · 剩余 4分59秒')).toBeInTheDocument();

    advance(5 * 60_000);
    expect(screen.getByText('已超时 · 超时 1秒')).toBeInTheDocument();
    advance(35 * 60_000);
    expect(screen.getByText('已超时 · 超时 35分')).toBeInTheDocument();
  });

  it('shows a breach recorded by the server even before the local clock gets there', () => {
    render(<DeadlineBadge dueAt={at(10)} breached />);
    expect(screen.getByText(/^已超时/)).toBeInTheDocument();
  });

  it('stops counting once the work is done', () => {
    render(<DeadlineBadge dueAt={at(-5)} breached fulfilled />);
    expect(screen.getByText('已完成')).toBeInTheDocument();
    advance(3600_000);
    expect(screen.getByText('已完成')).toBeInTheDocument();
  });
});
