// Issue 16, points 5 and 9: what a webmaster needs before embedding is written where they read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli-harness.mjs';

const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const DEFAULT_FEED_URL = /export const DEFAULT_FEED_URL = '([^']+)'/.exec(
  read('src/data/client.ts'),
)[1];

test('the default feed URL and its CSP line are in the README and docs/embedding.md', () => {
  const origin = new URL(DEFAULT_FEED_URL).origin;
  for (const path of ['README.md', 'docs/embedding.md']) {
    const text = read(path);
    assert.ok(text.includes(DEFAULT_FEED_URL), `${path} names ${DEFAULT_FEED_URL}`);
    assert.match(text, new RegExp(`connect-src ${origin.replace(/\./g, '\\.')}`), path);
    assert.match(text, /<meta name="tis-widgets-feed"/, path);
  }
  const readme = read('README.md');
  assert.ok(
    readme.indexOf(DEFAULT_FEED_URL) < readme.indexOf('## For CMS editors'),
    'in the first snippet section',
  );
});

test('self-hosting: the CORS header is documented, and every README snippet has fallback content', () => {
  for (const path of ['README.md', 'docs/embedding.md'])
    assert.match(read(path), /Access-Control-Allow-Origin: \*/, path);
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Paste this'), readme.indexOf('## For CMS'));
  const widgets = [...section.matchAll(/<(tis-[a-z-]+)[^>]*>([\s\S]*?)<\/\1>/g)];
  assert.ok(widgets.length >= 4);
  for (const [, tag, content] of widgets) assert.match(content, /<a href="https:/, tag);
});
