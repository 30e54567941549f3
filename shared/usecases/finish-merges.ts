/**
 * Use case: finish merges of incidents left half-done, from the stored state alone, so that a merge whose
 * report never comes again is still completed (the alert sweep runs this before it looks for what is behind).
 *
 * A merge is two conditional writes, survivor first (see `record-report.ts`): the survivor with the absorbed
 * incident's sources and an entry in its `absorbed` list, then the absorbed incident marked `merged`. Half
 * done, the store shows one of two shapes:
 * - a live survivor lists an absorbed incident that is still live (the run died between the writes, or the
 *   mark met a conflict);
 * - an incident marked merged into a live survivor that does not list it (the mark landed, the survivor's
 *   write did not).
 *
 * Finishing one: the survivor absorbs the incident (`mergeIncidents`: it also picks up sources the incident
 * gained since; a no-op when the survivor holds everything), then the incident is marked merged (a no-op
 * when it is). Both writes are conditional on the versions read, so finishing races nothing: a conflict
 * leaves the merge to the next look, and finishing a finished merge writes nothing.
 */
import { markMerged, mergeIncidents } from '../domain/incidents.js';
import type { Incident } from '../domain/types.js';
import { ConflictError } from '../errors.js';
import type { Logger } from '../ports/logger.js';
import type { IncidentVersion, Store } from '../ports/store.js';
import { saveIncidentChange } from './save-incident-change.js';

/** A merge left half-done: the survivor's id and the absorbed incident's. */
export interface UnfinishedMerge {
  readonly survivorId: string;
  readonly absorbedId: string;
}

/** The merges left half-done among stored incidents (either shape of the module comment). */
export function findUnfinishedMerges(incidents: readonly IncidentVersion[]): UnfinishedMerge[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const found: UnfinishedMerge[] = [];
  for (const incident of incidents) {
    if (incident.mergedInto === null) {
      for (const absorbedId of incident.absorbed) {
        const absorbed = byId.get(absorbedId);
        if (absorbed && absorbed.mergedInto === null) found.push({ survivorId: incident.id, absorbedId });
      }
    } else {
      const survivor = byId.get(incident.mergedInto);
      if (survivor && survivor.mergedInto === null && !survivor.absorbed.includes(incident.id))
        found.push({ survivorId: survivor.id, absorbedId: incident.id });
    }
  }
  return found;
}

/**
 * Finishes `merges` (see the module comment), reading their incidents strongly consistently; `now` is the
 * clock that decides whether a change is history. Returns every incident written, as written.
 */
export async function finishMerges(
  merges: readonly UnfinishedMerge[],
  deps: { readonly store: Store; readonly logger: Logger; readonly now: Date; readonly maxAgeHours: number },
): Promise<Incident[]> {
  const { store, logger, now, maxAgeHours } = deps;
  if (merges.length === 0) return [];
  const ids = merges.flatMap((m) => [m.survivorId, m.absorbedId]);
  const current = new Map((await store.getIncidents(ids)).map((i) => [i.id, i]));
  const written: Incident[] = [];
  const write = async (previous: Incident, next: Incident) => {
    if (next === previous) return;
    await saveIncidentChange(store, previous, next, now, maxAgeHours);
    current.set(next.id, next);
    written.push(next);
  };
  for (const { survivorId, absorbedId } of merges) {
    const survivor = current.get(survivorId);
    const absorbed = current.get(absorbedId);
    if (!survivor || !absorbed || survivor.status === 'merged') continue;
    const entry = survivor.absorbed?.find((a) => a.id === absorbedId);
    const reasons = entry?.reasons ?? absorbed.mergeReasons ?? [];
    // Without the survivor's entry the report that linked the two is not known: the absorbed incident's
    // newest report stands for it.
    const linkedBy = entry?.linkedBy ?? absorbed.sources.at(-1)?.articleId ?? absorbedId;
    try {
      await write(survivor, mergeIncidents(survivor, absorbed, reasons, linkedBy));
      await write(absorbed, markMerged(absorbed, survivorId, reasons));
      logger.info('half-done merge of incidents finished', { into: survivorId, absorbed: absorbedId });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      logger.info('half-done merge changed meanwhile; left to the next look', {
        into: survivorId,
        absorbed: absorbedId,
      });
    }
  }
  return written;
}
