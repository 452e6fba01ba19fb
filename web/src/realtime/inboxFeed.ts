import type { components } from '../api/schema';

export type InboxLine = components['schemas']['InboxItemResponse'];
export type InboxPage = components['schemas']['InboxResponse'];

/** Reads the inbox: the lines after a sequence number, or the latest ones when none is given. */
export type FetchInbox = (after: number | undefined) => Promise<InboxPage>;

export interface InboxState {
  /** The latest lines, oldest first. */
  lines: InboxLine[];
  unreadCount: number;
}

const kept = 50;

/**
 * The inbox as the screen knows it. Pushes that follow the last line seen are taken as they come; a push after a gap, a
 * reconnect or the page becoming visible again makes it read what came after the last line seen (`after=`), so nothing
 * missed while asleep or offline stays missed. Lines new since the first read are handed to `onNew` (toasts, list refreshes).
 */
export class InboxFeed {
  private state: InboxState = { lines: [], unreadCount: 0 };
  private last: number | undefined;
  /** Whether the inbox was read once: whatever comes after that read is new, even when it found the inbox empty. */
  private read = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly fetchInbox: FetchInbox,
    private readonly onChange: (state: InboxState) => void,
    private readonly onNew: (line: InboxLine) => void,
  ) {}

  get current(): InboxState {
    return this.state;
  }

  /** Reads everything after the last line seen, page after page; one catch-up at a time. */
  catchUp(): Promise<void> {
    this.running = this.running.then(() => this.readAfterLast()).catch(() => undefined);
    return this.running;
  }

  receive(line: InboxLine): void {
    if (!this.read || line.sequence > (this.last ?? 0) + 1) {
      void this.catchUp();
      return;
    }
    if (this.last !== undefined && line.sequence <= this.last) return;
    this.add([line], this.state.unreadCount + (line.readAt ? 0 : 1));
    this.onNew(line);
  }

  /** Takes the server's word after marking lines read. */
  markedRead(ids: string[] | 'all', unreadCount: number, at: string): void {
    const lines = this.state.lines.map((line) => (line.readAt || (ids !== 'all' && !ids.includes(line.id)) ? line : { ...line, readAt: at }));
    this.publish({ lines, unreadCount });
  }

  get lastSequence(): number | undefined {
    return this.last;
  }

  private async readAfterLast(): Promise<void> {
    const first = !this.read;
    for (;;) {
      const page = await this.fetchInbox(this.last);
      const fresh = page.items.filter((line) => this.last === undefined || line.sequence > this.last);
      this.add(fresh, page.unreadCount);
      this.read = true;
      if (!first) fresh.forEach((line) => this.onNew(line));
      if (!page.hasMore || fresh.length === 0) return;
    }
  }

  private add(lines: InboxLine[], unreadCount: number): void {
    if (lines.length > 0) this.last = lines[lines.length - 1].sequence;
    this.publish({ lines: [...this.state.lines, ...lines].slice(-kept), unreadCount });
  }

  private publish(state: InboxState): void {
    this.state = state;
    this.onChange(state);
  }
}
