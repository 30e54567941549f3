/**
 * The main text of a news article page, without the page around it: navigation, headers and footers,
 * sidebars, scripts, forms, cookie and consent banners, "related stories", "read more", share and subscribe
 * blocks, and comments. Uses `cheerio/slim` (htmlparser2; parse5 is not loaded).
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { htmlToPlainText, limitNesting, textBlocks } from '../domain/plain-text.js';

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

function paragraphChars(scope: Cheerio<AnyNode>): number {
  return textLength(scope.find('p').toArray());
}

function firstText(nodes: Cheerio<AnyNode>): string | undefined {
  return textBlocks(nodes.first().contents().toArray(), 1000).join(' ') || undefined;
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
function removeNoiseBlocks($: CheerioAPI): void {
  detach($(NOISE_ELEMENTS).toArray());
  const total = paragraphChars($.root());
  const doomed = new Set<AnyNode>();
  const candidates = $('[class], [id]')
    .toArray()
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
function findMainContainer($: CheerioAPI): Cheerio<AnyNode> {
  const richest = (selector: string): Cheerio<AnyNode> | null => {
    let best: Cheerio<AnyNode> | null = null;
    let bestChars = 0;
    $(selector).each((_, element) => {
      const node = $(element);
      const chars = paragraphChars(node) || textLength([element]) / 4;
      if (chars > bestChars) {
        best = node;
        bestChars = chars;
      }
    });
    return best;
  };
  for (const selector of ['[itemprop="articleBody"]', 'article', 'main, [role="main"]']) {
    const container = richest(selector);
    if (container) return container;
  }
  // The parent whose own <p> children carry the most text.
  const scores = new Map<AnyNode, number>();
  $('p')
    .slice(0, MAX_SCORED_PARAGRAPHS)
    .each((_, p) => {
      const parent = p.parent;
      if (!parent) return;
      scores.set(parent, (scores.get(parent) ?? 0) + textLength([p]));
    });
  let best: AnyNode | null = null;
  let bestScore = 0;
  for (const [parent, score] of scores) {
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  if (best) return $(best);
  const body = $('body');
  return body.length > 0 ? body : $.root();
}

function findTitle($: CheerioAPI): string | null {
  const candidates = [
    $('meta[property="og:title"]').attr('content'),
    $('meta[name="twitter:title"]').attr('content'),
    firstText($('h1')),
    firstText($('title')),
  ];
  for (const candidate of candidates) {
    const title = candidate ? htmlToPlainText(candidate).replace(/\s+/g, ' ').trim() : '';
    if (title) return title.slice(0, 500);
  }
  return null;
}

/** Standfirst blocks that many templates keep outside the article body, though they carry the lead facts. */
const LEAD_SELECTOR =
  '[itemprop="description"]:not(meta), .lead, .standfirst, .article-lead, .article__lead, .material__lead, ' +
  '.story-lead, .news-lead, .intro, .subtitle, .dek';
/** A lead is a sentence or a short paragraph; anything longer is not one. */
const MAX_LEAD_CHARS = 1_500;

/**
 * The lead paragraph of the article, when the main container leaves it out: searched within the container's
 * nearest `<article>` (else the whole page), outside the container.
 */
function findLead($: CheerioAPI, container: Cheerio<AnyNode>): string | null {
  const inside = new Set<AnyNode>([...container.toArray(), ...container.find('*').toArray()]);
  const scope = (container as Cheerio<Element>).closest('article');
  const candidates = (scope.length > 0 ? scope.find(LEAD_SELECTOR) : $(LEAD_SELECTOR)).toArray();
  for (const element of candidates) {
    if (inside.has(element) || $(element).find(container as Cheerio<Element>).length > 0) continue;
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
  const $ = load(limitNesting(html.slice(0, MAX_HTML_CHARS)), { xml: false }, true);
  const title = findTitle($);
  removeNoiseBlocks($);
  const container = findMainContainer($);
  const paragraphs = textBlocks(container.toArray(), MAX_TEXT_CHARS).filter(
    (paragraph) => !NOISE_PARAGRAPH.test(paragraph),
  );
  // The headline usually opens the container too; it is reported as the title, not repeated in the text.
  if (title && paragraphs[0] === title) paragraphs.shift();
  const lead = findLead($, container);
  if (lead && !paragraphs.some((p) => p.includes(lead))) paragraphs.unshift(lead);
  return { title, text: paragraphs.join('\n\n').slice(0, MAX_TEXT_CHARS) };
}
