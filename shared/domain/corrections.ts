/**
 * Corrections: how an incident's event date and place moved between what subscribers were last told and
 * the incident now. The alert rules raise a `correction` for what was wrong (see {@link readingChanges});
 * the messages tell every change, corrections and refinements alike.
 *
 * Pure: no I/O, no clock.
 */
import { placeChangeKind, placeKey } from './incidents.js';
import type { Incident, IncidentSource, ReadingChange } from './types.js';

/** The longest place key an alert level carries (the level is part of a stored key). */
const MAX_LEVEL_PLACE = 80;

/** A place name on one line, without surrounding whitespace; '' for none. */
function trimmed(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The report that gave the new value: of the sources added since `previous`, the latest that gives it;
 * null when none of them does (the reading moved because of how the reports weigh up, not one report).
 */
function correctingSource(
  previous: Incident,
  current: Incident,
  gives: (source: IncidentSource) => boolean,
): IncidentSource | null {
  const before = new Set(previous.sources.map((s) => s.articleId));
  const added = current.sources.filter((s) => !before.has(s.articleId) && gives(s));
  return added.at(-1) ?? null;
}

function byWhom(source: IncidentSource | null): Pick<ReadingChange, 'outlet' | 'title' | 'url' | 'at'> {
  return {
    outlet: source?.outlet ?? null,
    title: source?.title ?? null,
    url: source?.url ?? null,
    at: source ? (source.published ?? source.seenAt) : null,
  };
}

/**
 * How the event date and the place moved from `previous` (what subscribers were last told) to `current`.
 * Only a change from one reported value to another counts: an event date no source gave before (the first
 * report's day stood in for it) or a place first named is news of its own, not a correction. A place
 * spelled another way is the same place.
 */
export function readingChanges(previous: Incident | null, current: Incident): ReadingChange[] {
  if (previous === null) return [];
  const changes: ReadingChange[] = [];
  const dateWasReported = (previous.eventDates ?? []).length > 0;
  if (
    dateWasReported &&
    previous.eventDate &&
    current.eventDate &&
    previous.eventDate !== current.eventDate
  ) {
    const source = correctingSource(previous, current, (s) => s.eventDate === current.eventDate);
    changes.push({
      field: 'date',
      kind: 'corrected',
      from: previous.eventDate,
      to: current.eventDate,
      ...byWhom(source),
    });
  }
  const from = trimmed(previous.place);
  const to = trimmed(current.place);
  if (from !== '' && to !== '') {
    const kind = placeChangeKind(from, to);
    if (kind !== 'same') {
      const source = correctingSource(
        previous,
        current,
        (s) => trimmed(s.place) !== '' && placeChangeKind(trimmed(s.place), to) === 'same',
      );
      changes.push({ field: 'place', kind, from, to, ...byWhom(source) });
    }
  }
  return changes;
}

/**
 * The level of a `correction` alert: the field and its new value (`date:2026-01-10`, `place:voruh`), so the
 * alert key names one alert per value ever. A reading that goes back and forth between two values tells
 * each value once; the old value is not part of it.
 */
export function correctionLevel(change: Pick<ReadingChange, 'field' | 'to'>): string {
  if (change.field === 'date') return `date:${change.to}`;
  const key = placeKey(change.to).replace(/ /g, '-') || change.to.toLowerCase();
  return `place:${key.slice(0, MAX_LEVEL_PLACE)}`;
}
