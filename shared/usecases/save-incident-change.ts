/**
 * One incident change written the way every writer writes it: conditional on the version read, and with its
 * alerted state when the change is history (see `SaveIncidentOptions`).
 */
import { isBackfill } from '../domain/alert-rules.js';
import type { Incident } from '../domain/types.js';
import type { SaveIncidentOptions, Store } from '../ports/store.js';

/**
 * Writes `next` over `previous` (null: a new incident). A change that is history at `now` (its newest report
 * older than `maxAgeHours`) raises no alert whatever subscribers were told, so it is written with its
 * alerted state. News over history records the history version as alerted first: the news is told against
 * it, and the incident's write replaces the item that recorded it. Rejects with `ConflictError` when the
 * incident changed since `previous` was read. Returns how the change was written.
 */
export async function saveIncidentChange(
  store: Store,
  previous: Incident | null,
  next: Incident,
  now: Date,
  maxAgeHours: number,
): Promise<SaveIncidentOptions> {
  const isHistory = (incident: Incident) => isBackfill(incident, now, maxAgeHours);
  const written: SaveIncidentOptions = { alerted: isHistory(next) };
  if (previous && !written.alerted && isHistory(previous)) await store.markAlerted(previous, now);
  await store.saveIncident(next, previous ? previous.version : null, written);
  return written;
}
