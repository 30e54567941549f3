/**
 * Light, dependency-free guards for text and links that reach people: used where a full HTML parser would
 * be too heavy to bundle (the alert function formats messages from already-plain incident fields; these
 * are its defence in depth). Pure.
 */

/**
 * Control and format characters (zero-width spaces, bidi overrides, soft hyphens, BOMs) that only serve to
 * hide or break words; tab and line breaks are whitespace and are collapsed instead.
 */
export const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}]/gu;

/** Longest URL accepted; longer ones are junk or attacks. */
export const MAX_URL_LENGTH = 4096;

function parseUrl(url: string, base?: string | null): URL | null {
  try {
    return new URL(url, base ?? undefined);
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) URL for a link from untrusted content, resolved against `base` when relative.
 * Returns null for every other scheme (`javascript:`, `data:`, `file:`, `ftp:`, ...), URLs with embedded
 * credentials, URLs without a host and anything unparsable or longer than {@link MAX_URL_LENGTH}.
 */
export function safeHttpUrl(url: string | null | undefined, base?: string | null): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.replace(INVISIBLE, '').trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return null;
  const parsed = parseUrl(trimmed, base) ?? parseUrl(trimmed);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href.length > MAX_URL_LENGTH ? null : parsed.href;
}

/**
 * Elements dropped with their content: code, fallbacks and embedded documents, whose text is never read
 * (`plain-text.ts` drops the same and more with a real parser). Only elements that have an end tag: a
 * void element here would swallow the rest of the text.
 */
const NON_TEXT =
  /<(script|style|noscript|noembed|noframes|template|iframe|object|applet|svg|math|textarea|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z!?][^<>]*>?/g;
const BASIC_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/**
 * Text with every trace of markup removed: scripts and styles with their content, comments, tags (also
 * when escaped once, `&lt;script&gt;`), invisible characters. A `<` or `>` that opens no tag is text and is
 * kept ("toll 3 -> 7", "under <5 km"): plain-text email shows it as it is. Not an HTML-to-text converter (see
 * `htmlToPlainText` for feed content); a last guard on fields that should already be plain.
 */
export function stripMarkup(text: string): string {
  // Invisible characters first: one inside `<\u200bscript>` would otherwise hide the tag from the passes.
  let out = text.replace(INVISIBLE, '');
  for (let pass = 0; pass < 3; pass++) {
    const before = out;
    out = out.replace(NON_TEXT, ' ').replace(COMMENT, ' ').replace(TAG, ' ');
    out = out.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => BASIC_ENTITIES[name] ?? '');
    if (out === before) break;
  }
  // What is left of `<` and `>` is text ("3 -> 7", "< 5 km"), not markup: every `<` that could open a tag
  // (`<b`, `</`, `<!`, `<?`) was removed above. A `<` that still could (a tag cut short by the passes) goes.
  return out.replace(/<(?=[A-Za-z!?/])/g, ' ').replace(INVISIBLE, '');
}
