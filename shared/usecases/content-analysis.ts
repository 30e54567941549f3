/**
 * The part of a poll that runs only when a feed has new content: the feed parser, the page extractor, the
 * classifier with its baseline and gazetteer, and incident recording. `poll-feed.ts` loads this module on
 * the first feed that answers with a body, so a Lambda container whose feeds answer 304 never loads it:
 * these modules are most of the poll bundle's start-up time (`npm run bench` measures both).
 */
export { extractArticle } from '../adapters/article-extractor.js';
export { parseFeed } from '../adapters/feed-parser.js';
export { classifyArticle } from '../domain/classify.js';
export { recordReport } from './record-report.js';
