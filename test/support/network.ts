/**
 * The one network seam of the test suite: `window.fetch` answered from a table of canned
 * responses. Every request is recorded; an unknown URL answers 404.
 */
import { configureFeedClient, type FeedClientConfig } from '../../src/data/client.js';

export type Answer =
  Response | ((request: Request, attempt: number) => Response | Promise<Response>);

export interface MockNetwork {
  /** Every request made, in order. */
  readonly requests: Request[];
  /** Requests made for one URL (absolute or relative to the page). */
  count(url: string): number;
  restore(): void;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

export function mockNetwork(routes: Record<string, Answer>): MockNetwork {
  const original = window.fetch;
  const requests: Request[] = [];
  const table = new Map(Object.entries(routes).map(([url, answer]) => [absolute(url), answer]));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const attempt = requests.filter((r) => r.url === request.url).length;
    const answer = table.get(request.url);
    if (!answer) return new Response('Not found', { status: 404 });
    if (request.signal.aborted) throw new DOMException('Aborted', 'AbortError');
    return typeof answer === 'function' ? answer(request, attempt) : answer.clone();
  };
  return {
    requests,
    count: (url) => requests.filter((r) => r.url === absolute(url)).length,
    restore: () => {
      window.fetch = original;
    },
  };
}

/** An in-memory `Storage`, so tests never share the browser's localStorage. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

/** Fresh feed stores with in-memory storage and short timeouts; call in `beforeEach`. */
export function resetFeedClient(overrides: FeedClientConfig = {}): MemoryStorage {
  const storage = new MemoryStorage();
  // The fixture feed holds unsafe links on purpose: its one warning would be noise here.
  configureFeedClient({
    storage: () => storage,
    timeout: 2000,
    revalidateAfter: 0,
    warn: () => {},
    ...overrides,
  });
  return storage;
}

/**
 * Resolves once a frame is painted and the page has been idle: the feed client stores its copy of
 * a load then, after the render (data/cache.ts, `afterPaint`); idle callbacks run in the order
 * they were asked for.
 */
export function idleWrites(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestIdleCallback(() => setTimeout(resolve), { timeout: 3000 })),
  );
}
