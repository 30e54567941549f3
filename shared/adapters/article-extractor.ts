/**
 * The main text of a news article page, without the page around it: navigation, headers and footers,
 * sidebars, scripts, forms, cookie and consent banners, "related stories", "read more", share and subscribe
 * blocks, and comments. Uses `cheerio/slim` (htmlparser2; parse5 is not loaded).
 */
import { load } from 'cheerio/slim';
import { compile, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { htmlToPlainText, limitNesting, textBlocks } from '../domain/plain-text.js';
import { INVISIBLE } from '../domain/safe-text.js';

/** What an article page yields. */
export interface ExtractedArticle {
  /** The headline (og:title, else the first `<h1>`, else `<title>`), or null. */
  readonly title: string | null;
  /** Paragraphs of the main text joined with blank lines; '' when the page has none. */
  readonly text: string;
}

/** Longest HTML parsed; pages are capped by the fetcher already, this bounds work on direct callers. */
export const MAX_HTML_CHARS = 3_000_000;
/** Longest text returned: far more than any news article. */
export const MAX_TEXT_CHARS = 100_000;
/** Most elements examined when looking for the densest block of paragraphs. */
const MAX_SCORED_PARAGRAPHS = 5_000;
/** Most class/id-named boilerplate blocks removed. */
const MAX_NOISE_BLOCKS = 50_000;

/** Elements that are never article text. */
const NOISE_ELEMENTS =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, ' +
  'input, nav, header, footer, aside, menu, dialog, figure figcaption, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], ' +
  '[role="alertdialog"], [role="search"]';

/**
 * Class or id words of boilerplate blocks. Matched against whole words of `class`/`id` (split on spaces,
 * `-` and `_`), so `article-header`'s "article" is not "ad", and `read-more` or `share_bar` are caught.
 */
const NOISE_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'disqus',
  'footer',
  'gdpr',
  'masthead',
  'menu',
  'modal',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'paywall',
  'popular',
  'popup',
  'promo',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'social',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'tags',
  'toolbar',
  'trending',
]);
/** Multi-word boilerplate names, after removing separators: `read-more`, `readMore`, `more_news`. */
const NOISE_JOINED =
  /readmore|morenews|alsoread|seealso|mostread|morestories|relatedposts|socialshare|sharebuttons/i;

/** Paragraphs that are calls to action, not article text. */
const NOISE_PARAGRAPH =
  /^(?:read more|read also|see also|related(?: stories| articles| news)?|share(?: this)?|subscribe\b.*|follow us\b.*|advertisement|also read|читайте также|подписывайтесь\b.*|реклама)[:.!]?$/i;

function classWords(element: Element): string[] {
  const raw = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function isNoiseBlock(element: Element): boolean {
  const words = classWords(element);
  if (words.some((word) => NOISE_WORDS.has(word))) return true;
  return NOISE_JOINED.test(words.join(''));
}

/** Length of the text under nodes, iteratively (cheerio's `.text()` recurses and deep nesting overflows it). */
function textLength(nodes: readonly AnyNode[]): number {
  let length = 0;
  const stack = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') length += node.data.trim().length;
    else if ('children' in node) stack.push(...node.children);
  }
  return length;
}

/**
 * A CSS selector compiled once: the elements under `roots` (not the roots themselves) that it matches, in
 * document order. cheerio's `find` would parse and compile the selector string on every call, which cost
 * more than parsing the page.
 */
function selector(query: string): (roots: AnyNode | readonly AnyNode[]) => Element[] {
  const compiled = compile<AnyNode, Element>(query);
  return (roots) => selectAll<AnyNode, Element>(compiled, roots as AnyNode | AnyNode[]);
}

const PARAGRAPHS = selector('p');
const NOISE = selector(NOISE_ELEMENTS);
const NAMED = selector('[class], [id]');
const MARKED_BODY = selector('[itemprop="articleBody"]');
const ARTICLES = selector('article');
const MAINS = selector('main, [role="main"]');
const BODY = selector('body');
const OG_TITLE = selector('meta[property="og:title"]');
const TWITTER_TITLE = selector('meta[name="twitter:title"]');
const H1 = selector('h1');
const TITLE = selector('title');

function paragraphChars(scope: AnyNode): number {
  return textLength(PARAGRAPHS(scope));
}

function firstText(elements: readonly Element[]): string | undefined {
  const first = elements[0];
  return first ? textBlocks(first.children, 1000).join(' ') || undefined : undefined;
}

/** Whether a subtree holds the article's own markers, and how much paragraph text it holds. */
function subtreeStats(element: Element): { holdsArticle: boolean; paragraphChars: number } {
  let holdsArticle = false;
  let chars = 0;
  const stack: AnyNode[] = [...element.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type !== 'tag') continue;
    if (node.name === 'article' || node.name === 'main' || node.attribs.itemprop === 'articleBody')
      holdsArticle = true;
    if (node.name === 'p') chars += textLength([node]);
    else stack.push(...node.children);
  }
  return { holdsArticle, paragraphChars: chars };
}

/**
 * Detaches elements from the tree in one pass per parent. cheerio's `.remove()` splices each element out of
 * its parent's child array, which is quadratic when a hostile page has tens of thousands of siblings.
 */
function detach(elements: readonly AnyNode[]): void {
  const doomed = new Set<AnyNode>(elements);
  const parents = new Set(elements.map((element) => element.parent).filter((parent) => parent !== null));
  for (const parent of parents) {
    parent.children = parent.children.filter((child) => !doomed.has(child));
    parent.children.forEach((child, index) => {
      child.prev = parent.children[index - 1] ?? null;
      child.next = parent.children[index + 1] ?? null;
    });
  }
  for (const element of elements) {
    element.parent = null;
    element.prev = null;
    element.next = null;
  }
}

function hasDoomedAncestor(element: Element, doomed: ReadonlySet<AnyNode>): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (doomed.has(parent)) return true;
  }
  return false;
}

/**
 * Removes boilerplate blocks named by class or id. A block that holds most of the page's paragraph text is a
 * wrapper (`<div class="content has-sidebar">`), not boilerplate, and stays; so does one holding the article.
 */
function removeNoiseBlocks(root: AnyNode): void {
  detach(NOISE(root));
  const total = paragraphChars(root);
  const doomed = new Set<AnyNode>();
  const candidates = NAMED(root)
    .filter((element) => !['html', 'body', 'main', 'article'].includes(element.name) && isNoiseBlock(element))
    .slice(0, MAX_NOISE_BLOCKS);
  for (const element of candidates) {
    if (element.attribs.itemprop === 'articleBody' || hasDoomedAncestor(element, doomed)) continue;
    const stats = subtreeStats(element);
    if (stats.holdsArticle || (total > 0 && stats.paragraphChars > total / 2)) continue;
    doomed.add(element);
  }
  detach(candidates.filter((element) => doomed.has(element)));
}

/** The element holding the article: the marked-up body, else the richest `<article>`, else `<main>`, else the densest block. */
function findMainContainer(root: AnyNode): AnyNode {
  const richest = (elements: readonly Element[]): Element | null => {
    let best: Element | null = null;
    let bestChars = 0;
    for (const element of elements) {
      const chars = paragraphChars(element) || textLength([element]) / 4;
      if (chars > bestChars) {
        best = element;
        bestChars = chars;
      }
    }
    return best;
  };
  for (const candidates of [MARKED_BODY, ARTICLES, MAINS]) {
    const container = richest(candidates(root));
    if (container) return container;
  }
  // The parent whose own <p> children carry the most text.
  const scores = new Map<AnyNode, number>();
  for (const p of PARAGRAPHS(root).slice(0, MAX_SCORED_PARAGRAPHS)) {
    const parent = p.parent;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + textLength([p]));
  }
  let best: AnyNode | null = null;
  let bestScore = 0;
  for (const [parent, score] of scores) {
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best ?? BODY(root)[0] ?? root;
}

function findTitle(root: AnyNode): string | null {
  // In order of preference; each looked up only when the ones before it gave nothing.
  const candidates = [
    () => OG_TITLE(root)[0]?.attribs.content,
    () => TWITTER_TITLE(root)[0]?.attribs.content,
    () => firstText(H1(root)),
    () => firstText(TITLE(root)),
  ];
  for (const candidate of candidates) {
    const raw = candidate();
    if (!raw) continue;
    // A title is mostly plain text: the markup parser runs only when a tag or an entity may be in it.
    const text = /[<&]/.test(raw) ? htmlToPlainText(raw) : raw.replace(INVISIBLE, '');
    const title = text.replace(/\s+/g, ' ').trim();
    if (title) return title.slice(0, 500);
  }
  return null;
}

/** Standfirst blocks that many templates keep outside the article body, though they carry the lead facts. */
const LEAD_SELECTOR =
  '[itemprop="description"]:not(meta), .lead, .standfirst, .article-lead, .article__lead, .material__lead, ' +
  '.story-lead, .news-lead, .intro, .subtitle, .dek';
const LEADS = selector(LEAD_SELECTOR);
/** A lead is a sentence or a short paragraph; anything longer is not one. */
const MAX_LEAD_CHARS = 1_500;

/** True when `node` is `ancestor` or lies under it. */
function within(node: AnyNode, ancestor: AnyNode): boolean {
  for (let at: AnyNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/**
 * The lead paragraph of the article, when the main container leaves it out: searched within the container's
 * nearest `<article>` (else the whole page), outside the container.
 */
function findLead(root: AnyNode, container: AnyNode): string | null {
  let scope: AnyNode = root;
  for (let at: AnyNode | null = container; at; at = at.parent) {
    if (at.type === 'tag' && (at as Element).name === 'article') {
      scope = at;
      break;
    }
  }
  for (const element of LEADS(scope)) {
    // Inside the container (its text is there already), or around it (it is not a lead).
    if (within(element, container) || within(container, element)) continue;
    const text = textBlocks([element]).join(' ').trim();
    if (text.length > 0 && text.length <= MAX_LEAD_CHARS) return text;
  }
  return null;
}

/**
 * Extracts the headline and main text of a news article page.
 * @param html the page as decoded by the fetcher
 * @param url the page URL (reserved for outlet-specific rules; not fetched)
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  void url;
  const root = load(limitNesting(html.slice(0, MAX_HTML_CHARS)), { xml: false }, true).root()[0] as AnyNode;
  const title = findTitle(root);
  removeNoiseBlocks(root);
  const container = findMainContainer(root);
  const paragraphs = textBlocks([container], MAX_TEXT_CHARS).filter(
    (paragraph) => !NOISE_PARAGRAPH.test(paragraph),
  );
  // The headline usually opens the container too; it is reported as the title, not repeated in the text.
  if (title && paragraphs[0] === title) paragraphs.shift();
  const lead = findLead(root, container);
  if (lead && !paragraphs.some((p) => p.includes(lead))) paragraphs.unshift(lead);
  return { title, text: paragraphs.join('\n\n').slice(0, MAX_TEXT_CHARS) };
}
