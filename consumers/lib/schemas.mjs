/**
 * The package's schemas with the app's own zod (`zod/mini` from consumers/node_modules, not the
 * copy pre-bundled into the package's `dist/data/zod.js`): parse, compose, `instanceof` and
 * JSON Schema all work across the two copies, so zod stays usable on the exported schemas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { feedDocumentSchema, initiativeSchema } from '@1000territoires/widgets';
import { ROOT } from './paths.mjs';

function check(ok, message) {
  if (!ok) throw new Error(message);
}

export function runSchemaChecks() {
  const feed = JSON.parse(readFileSync(join(ROOT, 'demo', 'feed.json'), 'utf8'));
  const small = {
    ...feed,
    initiatives: feed.initiatives.slice(0, 5),
    events: feed.events.slice(0, 5),
  };
  const checks = [
    [
      'z.safeParse(feedDocumentSchema, feed) accepts the demo feed',
      () => {
        const result = z.safeParse(feedDocumentSchema, small);
        check(result.success, JSON.stringify(result.error?.issues?.slice(0, 2)));
      },
    ],
    [
      'z.safeParse drops a javascript: link and keeps the item, refuses an item without title',
      () => {
        const unsafe = z.safeParse(initiativeSchema, {
          ...feed.initiatives[0],
          url: 'javascript:alert(1)',
        });
        check(
          unsafe.success && unsafe.data.url === undefined,
          JSON.stringify(unsafe).slice(0, 200),
        );
        const { title, ...untitled } = feed.initiatives[0];
        const refused = z.safeParse(initiativeSchema, untitled);
        check(
          title && !refused.success && refused.error.issues[0].path.join('.') === 'title',
          JSON.stringify(refused).slice(0, 200),
        );
      },
    ],
    [
      'z.object({ feed: feedDocumentSchema }) composes, instanceof z.ZodMiniObject holds',
      () => {
        const wrapped = z.object({ feed: feedDocumentSchema });
        check(z.safeParse(wrapped, { feed: small }).success, 'the wrapped feed is refused');
        check(!z.safeParse(wrapped, { feed: { version: 2 } }).success, 'version 2 is accepted');
        check(
          feedDocumentSchema instanceof z.ZodMiniObject,
          'not an instance of the app’s ZodMiniObject',
        );
      },
    ],
    [
      'z.toJSONSchema(feedDocumentSchema) lists the same properties as feed-format.schema.json',
      () => {
        const shipped = JSON.parse(
          readFileSync(join(ROOT, 'dist', 'feed-format.schema.json'), 'utf8'),
        );
        const ours = z.toJSONSchema(feedDocumentSchema, { unrepresentable: 'any', io: 'input' });
        const keys = (schema) =>
          Object.keys(schema.properties ?? {})
            .sort()
            .join(',');
        check(keys(ours) === keys(shipped), `${keys(ours)} ≠ ${keys(shipped)}`);
      },
    ],
  ];
  return checks.map(([what, run]) => {
    try {
      run();
      return { app: 'zod', check: what, ok: true };
    } catch (error) {
      return { app: 'zod', check: what, ok: false, error: error.message };
    }
  });
}
