/// <reference types="node" />
/**
 * The `tis-feed` program (`dist/cli/tis-feed.js`): runs the command line and sets the exit code
 * when run (`node tis-feed.js`, `npx tis-feed`), and exports `main` for tests and scripts. The
 * commands live in main.ts; the ICS importer is a chunk of its own, loaded only by `import ics`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

export { main };

/** True when this module is the program being run. */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
