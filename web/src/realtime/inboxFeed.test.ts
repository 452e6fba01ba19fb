import { describe, expect, it, vi } from 'vitest';
import { line } from './fixtures';
import { InboxFeed, type InboxLine, type InboxPage } from './inboxFeed';

/** A server holding the given lines, answering `after=` as the API does, `pageSize` at a time. */
function server(lines: InboxLine[], pageSize = 50) {
  const asked: Array<number | undefined> = [];
  const fetchInbox = vi.fn(async (after: number | undefined): Promise<InboxPage> => {
    asked.push(after);
    const unreadCount = lines.filter((l) => !l.readAt).length;
    if (after === undefined) return { items: lines.slice(-pageSize), unreadCount, hasMore: false };
    const following = lines.filter((l) => l.sequence > after);
    return { items: following.slice(0, pageSize), unreadCount, hasMore: following.length > pageSize };
  });
  return { lines, asked, fetchInbox };
}

function feedOn(backend: ReturnType<typeof server>) {
  const fresh: number[] = [];
  const feed = new InboxFeed(backend.fetchInbox, () => {}, (l) => fresh.push(l.sequence));
  return { feed, fresh };
}

describe('InboxFeed', () => {
  it('takes the latest lines first without calling them new, then each push that follows', async () => {
    const backend = server([line(1), line(2)]);
    const { feed, fresh } = feedOn(backend);

    await feed.catchUp();
    feed.receive(line(3, { urgent: true }));

    expect(feed.current.lines.map((l) => l.sequence)).toEqual([1, 2, 3]);
    expect(feed.current.unreadCount).toBe(3);
    expect(fresh).toEqual([3]);
  });

  it('calls the first line pushed to an empty inbox new, and a first one after a gap too', async () => {
    const backend = server([]);
    const { feed, fresh } = feedOn(backend);
    await feed.catchUp();

    feed.receive(line(1, { urgent: true }));
    backend.lines.push(line(1), line(2), line(3));
    feed.receive(line(3));
    await feed.catchUp();

    expect(feed.current.lines.map((l) => l.sequence)).toEqual([1, 2, 3]);
    expect(fresh).toEqual([1, 2, 3]);
  });

  it('reads what came after the last line seen when a push shows a gap, in order', async () => {
    const backend = server([line(1)]);
    const { feed, fresh } = feedOn(backend);
    await feed.catchUp();
    backend.lines.push(line(2), line(3), line(4));

    feed.receive(line(4));
    await feed.catchUp();

    expect(backend.asked).toContain(1);
    expect(feed.current.lines.map((l) => l.sequence)).toEqual([1, 2, 3, 4]);
    expect(fresh).toEqual([2, 3, 4]);
  });

  it('ignores a line pushed twice', async () => {
    const backend = server([line(1)]);
    const { feed, fresh } = feedOn(backend);
    await feed.catchUp();

    feed.receive(line(2));
    feed.receive(line(2));

    expect(feed.current.lines.map((l) => l.sequence)).toEqual([1, 2]);
    expect(fresh).toEqual([2]);
  });

  it('catches up page after page after a long sleep', async () => {
    const backend = server([line(1)], 2);
    const { feed } = feedOn(backend);
    await feed.catchUp();
    backend.lines.push(line(2), line(3), line(4), line(5), line(6));

    await feed.catchUp();

    expect(backend.asked).toEqual([undefined, 1, 3, 5]);
    expect(feed.current.lines.map((l) => l.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('marks the named lines read and takes the unread count from the server', async () => {
    const { feed } = feedOn(server([line(1), line(2)]));
    await feed.catchUp();

    feed.markedRead(['line-1'], 1, '2026-12-06T09:00:00Z');

    expect(feed.current.lines.map((l) => l.readAt)).toEqual(['2026-12-06T09:00:00Z', null]);
    expect(feed.current.unreadCount).toBe(1);
  });
});
