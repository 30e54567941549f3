/**
 * Use case: record one relevant report as an incident, correctly under retries and concurrency.
 *
 * Incidents live in "slots": their id is `<border>:<eventDate>:<n>`, and a date's incidents fill its slots
 * in order from 1 (see {@link lookUnderLocks}). To find what a report may belong to, the border/date index is
 * queried; it may lag a write, so a creation looks again, strongly consistently, at every incident whose slot
 * is within the search window. Merges are optimistic (a conditional write on the version read). Creating an
 * incident takes creation locks and looks again under them: two polls reporting one event at once — even
 * with event dates a day apart, so aiming at different slots — cannot both create it; the second finds the
 * first's incident and merges into it. The locks are per border and 28-day period of event dates, one for each period that half the search
 * window around the report's date touches: two reports that could merge are at most the search window apart,
 * so their half windows share a date, and they share a lock, while creations months apart do not wait for
 * each other. Half a window rarely crosses a period's end, so a creation mostly takes one lock (two writes:
 * take, release). Locks are taken in order, so two creators never deadlock, and released together.
 *
 * 1. Query the candidates (border, event date +/- the merge window and the follow-up days) from the index.
 * 2. If a candidate already lists this article as a source, the report was recorded: nothing to do.
 * 3. Merge into the best matching candidate, written on the version read. A report that matches several
 *    candidates showing one event (see `matchReport`) links them: the earliest absorbs the others (sources
 *    united, figures recomputed), written first, then each absorbed incident is marked `merged`. A merge
 *    left half-done by a killed run is finished before anything else the next time one of its incidents
 *    is a candidate (every write conditional and idempotent: nothing lost, nothing doubled).
 * 4. No match: take the creation locks, read the window's incidents strongly consistently (each date's
 *    taken slots and the first free one: about one key per date, see {@link lookUnderLocks}), and merge (3)
 *    if one matches now, else create the incident in the first free slot of its date, its first source
 *    keeping why each candidate was refused; release the locks.
 * 5. On a write conflict, start again from 1.
 *
 * A change that is history when written (its newest report older than `alerts.maxAgeHours` at the report's
 * `seenAt`) raises no alert whatever subscribers were told, so it is written with its alerted state: one
 * write, and nothing for the alert stream or a sweep to do. News over history records the history version
 * as alerted first, since the news is told against it and the incident's write replaces it.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import { addDays, dayNumber } from '../domain/days.js';
import {
  assessCandidates,
  createIncident,
  type IncidentReport,
  markMerged,
  matchReport,
  mergeIncidents,
  mergeReport,
  refusalReasons,
  reportEventDate,
  searchWindowDays,
  unfinishedMerges,
} from '../domain/incidents.js';
import type { Border, Incident } from '../domain/types.js';
import { ConflictError } from '../errors.js';
import type { Logger } from '../ports/logger.js';
import type { SaveIncidentOptions, Store } from '../ports/store.js';
import { acquireLease, type HeldLease } from './lease.js';
import { saveIncidentChange } from './save-incident-change.js';

/** Told of every incident write (previous image, new image, how it was written). */
export type IncidentWriteListener = (
  previous: Incident | null,
  current: Incident,
  written: SaveIncidentOptions,
) => void | Promise<void>;

/** What recording a report did. */
export interface RecordOutcome {
  readonly kind: 'created' | 'updated' | 'unchanged';
  readonly incident: Incident;
}

/** Incidents one border can hold per event date. More than this in one day on one border is not news-shaped. */
export const SLOTS_PER_DAY = 6;
/** Conflicts tolerated before giving up (the SQS message is then retried as a whole). */
const MAX_ATTEMPTS = 12;
/**
 * A creation lock outlives a dead holder (a killed run, a timed-out poll) by at most this; a live holder
 * renews it (see `lease.ts`), so a slow creation keeps it. Creating one incident takes milliseconds.
 */
export const CREATE_LOCK_LEASE_SECONDS = 5;
/** How long a poll waits for another poll's creation on the same border before giving up (and retrying). */
const CREATE_LOCK_WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The slot id of the n-th incident on a border and date. */
export function slotId(border: Border, eventDate: string, n: number): string {
  return `${border}:${eventDate}:${n}`;
}

/** The event dates one creation lock covers. */
export const LOCK_PERIOD_DAYS = 28;

/**
 * The creation locks for a report that may join incidents up to `windowDays` from its event date: one per
 * period (of event dates) that half that window, rounded up, touches around the date, in order. Two dates
 * `windowDays` apart or less have half windows with a date in common, so they share that date's lock.
 */
export function creationLocks(border: Border, eventDate: string, windowDays: number): string[] {
  const reach = Math.ceil(windowDays / 2);
  const periods = new Set<number>();
  for (let offset = -reach; offset <= reach; offset++) {
    periods.add(Math.floor(dayNumber(addDays(eventDate, offset)) / LOCK_PERIOD_DAYS));
  }
  return [...periods].sort((a, b) => a - b).map((period) => `create-incident#${border}#p${period}`);
}

/**
 * The consistent look under the creation locks: every incident whose slot is on a date within `windowDays`
 * of `eventDate`, read strongly consistently, without reading every slot of the window (90 keys for a
 * fifteen-day window, most of them empty).
 *
 * Why it finds them all: a creation takes the first slot of its date that its own consistent look found
 * free, under locks every other creation on that date shares (the same date has the same half window), and
 * incidents are never deleted; so a date's taken slots are 1..k, and a free slot n means none after it. The
 * look reads, for each date, slots 1 to one past the highest the index query showed (`known`: the index may
 * lag, or leave out an incident whose event date moved, so the slots below are read too), and then the next
 * slot of every date whose last read slot was taken, until each date ends on a free slot. A creator that
 * finished before these locks were taken wrote its incident first, so the look sees it. Mostly one batched
 * read of about one key per date plus the incidents known (15-20 keys).
 */
export async function lookUnderLocks(
  store: Pick<Store, 'getIncidents'>,
  border: Border,
  eventDate: string,
  windowDays: number,
  known: readonly Incident[],
): Promise<Incident[]> {
  // Per date: the slots to read, 1 to one past the highest the index showed.
  const readTo = new Map<string, number>();
  for (let offset = -windowDays; offset <= windowDays; offset++) readTo.set(addDays(eventDate, offset), 1);
  for (const { id } of known) {
    const [slotBorder, date = '', n] = id.split(':');
    const to = readTo.get(date);
    if (slotBorder === border && to !== undefined)
      readTo.set(date, Math.min(SLOTS_PER_DAY, Math.max(to, Number(n) + 1)));
  }
  let ids = [...readTo].flatMap(([date, to]) =>
    Array.from({ length: to }, (_, i) => slotId(border, date, i + 1)),
  );
  const found: Incident[] = [];
  while (ids.length > 0) {
    const read = await store.getIncidents(ids);
    found.push(...read);
    const taken = new Set(read.map((incident) => incident.id));
    // A date whose last slot read is taken may have more: read the next one.
    ids = [];
    for (const [date, to] of readTo) {
      if (to < SLOTS_PER_DAY && taken.has(slotId(border, date, to))) {
        readTo.set(date, to + 1);
        ids.push(slotId(border, date, to + 1));
      }
    }
  }
  return found;
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
  // Candidates are looked for beyond the merge window: a misdated follow-up joins an incident at its place.
  const searchDays = searchWindowDays(windowDays);

  const owner = randomUUID();
  const lockNames = creationLocks(border, eventDate, searchDays);

  /**
   * Steps 2-3 over fresh candidates: the outcome, or the writes to make (null when nothing matches): the
   * incident the report joins, with every other incident it links folded in, then each of those to mark.
   */
  const decide = (all: Incident[]) => {
    const candidates = all.filter((c) => c.status !== 'merged');
    const recorded = candidates.find((c) => c.sources.some((s) => s.articleId === report.article.id));
    if (recorded) return { done: { kind: 'unchanged', incident: recorded } as RecordOutcome };
    const found = matchReport(dated, candidates, { windowDays });
    if (!found) return { done: null, merge: null };
    let next = mergeReport(found.match.incident, dated, found.match.reasons);
    for (const { incident, reasons } of found.absorb) {
      next = mergeIncidents(next, incident, reasons, report.article.id);
    }
    if (next === found.match.incident)
      return { done: { kind: 'unchanged', incident: next } as RecordOutcome };
    return {
      done: null,
      merge: { previous: found.match.incident, next, absorb: found.absorb.map((a) => a.incident) },
    };
  };

  const write = async (
    previous: Incident | null,
    next: Incident,
    attempt: number,
  ): Promise<RecordOutcome | null> => {
    let written: SaveIncidentOptions;
    try {
      written = await saveIncidentChange(
        store,
        previous,
        next,
        new Date(report.seenAt),
        config.alerts.maxAgeHours,
      );
    } catch (error) {
      if (error instanceof ConflictError) {
        logger.debug('incident write conflict; re-reading', { incident: next.id, attempt });
        // Full jitter, so writers racing for one busy incident spread out instead of colliding again.
        await sleep(Math.random() * Math.min(400, 10 * 2 ** attempt));
        return null;
      }
      throw error;
    }
    await deps.onIncidentWritten?.(previous, next, written);
    return { kind: previous ? 'updated' : 'created', incident: next };
  };

  /**
   * A merge of incidents is two writes, in this order: the survivor with the absorbed incidents' sources
   * and the list of what it absorbed, then each absorbed incident marked merged. Each is conditional on
   * the version read, and each is idempotent, so a run killed between them loses nothing (the survivor
   * holds every source) and doubles nothing (sources are united by article); {@link finishMerges} finishes
   * it on the next look.
   */
  const applyMerge = async (
    merge: { previous: Incident; next: Incident; absorb: readonly Incident[] },
    attempt: number,
  ): Promise<RecordOutcome | null> => {
    const outcome = await write(merge.previous, merge.next, attempt);
    if (!outcome) return null;
    for (const absorbed of merge.absorb) {
      const entry = merge.next.absorbed?.find((a) => a.id === absorbed.id);
      logger.info('incidents merged as one event', { into: merge.next.id, absorbed: absorbed.id });
      // A conflict here (the absorbed incident changed meanwhile) is left to the next look to finish.
      await write(absorbed, markMerged(absorbed, merge.next.id, entry?.reasons ?? []), attempt);
    }
    return outcome;
  };

  /**
   * Finishes merges a killed or conflicting run left half-done among `candidates` (the survivor written,
   * an absorbed incident still live): folds in what the absorbed incident gained since, then marks it.
   * True when it wrote anything (the caller looks again).
   */
  const finishMerges = async (candidates: Incident[], attempt: number): Promise<boolean> => {
    const absent = candidates
      .flatMap((c) => (c.status === 'merged' ? [] : (c.absorbed ?? []).map((a) => a.id)))
      .filter((id) => !candidates.some((c) => c.id === id));
    const all = absent.length > 0 ? [...candidates, ...(await store.getIncidents(absent))] : candidates;
    let wrote = false;
    for (const { survivor, absorbed, entry } of unfinishedMerges(all)) {
      const united = mergeIncidents(survivor, absorbed, entry.reasons, entry.linkedBy);
      if (united !== survivor && !(await write(survivor, united, attempt))) return true;
      await write(absorbed, markMerged(absorbed, survivor.id, entry.reasons), attempt);
      wrote = true;
    }
    return wrote;
  };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // 1-3. Candidates from the border/date index (one query; it may lag a just-created incident, which the
    // locked, strongly consistent look below then finds); a merge of incidents left half-done finished;
    // already recorded, or merge.
    const queried = await store.queryIncidents(
      border,
      addDays(eventDate, -searchDays),
      addDays(eventDate, searchDays),
    );
    if (queried.some((c) => (c.absorbed ?? []).length > 0) && (await finishMerges(queried, attempt)))
      continue;
    const first = decide(queried);
    if (first.done) return first.done;
    if (first.merge) {
      const outcome = await applyMerge(first.merge, attempt);
      if (outcome) return outcome;
      continue;
    }

    // 4. Create under the border's lock, after looking again.
    logger.debug('taking the incident creation lock', { border, article: report.article.id });
    const held: HeldLease[] = [];
    for (const name of lockNames) {
      const lease = await acquireLease(store, name, owner, CREATE_LOCK_LEASE_SECONDS, CREATE_LOCK_WAIT_MS);
      if (!lease) {
        await Promise.all(held.map((taken) => taken.release()));
        throw new ConflictError(`could not take the incident creation lock ${name}; will retry`);
      }
      held.push(lease);
    }
    try {
      const candidates = await lookUnderLocks(store, border, eventDate, searchDays, queried);
      const again = decide(candidates);
      if (again.done) return again.done;
      if (again.merge) {
        const outcome = await applyMerge(again.merge, attempt);
        if (outcome) return outcome;
        continue;
      }
      const taken = new Set(candidates.map((c) => c.id));
      let n = 1;
      while (n <= SLOTS_PER_DAY && taken.has(slotId(border, eventDate, n))) n++;
      if (n > SLOTS_PER_DAY) {
        throw new Error(
          `no free incident slot on ${border} for ${eventDate}: ${SLOTS_PER_DAY} incidents already`,
        );
      }
      // The new incident's first source keeps why the report joined none of the candidates.
      const live = candidates.filter((c) => c.status !== 'merged');
      const refusals = refusalReasons(assessCandidates(dated, live, { windowDays }));
      if (refusals.length > 0)
        logger.debug('report starts a new incident', { article: report.article.id, refusals });
      const outcome = await write(
        null,
        { ...createIncident(dated, refusals), id: slotId(border, eventDate, n) },
        attempt,
      );
      if (outcome) return outcome;
    } finally {
      // Released together: the order matters only when taking them.
      await Promise.all(held.map((lease) => lease.release()));
    }
  }
  throw new ConflictError(
    `gave up recording article ${report.article.id} after ${MAX_ATTEMPTS} write conflicts`,
  );
}
