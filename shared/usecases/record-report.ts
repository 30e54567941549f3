/**
 * Use case: record one relevant report as an incident, correctly under retries and concurrency.
 *
 * Incidents live in "slots": their id is `<border>:<eventDate>:<n>`. To find what a report may belong to,
 * the slots of every date within the merge window are read in one strongly consistent batch (no index
 * lag), so two polls reporting the same event at the same moment cannot both miss each other: both aim
 * for the same free slot, one conditional create wins, and the loser re-reads and merges into the winner.
 *
 * 1. Read the candidate slots (border, event date +/- the merge window).
 * 2. If a candidate already lists this article as a source, the report was recorded: nothing to do.
 * 3. Otherwise merge into the best matching candidate, or create the incident in the first free slot.
 * 4. Write conditionally on the version read; on a conflict, start again from 1.
 */
import type { Config } from '../config.js';
import {
  addDays,
  createIncident,
  type IncidentReport,
  matchIncident,
  mergeReport,
  reportEventDate,
} from '../domain/incidents.js';
import type { Border, Incident } from '../domain/types.js';
import { ConflictError } from '../errors.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';

/** Told of every incident write (previous image, new image). */
export type IncidentWriteListener = (previous: Incident | null, current: Incident) => void | Promise<void>;

/** What recording a report did. */
export interface RecordOutcome {
  readonly kind: 'created' | 'updated' | 'unchanged';
  readonly incident: Incident;
}

/** Incidents one border can hold per event date. More than this in one day on one border is not news-shaped. */
export const SLOTS_PER_DAY = 6;
/** Conflicts tolerated before giving up (the SQS message is then retried as a whole). */
const MAX_ATTEMPTS = 8;

/** The slot id of the n-th incident on a border and date. */
export function slotId(border: Border, eventDate: string, n: number): string {
  return `${border}:${eventDate}:${n}`;
}

/** Every slot id a report on `border` and `eventDate` may merge into. */
export function candidateSlots(border: Border, eventDate: string, windowDays: number): string[] {
  const ids: string[] = [];
  for (let offset = -windowDays; offset <= windowDays; offset++) {
    const date = addDays(eventDate, offset);
    for (let n = 1; n <= SLOTS_PER_DAY; n++) ids.push(slotId(border, date, n));
  }
  return ids;
}

/** Records one relevant report (see the module comment). */
export async function recordReport(
  report: IncidentReport,
  deps: {
    readonly store: Store;
    readonly config: Config;
    readonly logger: Logger;
    readonly onIncidentWritten?: IncidentWriteListener;
  },
): Promise<RecordOutcome> {
  const { store, config, logger } = deps;
  const border = report.assessment.border;
  if (!border)
    throw new Error(`article ${report.article.id} has no border; only border reports become incidents`);
  const eventDate = reportEventDate(report);
  const dated: IncidentReport = { ...report, assessment: { ...report.assessment, eventDate } };
  const windowDays = config.merge.windowDays;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // 1. Candidates, strongly consistent.
    const candidates = await store.getIncidents(candidateSlots(border, eventDate, windowDays));
    // 2. Already recorded (a replayed message, or a poll interrupted before it marked the article seen).
    const recorded = candidates.find((c) => c.sources.some((s) => s.articleId === report.article.id));
    if (recorded) return { kind: 'unchanged', incident: recorded };

    // 3. Merge or create.
    const match = matchIncident(dated, candidates, { windowDays });
    let previous: Incident | null = null;
    let next: Incident;
    if (match) {
      previous = match.incident;
      next = mergeReport(match.incident, dated, match.reasons);
      if (next === match.incident) return { kind: 'unchanged', incident: match.incident };
    } else {
      const taken = new Set(candidates.map((c) => c.id));
      let n = 1;
      while (n <= SLOTS_PER_DAY && taken.has(slotId(border, eventDate, n))) n++;
      if (n > SLOTS_PER_DAY) {
        throw new Error(
          `no free incident slot on ${border} for ${eventDate}: ${SLOTS_PER_DAY} incidents already`,
        );
      }
      next = { ...createIncident(dated), id: slotId(border, eventDate, n) };
    }

    // 4. Conditional write.
    try {
      await store.saveIncident(next, previous ? previous.version : null);
    } catch (error) {
      if (error instanceof ConflictError) {
        logger.debug('incident write conflict; re-reading', { incident: next.id, attempt });
        continue;
      }
      throw error;
    }
    await deps.onIncidentWritten?.(previous, next);
    return { kind: previous ? 'updated' : 'created', incident: next };
  }
  throw new ConflictError(
    `gave up recording article ${report.article.id} after ${MAX_ATTEMPTS} write conflicts`,
  );
}
