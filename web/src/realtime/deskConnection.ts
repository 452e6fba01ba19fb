import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { getSession } from '../api/session';
import type { InboxLine } from './inboxFeed';
import { retryDelay } from './retryDelay';

/** What the inbox needs of a connection to the desk hub; tests give a fake one. */
export interface DeskConnection {
  onPush(handler: (line: InboxLine) => void): void;
  /** Called after each (re)connection: the moment to catch up on what was missed meanwhile. */
  onConnected(handler: () => void): void;
  start(): void;
  stop(): Promise<void>;
}

export type ConnectDesk = () => DeskConnection;

/**
 * The desk hub over a WebSocket with the access token in the query (browsers put no header on a WebSocket). No negotiation
 * step, so a load balancer needs no sticky sessions. It tries again with backoff, for ever, until stopped.
 */
export const connectDesk: ConnectDesk = () => {
  const connection = new HubConnectionBuilder()
    .withUrl('/hubs/desk', {
      transport: HttpTransportType.WebSockets,
      skipNegotiation: true,
      accessTokenFactory: () => getSession()?.accessToken ?? '',
    })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => retryDelay(previousRetryCount) })
    .configureLogging(LogLevel.None)
    .build();
  const connected: Array<() => void> = [];
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const startFrom = (attempt: number) => {
    connection.start().then(
      () => connected.forEach((handler) => handler()),
      () => {
        if (!stopped) timer = setTimeout(() => startFrom(attempt + 1), retryDelay(attempt));
      },
    );
  };
  connection.onreconnected(() => connected.forEach((handler) => handler()));
  connection.onclose(() => {
    if (!stopped) startFrom(0);
  });

  return {
    onPush: (handler) => connection.on('inbox', handler),
    onConnected: (handler) => void connected.push(handler),
    start: () => startFrom(0),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      if (connection.state !== HubConnectionState.Disconnected) await connection.stop();
    },
  };
};
