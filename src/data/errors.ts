/**
 * Why a feed could not be used (or, `script`, why a widget's own code could not load: network,
 * CSP or SRI; `url` is then the module's). Every error carries a French and an English message.
 */
export type FeedErrorKind =
  'network' | 'timeout' | 'http' | 'not-json' | 'invalid-feed' | 'aborted' | 'script';

const MESSAGES: Record<FeedErrorKind, { fr: string; en: string }> = {
  network: {
    fr: 'Le flux est injoignable (réseau indisponible).',
    en: 'The feed cannot be reached (network unavailable).',
  },
  timeout: {
    fr: 'Le flux a mis trop de temps à répondre.',
    en: 'The feed took too long to answer.',
  },
  http: {
    fr: 'Le serveur du flux a répondu par une erreur.',
    en: 'The feed server answered with an error.',
  },
  'not-json': {
    fr: "La réponse du serveur n'est pas un flux JSON.",
    en: 'The server response is not a JSON feed.',
  },
  'invalid-feed': {
    fr: "Le flux n'est pas au format #1000territoiresIS v1.",
    en: 'The feed is not in the #1000territoiresIS v1 format.',
  },
  aborted: {
    fr: 'Le chargement du flux a été annulé.',
    en: 'Loading the feed was cancelled.',
  },
  script: {
    fr: "Le code du widget n'a pas pu être chargé.",
    en: "The widget's code could not be loaded.",
  },
};

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** HTTP status, for `http` errors. */
  readonly status?: number;
  readonly url: string;
  /** Readable messages, in French and English. */
  readonly messages: { fr: string; en: string };

  constructor(
    kind: FeedErrorKind,
    url: string,
    options: { status?: number; detail?: { fr: string; en: string }; cause?: unknown } = {},
  ) {
    const base = MESSAGES[kind];
    const status = options.status ? ` (HTTP ${options.status})` : '';
    const messages = {
      fr: `${base.fr}${status}${options.detail ? ` ${options.detail.fr}` : ''}`,
      en: `${base.en}${status}${options.detail ? ` ${options.detail.en}` : ''}`,
    };
    super(messages.en, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.url = url;
    this.messages = messages;
  }
}

/**
 * A `script` error for a part of a widget that could not load (a lazy chunk: network, CSP,
 * SRI), naming the file when the browser's message does.
 */
export function scriptError(cause: unknown): FeedError {
  const url = /\bhttps?:\/\/\S+?\.js\b/.exec(String((cause as Error | undefined)?.message))?.[0];
  return new FeedError('script', url ?? '', { cause });
}
