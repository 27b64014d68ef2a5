/**
 * Retries of a feed request, with ky: loaded only when a first answer calls for one (a network
 * error, or 408, 429, 5xx). A feed that answers at once never downloads this code (CDN chunk
 * `retry-….js`). ky treats the first answer as its own first attempt, so its rules apply from
 * the start: which statuses to retry, `Retry-After`, backoff, per-attempt timeout.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { FeedError } from './errors.js';
import { REQUEST_INIT, RETRY_STATUSES, type BodyReader, type RequestOptions } from './request.js';

/**
 * Continues after `first` (the first attempt's answer or failure) and reads the last answer as
 * `read` says (text or bytes); rejects with a `FeedError`.
 */
export async function retryFeedRequest(
  url: string,
  first: Promise<Response>,
  options: RequestOptions,
  read: BodyReader,
): Promise<string | ArrayBuffer> {
  let pending: Promise<Response> | undefined = first;
  // ky's first call gets the answer already received; the next ones go to the network.
  const replay: typeof globalThis.fetch = (input, init) => {
    const answer = pending;
    pending = undefined;
    return answer ?? options.fetch(input, init);
  };
  try {
    const response = ky.get(url, {
      ...REQUEST_INIT,
      timeout: options.timeout,
      signal: options.signal,
      fetch: replay,
      retry: {
        limit: options.retries,
        methods: ['get'],
        statusCodes: [...RETRY_STATUSES],
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: 60_000,
        backoffLimit: 10_000,
      },
    });
    return await response[read]();
  } catch (error) {
    if (error instanceof TimeoutError) throw new FeedError('timeout', url, { cause: error });
    if (error instanceof HTTPError)
      throw new FeedError('http', url, { status: error.response.status, cause: error });
    throw error;
  }
}
