import { App } from 'antd';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { connectDesk, type ConnectDesk } from './deskConnection';
import { InboxFeed, type InboxLine, type InboxState } from './inboxFeed';
import { useInboxText } from './inboxText';
import { publishPush } from './pushBus';

interface DeskInbox extends InboxState {
  markRead(line: InboxLine): Promise<void>;
  markAllRead(): Promise<void>;
}

const Context = createContext<DeskInbox>({ lines: [], unreadCount: 0, markRead: async () => {}, markAllRead: async () => {} });

export const useDeskInbox = () => useContext(Context);

const fetchInbox = (after: number | undefined) => unwrap(api.GET('/api/v1/me/inbox', { params: { query: { after } } }));

/**
 * The signed-in person's inbox, kept current by the desk hub: it catches up on every (re)connection and whenever the page
 * becomes visible again (a laptop waking up), toasts urgent lines, and tells the lists on the page what was pushed.
 */
export function DeskInboxProvider({ connect = connectDesk, children }: { connect?: ConnectDesk; children: ReactNode }) {
  const { notification } = App.useApp();
  const text = useInboxText();
  const [state, setState] = useState<InboxState>({ lines: [], unreadCount: 0 });
  const feedRef = useRef<InboxFeed | null>(null);
  // The feed outlives renders; it toasts through the latest wording (the reader may switch language meanwhile).
  const toastRef = useRef<(line: InboxLine) => void>(() => {});
  toastRef.current = (line) => notification.warning({ title: text(line), key: line.id });

  useEffect(() => {
    const feed = new InboxFeed(fetchInbox, setState, (line) => {
      if (line.linkType) publishPush(line.linkType);
      if (line.urgent) toastRef.current(line);
    });
    feedRef.current = feed;
    const connection = connect();
    connection.onPush((line) => feed.receive(line));
    connection.onConnected(() => void feed.catchUp());
    const onVisible = () => {
      if (document.visibilityState === 'visible') void feed.catchUp();
    };
    document.addEventListener('visibilitychange', onVisible);
    void feed.catchUp();
    connection.start();
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      void connection.stop();
    };
  }, [connect]);

  const markRead = async (line: InboxLine) => {
    if (line.readAt) return;
    const read = await unwrap(api.POST('/api/v1/me/inbox/read', { body: { ids: [line.id] } }));
    feedRef.current?.markedRead([line.id], read.unreadCount, new Date().toISOString());
  };
  const markAllRead = async () => {
    const upTo = feedRef.current?.lastSequence;
    if (upTo === undefined) return;
    const read = await unwrap(api.POST('/api/v1/me/inbox/read', { body: { upTo } }));
    feedRef.current?.markedRead('all', read.unreadCount, new Date().toISOString());
  };

  return <Context.Provider value={{ ...state, markRead, markAllRead }}>{children}</Context.Provider>;
}
