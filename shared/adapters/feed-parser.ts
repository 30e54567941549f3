/**
 * RSS 0.9x/1.0/2.0 and Atom documents to plain feed items, with rss-parser's `parseString` (never its
 * `parseURL`: fetching is the project's own, with its limits and address policy).
 *
 * Feed documents are untrusted. Before parsing, documents declaring entities in a DTD are refused (entity
 * expansion bombs, external entities reading local files) and HTML pages served as feeds are named as such.
 * After parsing, every title and summary is reduced to plain text and every link to an absolute http(s) URL.
 */

import { load } from 'cheerio/slim';
import Parser from 'rss-parser';
import { htmlToPlainText, isNonTextElement, safeHttpUrl } from '../domain/plain-text.js';
import { FeedParseError } from '../errors.js';

/** One item of a feed, reduced to what Borderwatch uses. */
export interface FeedItem {
  /** Plain-text headline, or null when the item has none. */
  readonly title: string | null;
  /** Absolute http(s) URL of the article (resolved against xml:base and the feed URL), or null. */
  readonly link: string | null;
  /** The item's guid (RSS) or id (Atom), or null. */
  readonly guid: string | null;
  /** ISO 8601 timestamp of publication (else last update), or null when absent or unparsable. */
  readonly published: string | null;
  /** Plain text of the longest of content:encoded, content, description and summary; '' when none. */
  readonly summary: string;
  /**
   * The outlet an aggregator credits the item to (RSS 2.0 `<source>`), or null: one feed may carry many
   * outlets' reports, and each is a source of its own.
   */
  readonly source: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  /** Plain-text feed title, or null. */
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** Longest title kept; anything longer is not a headline. */
const MAX_TITLE_CHARS = 1_000;
/** Longest guid kept. */
const MAX_GUID_CHARS = 2_048;

/** The five entities XML predefines; sax resolves these itself. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Elements whose text is a date; unparsable dates are dropped before rss-parser sees them. */
const DATE_ELEMENTS = new Set([
  'pubDate',
  'published',
  'updated',
  'dc:date',
  'lastBuildDate',
  'modified',
  'issued',
]);

const namedEntityCache = new Map<string, string>();

/** Numeric form of an HTML named entity (`&nbsp;` -> `&#160;`), or an escaped ampersand when unknown. */
function numericEntity(name: string): string {
  let replacement = namedEntityCache.get(name);
  if (replacement === undefined) {
    const decoded = load(`&${name};`, { xml: false }, false).text();
    replacement =
      decoded === `&${name};` || decoded === ''
        ? `&amp;${name};`
        : [...decoded].map((char) => `&#${char.codePointAt(0)};`).join('');
    if (namedEntityCache.size < 4096) namedEntityCache.set(name, replacement);
  }
  return replacement;
}

/**
 * Real-world feeds use HTML entities (`&nbsp;`, `&eacute;`) and bare ampersands that strict XML rejects.
 * Outside CDATA sections, HTML entities become numeric references and bare `&` becomes `&amp;`. Every text
 * this feeds into is HTML-decoded afterwards, so the rewrite does not change what is read.
 */
function repairEntities(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/&(?!#\d{1,7};|#x[0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g, '&amp;')
            .replace(/&([A-Za-z][A-Za-z0-9]{0,31});/g, (entity, name: string) =>
              XML_ENTITIES.has(name) ? entity : numericEntity(name),
            ),
    )
    .join('');
}

/** Rejects what must not reach the XML parser, with a message saying what the document is instead. */
function screenDocument(xml: string, feedUrl: string): string {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new FeedParseError(feedUrl, 'empty document: the response body has no content');
  // A literal `<!ENTITY` outside CDATA sections and comments can only be a declaration (in text it would
  // be escaped as `&lt;!ENTITY`), wherever a crafted DTD tries to hide it.
  if (/<!ENTITY/i.test(text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, ''))) {
    throw new FeedParseError(
      feedUrl,
      'refused: the document declares entities in a DTD (entity expansion and external entities are not allowed in feeds)',
    );
  }
  // The first markup after the XML declaration, comments and processing instructions.
  const prologue = text.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
  if (/^<!DOCTYPE\s+html\b/i.test(prologue) || /^(?:<!DOCTYPE[^>]*>\s*)?<html\b/i.test(prologue)) {
    throw new FeedParseError(feedUrl, 'not a feed: the document is an HTML page');
  }
  if (!prologue.startsWith('<')) {
    throw new FeedParseError(
      feedUrl,
      `not a feed: the document does not start with markup ("${prologue.slice(0, 40)}")`,
    );
  }
  return text;
}

type XmlValue = string | number | boolean | null | undefined | XmlObject | XmlValue[];
interface XmlObject {
  [key: string]: XmlValue;
}

/**
 * Text of a value xml2js produced: a string, `{ _: text, $: attributes, child: [...] }`, or an array of those.
 * Child elements whose content is not text (`script`, `style`, `svg`, ...) are left out with their content:
 * an Atom `<title type="xhtml">` reaches this function as an element tree, not as markup for
 * `htmlToPlainText`, so this is where its scripts must be dropped.
 */
function textOf(value: XmlValue, depth = 0): string | null {
  if (value === null || value === undefined || depth > 32) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0], depth + 1) : null;
  // Mixed content (an xhtml title) loses its order in xml2js: own text first, then child elements' text.
  const parts = Object.keys(value)
    .filter((key) => key !== '$' && !isNonTextElement(key))
    .sort((a, b) => (a === '_' ? -1 : b === '_' ? 1 : 0))
    .map((key) => textOf(value[key], depth + 1))
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function attributesOf(value: XmlValue): XmlObject {
  const element = Array.isArray(value) ? value[0] : value;
  if (element && typeof element === 'object' && !Array.isArray(element)) {
    const attributes = element.$;
    if (attributes && typeof attributes === 'object' && !Array.isArray(attributes)) return attributes;
  }
  return {};
}

function attribute(value: XmlValue, name: string): string | null {
  const found = attributesOf(value)[name];
  return typeof found === 'string' ? found : null;
}

/** Resolves an `xml:base` against the enclosing base; keeps the enclosing base when absent or unusable. */
function withBase(base: string, xmlBase: string | null): string {
  if (!xmlBase) return base;
  try {
    return new URL(xmlBase.trim(), base).href;
  } catch {
    return base;
  }
}

function plainText(value: XmlValue, maxChars?: number): string | null {
  const raw = textOf(value);
  if (raw === null) return null;
  const text = htmlToPlainText(raw);
  if (!text) return null;
  return maxChars === undefined ? text : text.slice(0, maxChars);
}

function isoDate(...values: XmlValue[]): string | null {
  for (const value of values) {
    const text = textOf(value)?.trim();
    if (!text) continue;
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return null;
}

/** The article link of an item: Atom `<link rel="alternate" href>`, RSS `<link>`, else an RSS permalink guid. */
function itemLink(item: XmlObject, base: string): string | null {
  const links = Array.isArray(item.linkElements) ? item.linkElements : [];
  const candidates: { href: string; rel: string | null; base: string }[] = [];
  for (const link of links) {
    const href = attribute(link, 'href') ?? textOf(link);
    if (href?.trim()) {
      candidates.push({
        href,
        rel: attribute(link, 'rel'),
        base: withBase(base, attribute(link, 'xml:base')),
      });
    }
  }
  const alternate = candidates.find((c) => c.rel === null || c.rel === 'alternate') ?? candidates[0];
  const link = alternate ? safeHttpUrl(alternate.href, alternate.base) : null;
  if (link) return link;
  const guid = Array.isArray(item.guidElements) ? item.guidElements[0] : undefined;
  if (guid !== undefined && attribute(guid, 'isPermaLink') !== 'false') {
    const text = textOf(guid);
    if (text && /^\s*https?:/i.test(text)) return safeHttpUrl(text, base);
  }
  return null;
}

/** An outlet's name is short; a longer `<source>` is cut. */
const MAX_SOURCE_CHARS = 120;

function itemSummary(item: XmlObject): string {
  let best = '';
  // rss-parser's own `contentSnippet` strips tags with a regex and keeps script text: never used.
  for (const key of ['content:encoded', 'content', 'summary', 'description']) {
    const text = plainText(item[key]) ?? '';
    if (text.length > best.length) best = text;
  }
  return best;
}

function toFeedItem(item: XmlObject, feedBase: string): FeedItem {
  const base = withBase(feedBase, baseOf(item.itemAttributes));
  const guidElement = Array.isArray(item.guidElements) ? item.guidElements[0] : undefined;
  const guid = (textOf(guidElement) ?? textOf(item.id))?.trim().slice(0, MAX_GUID_CHARS) || null;
  return {
    title: plainText(item.title, MAX_TITLE_CHARS),
    link: itemLink(item, base),
    guid,
    published: isoDate(item.isoDate, item.pubDate, item.date),
    summary: itemSummary(item),
    source: plainText(
      Array.isArray(item.sourceElements) ? item.sourceElements[0] : undefined,
      MAX_SOURCE_CHARS,
    ),
  };
}

/** The `xml:base` in an element's attributes (kept by the `feedAttributes`/`itemAttributes` custom fields). */
function baseOf(attributes: XmlValue): string | null {
  if (attributes && typeof attributes === 'object' && !Array.isArray(attributes)) {
    const base = attributes['xml:base'];
    return typeof base === 'string' ? base : null;
  }
  return null;
}

function asObject(value: unknown): XmlObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlObject) : {};
}

function describeParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not recognized as RSS/i.test(message)) {
    return 'not a feed: the root element is neither RSS, RDF nor Atom';
  }
  // rss-parser walks the parsed tree without checks: `<rss>` without `<channel>` fails with a TypeError.
  if (error instanceof TypeError)
    return `not a usable feed: missing or malformed feed structure (${message})`;
  const [first = message, ...details] = message.split('\n');
  const position = details
    .map((line) => /^(Line|Column): (\d+)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${(match[1] ?? '').toLowerCase()} ${(Number(match[2]) + 1).toString()}`);
  return `not well-formed XML: ${first}${position.length > 0 ? ` (${position.join(', ')})` : ''}`;
}

function createParser(): Parser<XmlObject, XmlObject> {
  // rss-parser's typings omit the `[from, to, { keepArray }]` form for feed fields that its code supports.
  const feedFields = [['$', 'feedAttributes', { keepArray: true }]] as unknown as string[];
  return new Parser<XmlObject, XmlObject>({
    // An `<rss>` without a version attribute is read as RSS 2.0 rather than refused.
    defaultRSS: 2,
    customFields: {
      feed: feedFields,
      item: [
        ['$', 'itemAttributes', { keepArray: true }],
        ['link', 'linkElements', { keepArray: true }],
        ['guid', 'guidElements', { keepArray: true }],
        ['source', 'sourceElements', { keepArray: true }],
      ],
    },
    xml2js: {
      // rss-parser formats Atom dates with `new Date(x).toISOString()`, which throws on a bad date and would
      // lose the whole feed; unparsable dates are emptied first.
      valueProcessors: [
        (value: string, name: string) =>
          DATE_ELEMENTS.has(name) && Number.isNaN(Date.parse(value)) ? '' : value,
      ],
    },
  });
}

/**
 * Parses an RSS or Atom document.
 * @param xml the decoded document
 * @param feedUrl the URL it was fetched from: relative links resolve against it (after any xml:base)
 * @throws FeedParseError for an empty body, an HTML page, a DTD declaring entities, XML that is not
 *   well-formed, or a document that is neither RSS nor Atom
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const document = repairEntities(screenDocument(xml, feedUrl));
  let output: unknown;
  try {
    output = await createParser().parseString(document);
  } catch (error) {
    throw new FeedParseError(feedUrl, describeParserError(error), { cause: error });
  }
  const feed = asObject(output);
  const feedBase = withBase(feedUrl, baseOf(feed.feedAttributes));
  const items = Array.isArray(feed.items) ? feed.items : [];
  return {
    title: plainText(feed.title, MAX_TITLE_CHARS),
    items: items.map((item) => toFeedItem(asObject(item), feedBase)),
  };
}
