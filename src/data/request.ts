/**
 * One feed request: the first attempt with the platform's `fetch`, which is all a feed that
 * answers needs; retries, when an answer calls for them, load ky (retry.ts, its own chunk).
 */
import { FeedError } from './errors.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, up to the response's headers. */
  timeout: number;
  /** Retries after the first attempt. */
  retries: number;
  fetch: typeof globalThis.fetch;
}

/** The statuses worth asking again; any other error status is final at the first answer. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** The request's settings, the same for every attempt: no cookies, no referrer. */
export const REQUEST_INIT: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  headers: { accept: 'application/json' },
};

const aborted = (error: unknown, signal?: AbortSignal) =>
  signal?.aborted || (error instanceof DOMException && error.name === 'AbortError');

/** The first attempt: resolves with any answer, rejects on timeout (a `FeedError`) or network error. */
function firstAttempt(url: string, options: RequestOptions): Promise<Response> {
  const controller = new AbortController();
  const { signal } = options;
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  return options
    .fetch(url, { ...REQUEST_INIT, signal: controller.signal })
    .catch((error: unknown) => {
      // ky does not retry a timeout either.
      if (timedOut && !signal?.aborted) throw new FeedError('timeout', url, { cause: error });
      throw error;
    })
    .finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
}

/** What a request reads of the answer: its text, or its bytes. */
export type BodyReader = 'text' | 'arrayBuffer';

/** Fetches the text of a feed file; rejects with a `FeedError` only. */
export function requestText(url: string, options: RequestOptions): Promise<string> {
  return request(url, options, 'text') as Promise<string>;
}

/**
 * Fetches the bytes of a feed file (a shard, whose hash is of its bytes: checked before they are
 * decoded, with no encoding back); rejects with a `FeedError` only.
 */
export function requestBytes(url: string, options: RequestOptions): Promise<ArrayBuffer> {
  return request(url, options, 'arrayBuffer') as Promise<ArrayBuffer>;
}

async function request(
  url: string,
  options: RequestOptions,
  read: BodyReader,
): Promise<string | ArrayBuffer> {
  let first: Promise<Response>;
  try {
    const response = await firstAttempt(url, options);
    if (response.ok) return await response[read]();
    if (!options.retries || !RETRY_STATUSES.includes(response.status)) {
      void response.body?.cancel().catch(() => undefined);
      throw new FeedError('http', url, { status: response.status });
    }
    first = Promise.resolve(response);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (aborted(error, options.signal)) throw new FeedError('aborted', url, { cause: error });
    if (!options.retries) throw new FeedError('network', url, { cause: error });
    first = Promise.reject(error);
    first.catch(() => undefined);
  }
  try {
    const { retryFeedRequest } = await import('./retry.js');
    return await retryFeedRequest(url, first, options, read);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (aborted(error, options.signal)) throw new FeedError('aborted', url, { cause: error });
    return Promise.reject(new FeedError('network', url, { cause: error }));
  }
}
