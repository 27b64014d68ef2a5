#!/usr/bin/env node
// Serves the demo page (demo/index.html) on the embedded demo feed, published first as partners
// get it (demo/published/index.json and its shards, from demo/feed.json), from the TypeScript
// sources through Vite's dev server. No network is needed.
import { createServer } from 'vite';
import { publishDemoFeed } from './publish-demo-feed.js';

await publishDemoFeed();

const port = Number(process.env.PORT) || 5173;
const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port, host: process.env.HOST || 'localhost' },
  logLevel: 'warn',
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`\n  #1000territoiresIS widgets demo: ${base}demo/\n  (Ctrl+C to stop)\n`);
