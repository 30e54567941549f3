/**
 * The curated keyword and entity baseline: places, countries, actors and vocabulary, each term with its
 * provenance. Reviewed data: `deriveBaselineCandidates` proposes additions, it never rewrites this.
 */
import { ACTORS, COUNTRIES } from './actors.js';
import { PLACES } from './places.js';
import type { ActorEntry, BaselineTerm, CountryEntry, PlaceEntry, VocabularyEntry } from './types.js';
import { VOCABULARY } from './vocabulary.js';

export { ACTORS, COUNTRIES } from './actors.js';
export { PLACES } from './places.js';
export * from './sources.js';
export * from './types.js';
export { VOCABULARY } from './vocabulary.js';

/** One baseline entry of any kind, tagged so that a matcher can tell them apart. */
export type BaselineEntry =
  | { readonly kind: 'place'; readonly entry: PlaceEntry }
  | { readonly kind: 'country'; readonly entry: CountryEntry }
  | { readonly kind: 'actor'; readonly entry: ActorEntry }
  | { readonly kind: 'vocabulary'; readonly entry: VocabularyEntry };

/** Every entry of the baseline, in a stable order. */
export const BASELINE_ENTRIES: readonly BaselineEntry[] = [
  ...PLACES.map((entry) => ({ kind: 'place' as const, entry })),
  ...COUNTRIES.map((entry) => ({ kind: 'country' as const, entry })),
  ...ACTORS.map((entry) => ({ kind: 'actor' as const, entry })),
  ...VOCABULARY.map((entry) => ({ kind: 'vocabulary' as const, entry })),
];

/** Every term of the baseline with the entry it belongs to (for provenance checks and tooling). */
export function listBaselineTerms(): readonly {
  readonly term: BaselineTerm;
  readonly owner: BaselineEntry;
}[] {
  return BASELINE_ENTRIES.flatMap((owner) => owner.entry.terms.map((term) => ({ term, owner })));
}
