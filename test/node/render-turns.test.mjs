// The render turns (src/shared/render-turns.ts) under Node, where a partner's tests may render the
// widgets in a DOM emulation: the port that marks the end of a task must not keep the process
// alive, and a turn that waits must still come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleTs } from '../../scripts/import-ts.js';

test('a process that rendered data in turns exits by itself, every render done', async () => {
  const text = await bundleTs(`
        import { requestDataRender, scheduleInTurn } from './src/shared/render-turns.ts';
        const done = [];
        const widget = (name) => ({ requestUpdate() {}, name });
        const a = widget('a');
        const b = widget('b');
        requestDataRender(a);
        requestDataRender(b);
        // a takes the task and runs 20 ms: b waits for a turn of its own.
        scheduleInTurn(a, () => {
          const end = performance.now() + 20;
          while (performance.now() < end);
          done.push('a');
        });
        const turn = scheduleInTurn(b, () => done.push('b'));
        process.on('exit', () => console.log(JSON.stringify({ done, waited: turn instanceof Promise })));
      `);
  const dir = mkdtempSync(join(tmpdir(), 'tis-turns-'));
  const file = join(dir, 'turns.mjs');
  writeFileSync(file, text);
  try {
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(run.signal, null, 'the process was still running after 10 s');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { done: ['a', 'b'], waited: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
