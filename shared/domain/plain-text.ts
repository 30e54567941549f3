/**
 * Untrusted markup to plain text, and untrusted links to safe absolute URLs. Feed titles and descriptions
 * arrive as HTML (sometimes escaped twice) and may carry scripts, styles, event handlers and `javascript:`
 * links; nothing of that may reach classification, storage or an alert.
 *
 * Pure. Uses `cheerio/slim` (htmlparser2 only; parse5 is never loaded).
 */
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { INVISIBLE } from './safe-text.js';

export { MAX_URL_LENGTH, safeHttpUrl } from './safe-text.js';

/**
 * Elements whose content is never text a reader sees: code (`script`, `style`, `template`), fallbacks shown
 * only when something else fails (`noscript`, `noembed`, `noframes`), embedded documents and media (`iframe`,
 * `object`, `svg`, `math`, ...), the document head and form controls. Their text (a script's
 * `location.href=...`, an svg's `<title>`) must never reach a headline or a summary.
 */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'select',
  'option',
  'datalist',
  'textarea',
  'input',
  'button',
  'audio',
  'video',
  'picture',
  'source',
  'track',
  'map',
]);

/**
 * Whether an element's content is never readable text (see the list above), by its local name in any case
 * and with or without a namespace prefix: XHTML inside an Atom `<title type="xhtml">` arrives as `script`,
 * `xhtml:script` or, from a careless producer, `SCRIPT`.
 * @param name the element's tag name as parsed (an xml2js key, a domhandler `name`)
 */
export function isNonTextElement(name: string): boolean {
  const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
  return SKIPPED_ELEMENTS.has(local);
}

/** Elements that start a new paragraph (line breaks count too). */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Longest markup converted; beyond it the tail is dropped (a feed description is a few kilobytes). */
export const MAX_MARKUP_CHARS = 1_000_000;

function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of DOM nodes as paragraphs: block elements and `<br>` end a paragraph; scripts, styles,
 * forms, media and comments are skipped; whitespace inside a paragraph is collapsed to single spaces.
 * Iterative, so arbitrarily deep nesting cannot overflow the stack.
 * @param nodes cheerio (domhandler) nodes, e.g. `$('article').toArray()`
 * @param maxChars stop collecting once this much text is gathered
 */
export function textBlocks(nodes: readonly AnyNode[], maxChars = Number.POSITIVE_INFINITY): string[] {
  const blocks: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const block = collapse(current);
    current = '';
    if (block) {
      blocks.push(block);
      total += block.length;
    }
  };
  // A stack of nodes still to visit; `null` marks the end of a block element.
  const stack: (AnyNode | null)[] = [...nodes].reverse();
  while (stack.length > 0 && total < maxChars) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      current += node.data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue; // comments, CDATA, directives, scripts
    if ('name' in node && (isNonTextElement(node.name) || node.name.includes(':') || node.name === 'img')) {
      current += ' '; // an image or a dropped element still separates the words around it
      continue;
    }
    const block = 'name' in node && BLOCK_ELEMENTS.has(node.name);
    if (block) {
      flush();
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return blocks;
}

/** Elements without content or end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Deepest element nesting kept; real pages stay far below it. */
export const MAX_NESTING = 256;

/**
 * Drops start tags nested deeper than `maxDepth` (their text stays, flattened into the deepest kept
 * element). htmlparser2 keeps its open-element stack with `unshift`, so parsing time grows with the square
 * of the nesting depth: 50,000 nested `<div>`s take seconds. This linear pre-pass mirrors the parser's
 * stack (an end tag closes up to the nearest matching open element; unmatched end tags are ignored) so the
 * parser never sees more than `maxDepth` open elements.
 */
export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  const stack: string[] = [];
  return html.replace(/<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>/g, (tag, slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (slash) {
      const index = stack.lastIndexOf(name);
      if (index >= 0) stack.length = index;
      return tag;
    }
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) return tag;
    if (stack.length >= maxDepth) return '';
    stack.push(name);
    return tag;
  });
}

/** Markup left in text after one pass: the input was escaped twice (`&amp;lt;script&amp;gt;`). */
const RESIDUAL_MARKUP = /<\/?[a-z!?][^<>]*>/i;

/**
 * Plain text of an HTML fragment (a feed item's title, description or content): entities decoded, tags,
 * scripts, styles, event handlers and comments dropped, whitespace collapsed, paragraphs separated by one
 * blank line. Markup escaped twice is decoded and dropped too.
 */
export function htmlToPlainText(fragment: string): string {
  let text = fragment.slice(0, MAX_MARKUP_CHARS);
  // Most titles are plain text: without markup or entities the result is the same, without a parse.
  if (!/[<&]/.test(text)) return collapse(text);
  for (let pass = 0; pass < 3; pass += 1) {
    const $ = load(limitNesting(text), { xml: false }, false);
    text = textBlocks($.root().toArray()).join('\n\n');
    if (!RESIDUAL_MARKUP.test(text)) break;
  }
  return text;
}
