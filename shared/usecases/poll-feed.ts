/**
 * Use case: poll one feed. The heart of the `poll` function and of `borderwatch run`.
 *
 * 1. Read the feed's stored HTTP state and GET the feed conditionally (ETag / Last-Modified).
 * 2. On 304: nothing to parse; record success (without a write in steady state) and stop.
 * 3. Parse the feed; canonicalise item links; keep items not seen before (one batched read). The parser,
 *    extractor and classifier load here, on the first feed with a body (see `content-analysis.ts`).
 * 4. For each new item: fetch its page (address policy, limits) and extract the main text; when the page
 *    cannot be fetched, classify the item's own title and summary instead.
 * 5. Skip syndicated copies already seen under another URL (content fingerprint).
 * 6. Classify; for relevant reports, match or create the incident and write it conditionally, retrying on
 *    conflicts, so concurrent and replayed polls lose nothing and create nothing twice.
 * 7. Remember the articles (after their incidents are written: an interrupted poll redoes the work next
 *    cycle, and the merge is idempotent), then store the feed's new validators and health.
 *
 * A failure of the feed itself (fetch, parse) is a result, not an exception: it is recorded in the feed's
 * health and returned. Store failures propagate, so the SQS message is retried.
 */

import type { Config, FeedConfig } from '../config.js';
import {
  articleIdFor,
  canonicalizeUrl,
  contentFingerprint,
  withoutTracking,
} from '../domain/canonical-url.js';
import {
  afterFailure,
  afterSuccess,
  assessFeedHealth,
  estimateCadence,
  type FeedHealth,
  initialFeedState,
  needsWrite,
} from '../domain/feed-health.js';
import type { Article, Assessment } from '../domain/types.js';
import { BorderwatchError, FetchError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import type { Logger } from '../ports/logger.js';
import type { SeenArticle, Store } from '../ports/store.js';
import { mapWithConcurrency } from './concurrency.js';
import type { IncidentWriteListener } from './record-report.js';

/** The content path, loaded once, on the first feed with a body (see `content-analysis.ts`). */
let contentAnalysis: Promise<typeof import('./content-analysis.js')> | undefined;
function loadContentAnalysis(): Promise<typeof import('./content-analysis.js')> {
  contentAnalysis ??= import('./content-analysis.js');
  return contentAnalysis;
}

/** What `pollFeed` needs. Adapters are passed in (see STYLE.md). */
export interface PollDependencies {
  readonly fetcher: HttpFetcher;
  readonly store: Store;
  readonly clock: Clock;
  readonly config: Config;
  readonly logger: Logger;
  /** Told of every incident write; the local runner turns these into stream records for `alert`. */
  readonly onIncidentWritten?: IncidentWriteListener;
}

/** One feed's outcome in a cycle: the per-feed line of the run summary. */
export interface FeedPollResult {
  readonly url: string;
  readonly name: string | null;
  readonly status: 'ok' | 'not-modified' | 'failed';
  /** Error message when `status` is `failed`. */
  readonly error: string | null;
  readonly errorCode: string | null;
  readonly itemsSeen: number;
  readonly newArticles: number;
  readonly duplicateArticles: number;
  readonly relevantArticles: number;
  readonly incidentsCreated: number;
  readonly incidentsUpdated: number;
  readonly pagesFetched: number;
  /** New items whose page could not be fetched; their feed text was classified instead. */
  readonly pageFallbacks: number;
  /** Links to other hosts not followed because the run is offline. */
  readonly offlineSkipped: number;
  readonly health: FeedHealth;
  /** The relevant articles of this poll, with their assessments, for summaries. */
  readonly relevant: readonly { readonly article: Article; readonly assessment: Assessment }[];
}

interface Candidate {
  readonly link: string;
  readonly canonicalUrl: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly published: string | null;
  /** The outlet an aggregator credits the item to, if it says. */
  readonly source: string | null;
}

const DAY_SECONDS = 86_400;

function describeError(error: unknown): { message: string; code: string } {
  if (error instanceof BorderwatchError) return { message: error.message, code: error.code };
  if (error instanceof Error) return { message: error.message, code: 'unexpected' };
  return { message: String(error), code: 'unexpected' };
}

function hostOf(url: string): string {
  return new URL(url).host;
}

/** Polls one feed end to end (see the module comment for the steps). */
export async function pollFeed(feed: FeedConfig, deps: PollDependencies): Promise<FeedPollResult> {
  const { fetcher, store, clock, config, logger } = deps;
  const now = clock.now();
  const counts = {
    itemsSeen: 0,
    newArticles: 0,
    duplicateArticles: 0,
    relevantArticles: 0,
    incidentsCreated: 0,
    incidentsUpdated: 0,
    pagesFetched: 0,
    pageFallbacks: 0,
    offlineSkipped: 0,
  };
  const relevant: { article: Article; assessment: Assessment }[] = [];

  // 1. Stored state, conditional GET.
  const stored = await store.getFeedState(feed.url);
  const state = stored ?? initialFeedState(feed.url);
  const result = (
    status: FeedPollResult['status'],
    finalState: typeof state,
    error?: { message: string; code: string },
  ): FeedPollResult => ({
    url: feed.url,
    name: feed.name ?? null,
    status,
    error: error?.message ?? null,
    errorCode: error?.code ?? null,
    ...counts,
    health: assessFeedHealth(finalState, now, config.health),
    relevant,
  });

  const fail = async (error: unknown): Promise<FeedPollResult> => {
    const described = describeError(error);
    const failed = afterFailure(state, now, described.message);
    await store.putFeedState(failed);
    logger.warn('feed failed', { feed: feed.url, code: described.code, error: described.message });
    return result('failed', failed, described);
  };

  let feedBody: string;
  let feedFinalUrl: string;
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const response = await fetcher.fetch({
      url: feed.url,
      purpose: 'feed',
      etag: state.etag,
      lastModified: state.lastModified,
    });
    // 2. Not modified: nothing to parse.
    if (response.status === 304) {
      const next = afterSuccess(state, { now, newItems: 0 });
      if (needsWrite(stored, next, now)) await store.putFeedState(next);
      return result('not-modified', next);
    }
    feedBody = response.body;
    feedFinalUrl = response.url;
    validators = { etag: response.etag, lastModified: response.lastModified };
  } catch (error) {
    return fail(error);
  }

  // 3. Parse, canonicalise, keep unseen items.
  const { classifyArticle, extractArticle, parseFeed, recordReport } = await loadContentAnalysis();
  let candidates: Candidate[];
  let cadence: number | null;
  let outlet = feed.name ?? hostOf(feed.url);
  try {
    // Relative links resolve against where the feed was finally found (after redirects).
    const parsed = await parseFeed(feedBody, feedFinalUrl);
    outlet = feed.name ?? parsed.title ?? outlet;
    const byId = new Map<string, Candidate>();
    for (const item of parsed.items.slice(0, config.limits.maxItemsPerFeed)) {
      if (!item.link) continue;
      const canonicalUrl = canonicalizeUrl(item.link);
      const id = articleIdFor(canonicalUrl);
      if (byId.has(id)) continue;
      byId.set(id, {
        link: item.link,
        canonicalUrl,
        id,
        title: item.title ?? '',
        summary: item.summary ?? '',
        published: item.published,
        source: item.source,
      });
    }
    candidates = [...byId.values()];
    cadence = estimateCadence(parsed.items.map((item) => item.published));
    counts.itemsSeen = candidates.length;
  } catch (error) {
    return fail(error);
  }
  const seen = await store.findSeen(
    candidates.map((c) => c.id),
    [],
  );
  const fresh = candidates.filter((c) => !seen.has(c.id));

  // 4. Pages for new items only, with the feed text as the fallback.
  const feedHost = hostOf(feed.url);
  const articles = await mapWithConcurrency(fresh, config.limits.pageConcurrency, async (candidate) => {
    let text = '';
    let title = candidate.title;
    let textSource: Article['textSource'] = 'feed';
    try {
      const page = await fetcher.fetch({ url: candidate.link, purpose: 'page', feedHost });
      counts.pagesFetched++;
      const extracted = extractArticle(page.body, page.url);
      if (extracted.text.trim().length > 0) {
        text = extracted.text;
        textSource = 'page';
        if (!title && extracted.title) title = extracted.title;
      }
    } catch (error) {
      if (error instanceof FetchError && error.code === 'offline') counts.offlineSkipped++;
      logger.debug('page not fetched; classifying the feed text', {
        url: candidate.link,
        error: describeError(error).message,
      });
    }
    if (textSource === 'feed') {
      counts.pageFallbacks++;
      text = candidate.summary;
    }
    const article: Article = {
      id: candidate.id,
      url: withoutTracking(candidate.link),
      canonicalUrl: candidate.canonicalUrl,
      title,
      published: candidate.published,
      text,
      outlet,
      feedUrl: feed.url,
      textSource,
      fingerprint: contentFingerprint(text) ?? '',
      // An aggregator's item credited to an outlet is that outlet's report.
      ...(candidate.source ? { outlet: candidate.source } : {}),
    };
    return article;
  });

  // 5. Syndicated copies: the same text already seen under another URL is the same article.
  const fingerprints = articles.map((a) => a.fingerprint).filter((fp) => fp.length > 0);
  const seenFingerprints =
    fingerprints.length > 0 ? await store.findSeen([], fingerprints) : new Set<string>();
  const firstByFingerprint = new Map<string, string>();
  const originals: Article[] = [];
  for (const article of articles) {
    const fp = article.fingerprint;
    const earlier = fp ? firstByFingerprint.get(fp) : undefined;
    if (fp && (seenFingerprints.has(fp) || (earlier !== undefined && earlier !== article.id))) {
      counts.duplicateArticles++;
      continue;
    }
    if (fp) firstByFingerprint.set(fp, article.id);
    originals.push(article);
  }
  counts.newArticles = originals.length;

  // 6. Classify; record relevant reports as incidents, oldest first: a feed lists its newest items first,
  // and a follow-up recorded before the first report it follows would start an incident of its own.
  const seenAt = now.toISOString();
  const incidentOf = new Map<string, string>();
  for (const article of oldestFirst(originals)) {
    const assessment = classifyArticle({
      title: article.title,
      text: article.text,
      published: article.published,
      url: article.url,
    });
    if (!assessment.relevant || !assessment.border) continue;
    counts.relevantArticles++;
    relevant.push({ article, assessment });
    const outcome = await recordReport({ article, assessment, seenAt }, deps);
    incidentOf.set(article.id, outcome.incident.id);
    if (outcome.kind === 'created') counts.incidentsCreated++;
    if (outcome.kind === 'updated') counts.incidentsUpdated++;
  }

  // 7. Remember the articles (duplicates too), then the feed's validators and health.
  const markers: SeenArticle[] = articles.map((article) => ({
    id: article.id,
    fingerprint: article.fingerprint,
    feedUrl: feed.url,
    url: article.canonicalUrl,
    incidentId: incidentOf.get(article.id) ?? null,
    seenAt,
  }));
  if (markers.length > 0) {
    const expiresAt = Math.floor(now.getTime() / 1000) + config.limits.seenTtlDays * DAY_SECONDS;
    await store.markSeen(markers, expiresAt);
  }
  const next = afterSuccess(state, {
    now,
    ...validators,
    newItems: fresh.length,
    cadenceMinutes: cadence,
  });
  if (needsWrite(stored, next, now)) await store.putFeedState(next);
  logger.info('feed polled', { feed: feed.url, ...counts });
  return result('ok', next);
}

/** Articles in publication order, oldest first; those without a date keep their feed order, after the rest. */
function oldestFirst(articles: readonly Article[]): Article[] {
  const time = (a: Article) => {
    const t = a.published === null ? Number.NaN : Date.parse(a.published);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return articles
    .map((article, order) => ({ article, order }))
    .sort((a, b) => time(a.article) - time(b.article) || a.order - b.order)
    .map(({ article }) => article);
}
