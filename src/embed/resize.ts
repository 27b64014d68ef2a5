/**
 * The parent-page half of the iframe mode (`dist/cdn/embed-resize.js`).
 *
 * Include it once on a page that embeds widgets through `embed.html`:
 *
 * ```html
 * <iframe data-tis-embed src="https://…/embed.html?widget=banner&network=cis" height="400" …></iframe>
 * <script src="https://cdn.jsdelivr.net/npm/@1000territoires/widgets@X.Y.Z/dist/cdn/embed-resize.js"></script>
 * ```
 *
 * The embed page posts `{ type: 'tis:embed-height', id, height }` whenever its content changes
 * size. This script accepts a message only from the window of one of the page's
 * `iframe[data-tis-embed]` (so no other frame can resize anything) and only a finite height
 * within bounds, then sets that iframe's height through the CSSOM (allowed under a strict CSP).
 * Without the script, the iframe keeps its fixed `height` and scrolls. Loading it twice is harmless.
 */

const MESSAGE_TYPE = 'tis:embed-height';
const MAX_HEIGHT = 20000;
const installed = Symbol.for('tis-embed-resize');

interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  height: number;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height >= 0
  );
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-tis-embed]')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const height = Math.min(Math.ceil(event.data.height), MAX_HEIGHT);
  frame.style.height = `${height}px`;
}

const scope = globalThis as typeof globalThis & { [installed]?: boolean };
if (!scope[installed]) {
  scope[installed] = true;
  addEventListener('message', onMessage);
}
