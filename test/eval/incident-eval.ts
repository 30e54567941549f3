/**
 * Measures incident grouping on the labelled development set: each article is classified, the relevant
 * ones are fed in publication order through matchIncident / createIncident / mergeReport as the poll does,
 * and the grouping is compared with the labels' `event` keys pair by pair.
 *
 * - precision: of the article pairs put in one incident, the share that are one labelled event;
 * - recall: of the article pairs that are one labelled event, the share put in one incident.
 *
 * Two figures: end to end (with the classifier, whose misses count against recall), and with the labels
 * standing in for the classifier (the matcher alone).
 */
import { readFileSync } from 'node:fs';
import { contentFingerprint } from '../../shared/domain/canonical-url.js';
import { classifyArticle } from '../../shared/domain/classify.js';
import {
  assessCandidates,
  createIncident,
  type IncidentReport,
  type MatchOptions,
  markMerged,
  matchReport,
  mergeIncidents,
  mergeReport,
  toIncidentReport,
} from '../../shared/domain/incidents.js';
import type { Assessment, Border, Incident, IncidentType } from '../../shared/domain/types.js';

/** One line of the development set. */
export interface DevsetArticle {
  readonly id: string;
  readonly lang: string;
  readonly outlet: string;
  readonly url: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly label: {
    readonly relevant: boolean;
    readonly border: Border | null;
    readonly type: IncidentType | null;
    readonly place: string | null;
    readonly eventDate: string | null;
    readonly killed: number | null;
    readonly wounded: number | null;
    /** Articles with the same key report one event; null for articles about no incident. */
    readonly event: string | null;
  };
}

/** Assesses one article (the classifier, or the labels standing in for it). */
export type Assess = (article: DevsetArticle) => Assessment;

/** Pairwise agreement of a grouping with the labels. */
export interface PairwiseScores {
  readonly precision: number;
  readonly recall: number;
  /** Pairs put in one incident that are one labelled event. */
  readonly truePositives: number;
  /** Pairs put in one incident that are not. */
  readonly falsePositives: number;
  /** Pairs of one labelled event put apart. */
  readonly falseNegatives: number;
  /** The wrongly joined pairs and the missed ones, by article id, for diagnosis. */
  readonly wronglyJoined: readonly (readonly [string, string])[];
  readonly missed: readonly (readonly [string, string])[];
}

/** The result of {@link evaluateIncidentGrouping}. */
export interface IncidentGroupingReport {
  readonly articles: number;
  readonly labelledEvents: number;
  /** With the classifier. */
  readonly endToEnd: PairwiseScores & {
    readonly incidents: number;
    readonly relevantArticles: number;
    /** Why reports were split from their event's incident ({@link splitKind}), one entry per split. */
    readonly splits: readonly string[];
  };
  /** With the labels as assessments: the matcher alone. */
  readonly matcherOnly: PairwiseScores & { readonly incidents: number; readonly splits: readonly string[] };
}

/** The merge window of the default configuration (`merge.windowDays`). */
const DEFAULT_OPTIONS: MatchOptions = { windowDays: 2 };

/** Reads a development set: one JSON object a line. */
export function readDevset(path: string): DevsetArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevsetArticle);
}

/** The labels of an article as the assessment a perfect classifier would give. */
export function labelAssessment(article: DevsetArticle): Assessment {
  const { label } = article;
  return {
    relevant: label.relevant,
    score: label.relevant ? 1 : 0,
    border: label.border,
    type: label.type,
    place: label.place,
    eventDate: label.eventDate,
    killed: label.killed,
    wounded: label.wounded,
    evidence: { terms: [], killedSentence: null, woundedSentence: null, reasons: ['label'] },
  };
}

function classifierAssessment(article: DevsetArticle): Assessment {
  return classifyArticle({
    title: article.title,
    text: article.text,
    published: article.published,
    url: article.url,
  });
}

/**
 * Groups articles into incidents as the poll would: in publication order, each relevant report either
 * merges into the best matching incident so far (absorbing the other incidents it shows to be the same
 * event) or starts a new one.
 * @returns the incidents, and for each grouped article id the id of its incident
 */
export function groupArticles(
  articles: readonly DevsetArticle[],
  assess: Assess,
  options: MatchOptions = DEFAULT_OPTIONS,
): { incidents: Incident[]; incidentOf: Map<string, string>; splits: string[] } {
  const eventOf = new Map(articles.map((a) => [a.id, a.label.event]));
  const splits: string[] = [];
  const ordered = [...articles].sort(
    (a, b) => Date.parse(a.published) - Date.parse(b.published) || a.id.localeCompare(b.id),
  );
  const incidents = new Map<string, Incident>();
  const incidentOf = new Map<string, string>();
  for (const article of ordered) {
    const report: IncidentReport | null = toIncidentReport(
      {
        id: article.id,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
        title: article.title,
        text: article.text,
        fingerprint: contentFingerprint(article.text) ?? article.id,
      },
      assess(article),
      article.published,
    );
    if (report === null) continue;
    const found = matchReport(report, [...incidents.values()], options);
    const event = article.label.event;
    if (event !== null && found === null) {
      // A report of a labelled event that starts an incident while one of its event exists: why it did not join.
      const ofEvent = [...incidents.values()].filter(
        (i) => i.status !== 'merged' && i.sources.some((s) => eventOf.get(s.articleId) === event),
      );
      const verdicts = assessCandidates(report, ofEvent, options);
      const best = verdicts.sort((a, b) => b.score - a.score)[0];
      if (best) splits.push(splitKind(best.reasons));
    }
    let incident = found
      ? mergeReport(found.match.incident, report, found.match.reasons)
      : createIncident(report);
    // A report that matches several incidents links them: the others are absorbed, as the poll does.
    for (const { incident: absorbed, reasons } of found?.absorb ?? []) {
      incident = mergeIncidents(incident, absorbed, reasons, article.id);
      incidents.set(absorbed.id, markMerged(absorbed, incident.id, reasons));
      for (const [id, of] of incidentOf) if (of === absorbed.id) incidentOf.set(id, incident.id);
    }
    incidents.set(incident.id, incident);
    incidentOf.set(article.id, incident.id);
  }
  const live = [...incidents.values()].filter((i) => i.status !== 'merged');
  return { incidents: live, incidentOf, splits };
}

/**
 * Why a report of a labelled event did not join that event's incident, as a kind without names, dates or
 * figures (it is printed for the sealed part too): the refusal, and for too little evidence what the
 * place, the dates and the tolls showed.
 */
export function splitKind(reasons: readonly string[]): string {
  const last = reasons[reasons.length - 1] ?? '';
  if (!last.includes('below')) {
    return `refused: ${last
      .replace(/^refused: /, '')
      .replace(/\s*\(.*$|:.*$/, '')
      .replace(/\d{4}-\d{2}-\d{2}/g, 'D')
      .replace(/\d+/g, 'N')}`;
  }
  const has = (pattern: RegExp) => reasons.some((r) => pattern.test(r));
  const place = has(/^same place/)
    ? 'same place'
    : has(/within or containing/)
      ? 'nested places'
      : has(/two sides of one stretch/)
        ? 'facing places'
        : has(/places in one district/)
          ? 'places in one district'
          : has(/named together|facing each other across/)
            ? 'places named together'
            : has(/^different places/)
              ? 'different places'
              : 'place unknown';
  const dates = has(/^same event date|^event date .* within/)
    ? 'same days'
    : has(/^event dates 1 day apart/)
      ? 'dates 1 day apart'
      : has(/^no event date read/)
        ? 'no event date'
        : 'dates further apart';
  const toll = has(/ against /) ? ', tolls conflict' : '';
  return `too little evidence: ${place}, ${dates}${toll}`;
}

/** Pairwise precision and recall of "same incident" against the labels' event keys. */
export function pairwiseScores(
  articles: readonly DevsetArticle[],
  incidentOf: ReadonlyMap<string, string>,
): PairwiseScores {
  let truePositives = 0;
  const wronglyJoined: [string, string][] = [];
  const missed: [string, string][] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = articles[i];
      const b = articles[j];
      if (!a || !b) continue;
      const sameEvent = a.label.event !== null && a.label.event === b.label.event;
      const incidentA = incidentOf.get(a.id);
      const sameIncident = incidentA !== undefined && incidentA === incidentOf.get(b.id);
      if (sameEvent && sameIncident) truePositives += 1;
      else if (sameIncident) wronglyJoined.push([a.id, b.id]);
      else if (sameEvent) missed.push([a.id, b.id]);
    }
  }
  const joined = truePositives + wronglyJoined.length;
  const labelled = truePositives + missed.length;
  return {
    precision: joined === 0 ? 1 : truePositives / joined,
    recall: labelled === 0 ? 1 : truePositives / labelled,
    truePositives,
    falsePositives: wronglyJoined.length,
    falseNegatives: missed.length,
    wronglyJoined,
    missed,
  };
}

/**
 * Classifies the development set, groups the relevant articles into incidents and scores the grouping
 * pairwise against the labels, end to end and with the labels standing in for the classifier.
 */
export function evaluateIncidentGrouping(
  devsetPath = 'test/fixtures/devset/articles.jsonl',
  options: MatchOptions = DEFAULT_OPTIONS,
): IncidentGroupingReport {
  const articles = readDevset(devsetPath);
  const endToEnd = groupArticles(articles, classifierAssessment, options);
  const oracle = groupArticles(articles, labelAssessment, options);
  return {
    articles: articles.length,
    labelledEvents: new Set(articles.map((a) => a.label.event).filter((e) => e !== null)).size,
    endToEnd: {
      ...pairwiseScores(articles, endToEnd.incidentOf),
      incidents: endToEnd.incidents.length,
      relevantArticles: endToEnd.incidentOf.size,
      splits: endToEnd.splits,
    },
    matcherOnly: {
      ...pairwiseScores(articles, oracle.incidentOf),
      incidents: oracle.incidents.length,
      splits: oracle.splits,
    },
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** One-paragraph summary of a grouping report, for `npm run eval`. */
export function formatIncidentGroupingReport(report: IncidentGroupingReport): string {
  const line = (name: string, s: PairwiseScores & { incidents: number }) =>
    `${name}: pairwise precision ${percent(s.precision)}, recall ${percent(s.recall)} ` +
    `(${s.truePositives} pairs right, ${s.falsePositives} wrongly joined, ${s.falseNegatives} missed; ` +
    `${s.incidents} incidents)`;
  const lines = [
    `Incident grouping over ${report.articles} articles, ${report.labelledEvents} labelled events`,
    `  ${line('end to end', report.endToEnd)}`,
    `  ${line('matcher alone (labels as assessments)', report.matcherOnly)}`,
  ];
  for (const [name, splits] of [
    ['end to end', report.endToEnd.splits],
    ['matcher alone', report.matcherOnly.splits],
  ] as const) {
    const kinds = new Map<string, number>();
    for (const kind of splits) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (kinds.size > 0) lines.push(`  reports split from their event's incident, ${name}:`);
    for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      lines.push(`    ${String(n).padStart(3)}  ${kind}`);
  }
  for (const [a, b] of report.endToEnd.wronglyJoined) lines.push(`    wrongly joined: ${a} + ${b}`);
  for (const [a, b] of report.endToEnd.missed) lines.push(`    missed: ${a} + ${b}`);
  return lines.join('\n');
}
