// The oEmbed endpoint (src/oembed/oembed.ts, bundled with esbuild) and the self-hosting server
// (scripts/oembed-server.mjs): statuses, the JSON answer, escaping, discovery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { importTs, ROOT } from '../../scripts/import-ts.js';
import { startOembedServer } from '../../scripts/oembed-server.mjs';

const { oembedResponse, escapeHtml, OEMBED_WIDGETS, EMBED_WIDGETS } = await importTs(`
  export { oembedResponse, escapeHtml, OEMBED_WIDGETS } from './src/oembed/oembed.ts';
  export { EMBED_WIDGETS } from './demo/embed-options.ts';
`);

const ORIGIN = 'https://widgets.example.org';
const options = { embedOrigin: ORIGIN };
const page = (query) => `${ORIGIN}/embed.html?${query}`;
const ask = (url, extra = '', opts = options) =>
  oembedResponse(`/oembed?url=${encodeURIComponent(url)}${extra}`, opts);

/** The attributes of the first `<tag …>` in `html`, unescaped (a tiny parser for our output). */
function attributes(html, tag) {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
  assert.ok(open, `a <${tag}>`);
  const attrs = {};
  for (const [, name, value] of open[1].matchAll(/\s([a-z-]+)="([^"]*)"/g))
    attrs[name] = value
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return attrs;
}

test('a known embed page URL gets a rich JSON answer with a sandboxed iframe, CORS open', () => {
  const url = page('widget=territory-counter&breakdown=region&lang=en');
  const { status, headers, body } = ask(url, '&maxwidth=500&maxheight=300&format=json');
  assert.equal(status, 200);
  assert.equal(headers['access-control-allow-origin'], '*');
  assert.match(headers['content-type'], /^application\/json/);
  const data = JSON.parse(body);
  assert.equal(data.version, '1.0');
  assert.equal(data.type, 'rich');
  assert.equal(data.provider_name, '#1000territoiresIS');
  assert.equal(data.provider_url, 'https://www.carrefourdesinnovationssociales.fr/');
  assert.equal(data.title, '#1000territoiresIS territories');
  assert.equal(data.width, 500, 'maxwidth respected');
  assert.equal(data.height, 300, 'maxheight respected');
  const iframe = attributes(data.html, 'iframe');
  assert.equal(iframe.src, url);
  assert.equal(iframe.sandbox, 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  assert.equal(iframe.width, '500');
  assert.equal(iframe.height, '300');
  assert.equal(iframe.title, data.title);
  assert.equal(iframe.referrerpolicy, 'no-referrer');
  // The fallback WordPress shows until the handshake: a blockquote with a plain link, first.
  assert.match(
    data.html,
    /^<blockquote><a href="https:\/\/www\.carrefourdesinnovationssociales\.fr\/">1000 territories of social innovation \(#1000territoiresIS\)<\/a><\/blockquote><iframe /,
  );
});

test('defaults: French title, the widget’s own height, 600 px wide; a fragment is dropped', () => {
  const data = JSON.parse(ask(`${page('widget=banner&network=cis')}#?secret=abc`).body);
  assert.equal(data.title, 'Bannière #1000territoiresIS');
  assert.equal(data.width, 600);
  assert.equal(data.height, 240);
  assert.equal(attributes(data.html, 'iframe').src, page('widget=banner&network=cis'));
  assert.match(data.html, />1000 territoires d’innovation sociale/);
  const big = JSON.parse(ask(page('widget=initiative-feed'), '&maxwidth=10000&maxheight=abc').body);
  assert.equal(big.width, 600);
  assert.equal(big.height, 900);
});

test('every attribute value is escaped: hostile query strings cannot leave the src', () => {
  const hostile = page(
    `widget=initiative-feed&query=${encodeURIComponent('"><script>alert(1)</script>\'&x')}&a='b'`,
  );
  const { status, body } = ask(hostile);
  assert.equal(status, 200);
  const { html } = JSON.parse(body);
  assert.doesNotMatch(html, /<script/i);
  assert.equal(html.match(/"/g).length % 2, 0, 'quotes balanced');
  const src = attributes(html, 'iframe').src;
  assert.equal(new URL(src).searchParams.get('query'), '"><script>alert(1)</script>\'&x');
  assert.doesNotMatch(src, /["<>']/);
  // Attribute text is escaped, ampersands included.
  assert.match(html, /widget=initiative-feed&amp;query=/);
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&amp;`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;',
  );
  const provider = JSON.parse(
    ask(page('widget=banner'), '', { ...options, providerUrl: 'https://x.example/?a=1&b="2"' })
      .body,
  );
  assert.match(provider.html, /<a href="https:\/\/x\.example\/\?a=1&amp;b=&quot;2&quot;">/);
});

test('404 for anything but the embed page of a known widget on the embed origin', () => {
  const refused = [
    'https://evil.example/embed.html?widget=banner',
    'http://widgets.example.org/embed.html?widget=banner',
    'https://widgets.example.org:8443/embed.html?widget=banner',
    'https://widgets.example.org/other.html?widget=banner',
    'https://widgets.example.org/embed.html',
    'https://widgets.example.org/embed.html?widget=%3Cb%3E',
    'https://widgets.example.org/embed.html?widget=toString',
    'https://user:pw@widgets.example.org/embed.html?widget=banner',
    'javascript:alert(1)//https://widgets.example.org/embed.html?widget=banner',
    'not a url',
    `${page('widget=banner&q=')}${'x'.repeat(3000)}`,
  ];
  for (const url of refused) assert.equal(ask(url).status, 404, url);
  const withPath = { embedOrigin: 'https://example.org/', embedPath: '/widgets/embed.html' };
  assert.equal(
    ask('https://example.org/widgets/embed.html?widget=banner', '', withPath).status,
    200,
  );
  assert.equal(ask('https://example.org/embed.html?widget=banner', '', withPath).status, 404);
});

test('400 without url, 501 for XML or any other format, 405 for other methods; CORS on errors', () => {
  assert.equal(oembedResponse('/oembed', options).status, 400);
  assert.equal(oembedResponse('/oembed?url=', options).status, 400);
  const xml = ask(page('widget=banner'), '&format=xml');
  assert.equal(xml.status, 501);
  assert.equal(xml.headers['access-control-allow-origin'], '*');
  assert.equal(ask(page('widget=banner'), '&format=yaml').status, 501);
  assert.equal(ask(page('widget=banner'), '&format=JSON').status, 200);
  const post = oembedResponse(`/oembed?url=${encodeURIComponent(page('widget=banner'))}`, {
    ...options,
    method: 'POST',
  });
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('the endpoint knows exactly the widgets of the iframe mode', () => {
  assert.deepEqual([...OEMBED_WIDGETS].sort(), [...EMBED_WIDGETS].sort());
});

test('the server injects a discovery link for the requested page and answers the endpoint', async (t) => {
  // The source page carries the same placeholder link as the built one.
  const server = await startOembedServer({ root: join(ROOT, 'demo') });
  t.after(() => server.close());
  const pageUrl = `${server.origin}/embed.html?widget=event-calendar&view=list&lang=en`;
  const response = await fetch(pageUrl);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const html = await response.text();
  const links = html.match(/<link\b[^>]*\stype="application\/json\+oembed"[^>]*>/g);
  assert.equal(links.length, 1);
  const { href } = attributes(links[0], 'link');
  const endpoint = new URL(href);
  assert.equal(`${endpoint.origin}${endpoint.pathname}`, `${server.origin}/oembed`);
  assert.equal(endpoint.searchParams.get('url'), pageUrl);

  const answer = await fetch(href);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('access-control-allow-origin'), '*');
  const data = await answer.json();
  assert.equal(attributes(data.html, 'iframe').src, pageUrl);
  assert.equal(data.title, '#1000territoiresIS events');

  // No discovery for a page the endpoint would refuse; no way out of the folder.
  const unknown = await (await fetch(`${server.origin}/embed.html?widget=nope`)).text();
  assert.doesNotMatch(unknown, /json\+oembed/);
  assert.equal((await fetch(`${server.origin}/..%2Fpackage.json`)).status, 403);
  assert.equal((await fetch(`${server.origin}/missing.js`)).status, 404);
  const other = encodeURIComponent('https://evil.example/embed.html?widget=banner');
  assert.equal((await fetch(`${server.origin}/oembed?url=${other}`)).status, 404);
  assert.equal((await fetch(`${server.origin}/oembed`, { method: 'POST' })).status, 405);
});

test('behind a proxy, the public URL (with a path prefix) is what the discovery link names', async (t) => {
  const server = await startOembedServer({
    root: join(ROOT, 'demo'),
    publicUrl: 'https://partner.example/widgets',
  });
  t.after(() => server.close());
  const html = await (await fetch(`${server.origin}/widgets/embed.html?widget=banner`)).text();
  const { href } = attributes(html.match(/<link\b[^>]*\srel="alternate"[^>]*>/)[0], 'link');
  assert.equal(
    href,
    `https://partner.example/widgets/oembed?url=${encodeURIComponent('https://partner.example/widgets/embed.html?widget=banner')}&format=json`,
  );
  const local = href.replace('https://partner.example', server.origin);
  assert.equal((await fetch(local)).status, 200);
  assert.equal((await fetch(`${server.origin}/embed.html?widget=banner`)).status, 404);
});
