import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli-harness.mjs';

// The manifest as editors, Storybook and framework tooling read it, generated afresh by the
// build's own command (`--outdir` would rewrite package.json's `customElements` field).
function manifest() {
  const run = spawnSync('npm', ['run', 'build:manifest', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
}

test('custom-elements.json: every event of every widget is named tis-* and typed', () => {
  const elements = manifest()
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
  const tags = elements.map((element) => element.tagName).sort();
  assert.deepEqual(tags, [
    'tis-banner',
    'tis-event-calendar',
    'tis-feed',
    'tis-initiative-feed',
    'tis-territory-counter',
  ]);
  for (const element of elements) {
    for (const event of element.events ?? []) {
      assert.match(event.name ?? '', /^tis-[a-z-]+$/, `${element.tagName}: ${event.name}`);
      assert.match(
        event.type?.text ?? '',
        /^Tis[A-Za-z]+Event$/,
        `${element.tagName}: ${event.name}`,
      );
    }
    const names = new Set((element.events ?? []).map((event) => event.name));
    assert.equal(
      names.size,
      (element.events ?? []).length,
      `${element.tagName}: an event listed twice`,
    );
    if (element.tagName !== 'tis-feed')
      for (const name of ['tis-load', 'tis-error'])
        assert.ok(names.has(name), `${element.tagName} documents ${name}`);
  }
  const calendar = elements.find((element) => element.tagName === 'tis-event-calendar');
  assert.ok(calendar.events.some((event) => event.name === 'tis-event-open'));
  const banner = elements.find((element) => element.tagName === 'tis-banner');
  assert.ok(banner.events.some((event) => event.name === 'tis-dismiss'));
});
