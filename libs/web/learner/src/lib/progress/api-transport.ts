import type { ApiClient } from '@larnav/web/api-client';
import type { Transport } from './progress-queue';

/** Sends the outbox's batches through the generated client (and so its CSRF token). */
export function apiTransport(client: ApiClient): Transport {
  return async (batch, { keepalive }) => {
    const result: { data?: unknown; error?: unknown; response: Response } =
      batch.kind === 'progress'
        ? await client.POST('/api/learning/attempts/{attemptId}/events', {
            params: { path: { attemptId: batch.attemptId } },
            body: { events: batch.events },
            keepalive,
          })
        : await client.POST('/api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions', {
            params: { path: { attemptId: batch.attemptId, quizId: batch.quizId } },
            body: batch.submission,
            keepalive,
          });
    return result.error === undefined
      ? { ok: true, body: result.data }
      : { ok: false, status: result.response.status, body: result.error };
  };
}
