/// <reference types="node" />
/**
 * Input, output and small shared helpers of the command-line tools: reading a file, a URL or
 * standard input; writing to a file or standard output; the interface language; progress.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toLang, type Lang } from '../i18n/localize.js';

/** Thrown for a usage error or an input that cannot be read: exit code 2. */
export class UsageError extends Error {
  constructor(readonly messages: { fr: string; en: string }) {
    super(messages.en);
  }
}

/** The language of the messages: `--lang`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else French. */
export function cliLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const tag = option ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  // `C` and `POSIX` say nothing about language: French, the reference.
  if (!tag || /^(C|POSIX)(\.|$)/.test(tag)) return 'fr';
  return toLang(tag);
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function fetchOrFail(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json, text/calendar, */*' } });
  } catch (error) {
    throw new UsageError({
      fr: `impossible de joindre ${url} (${String((error as Error).cause ?? error)})`,
      en: `cannot reach ${url} (${String((error as Error).cause ?? error)})`,
    });
  }
  if (!response.ok)
    throw new UsageError({
      fr: `${url} a répondu ${response.status} ${response.statusText}`,
      en: `${url} answered ${response.status} ${response.statusText}`,
    });
  return response;
}

function notFound(source: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(
    code === 'ENOENT'
      ? { fr: `fichier introuvable : ${source}`, en: `file not found: ${source}` }
      : {
          fr: `lecture impossible de ${source} (${code ?? String(error)})`,
          en: `cannot read ${source} (${code ?? String(error)})`,
        },
  );
}

/**
 * The whole text of a file, a URL or `-` (standard input). Past `maxBytes` it stops reading and
 * fails (exit code 2): a file is checked by its size before it is read.
 */
export async function readText(source: string, maxBytes = Infinity): Promise<string> {
  const tooLarge = () =>
    new UsageError({
      fr: `${source} dépasse ${maxBytes / 1024 / 1024} Mo`,
      en: `${source} is larger than ${maxBytes / 1024 / 1024} MB`,
    });
  if (isUrl(source) || source === '-') {
    const stream = isUrl(source) ? (await fetchOrFail(source)).body : process.stdin;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of (stream ?? []) as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    // Like `response.text()` for a URL (a byte-order mark is dropped); standard input as read.
    return isUrl(source) ? new TextDecoder().decode(bytes) : bytes.toString('utf8');
  }
  try {
    if ((await stat(source)).size > maxBytes) throw tooLarge();
    return await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw notFound(source, error);
  }
}

/**
 * Writes `text` to `target` (a file, atomically: a temporary file then a rename, so a web server
 * never serves half a feed) or to standard output when `target` is missing or `-`.
 */
export async function writeOutput(
  target: string | undefined,
  text: string,
  stdout?: (text: string) => void,
): Promise<void> {
  if (!target || target === '-') {
    if (stdout) stdout(text);
    else
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
      );
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, target);
}

/** Progress on standard error, only when it is a terminal (or forced), overwritten in place. */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly enabled: boolean) {}

  /** `text` is a function so that nothing is formatted when progress is off. */
  update(text: () => string, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    process.stderr.write(`\r${text()}\x1b[K`);
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

/** `"1 234"` / `"1,234"`. */
const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function count(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR');
    numberFormats.set(lang, format);
  }
  return format.format(value).replace(/\u202f/g, ' ');
}

const IRREGULAR: Record<string, string> = {
  réseau: 'réseaux',
  territory: 'territories',
};

/**
 * `1 erreur`, `2 erreurs`, `0 erreur`; `1 error`, `0 errors`: French takes the singular below 2,
 * English only for 1. `word` is the singular; plurals add an s unless listed above.
 */
export function plural(value: number, lang: Lang, word: string): string {
  const one = lang === 'en' ? value === 1 : value < 2;
  return `${count(value, lang)} ${one ? word : (IRREGULAR[word] ?? `${word}s`)}`;
}
