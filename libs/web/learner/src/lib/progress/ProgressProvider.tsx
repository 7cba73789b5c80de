import { useApiClient } from '@larnav/web/api-client';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { apiTransport } from './api-transport';
import { ProgressQueue, type QueueStatus } from './progress-queue';

interface ProgressContextValue {
  queue: ProgressQueue | null;
  status: QueueStatus;
  /** IndexedDB could not be opened (a locked-down browser): progress cannot be kept. */
  failed: boolean;
}

const INITIAL: QueueStatus = { pending: 0, waiting: null, saved: false };
const ProgressContext = createContext<ProgressContextValue>({ queue: null, status: INITIAL, failed: false });

/**
 * One outbox for the learner's pages. It sends again when the connection comes back, and
 * flushes with keepalive when the page is hidden or left (synchronous XHR is not allowed there).
 */
export function ProgressProvider({ children, databaseName }: { children: ReactNode; databaseName?: string }) {
  const client = useApiClient();
  const [value, setValue] = useState<ProgressContextValue>({ queue: null, status: INITIAL, failed: false });

  useEffect(() => {
    let queue: ProgressQueue | null = null;
    let stopped = false;
    const online = () => void queue?.retryNow();
    const leaving = () => void queue?.flush({ keepalive: true });
    const hidden = () => {
      if (document.visibilityState === 'hidden') leaving();
    };
    ProgressQueue.open({ transport: apiTransport(client), databaseName })
      .then((opened) => {
        if (stopped) return opened.close();
        queue = opened;
        opened.subscribe({ status: (status) => setValue({ queue: opened, status, failed: false }) });
        window.addEventListener('online', online);
        window.addEventListener('pagehide', leaving);
        document.addEventListener('visibilitychange', hidden);
        void opened.flush();
      })
      .catch(() => !stopped && setValue({ queue: null, status: INITIAL, failed: true }));
    return () => {
      stopped = true;
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      queue?.close();
    };
  }, [client, databaseName]);

  return <ProgressContext.Provider value={value}>{children}</ProgressContext.Provider>;
}

export function useProgress(): ProgressContextValue {
  return useContext(ProgressContext);
}
