/**
 * Shapes of the keyword and entity baseline. The baseline is reviewed data: every term says where it came
 * from, either the seed document(s) it was read in or the reason it was added.
 */
import type { Border } from '../domain/types.js';

/** Why a term that is not read in a seed document was added. */
export const TERM_REASONS = [
  'alias',
  'spelling variant',
  'russian form',
  'translation',
  'domain vocabulary',
] as const;
export type TermReason = (typeof TERM_REASONS)[number];

/** A seed document's file name, e.g. `000_239883c5258ed797.txt`. */
export type SeedFile = `${string}.txt`;

/** The file names of seed documents follow this shape; anything else in `from` is a reason. */
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** Provenance of one term: seed files it occurs in, and/or reasons it was added. */
export type TermSource = SeedFile | TermReason;

/**
 * One surface form. `text` is matched case-insensitively on Unicode word boundaries; `*` stands for any run
 * of letters (Russian endings: `хатлон*` matches Хатлонской, Хатлоне), a space for any whitespace and a
 * hyphen for a hyphen, a space or nothing.
 */
export interface BaselineTerm {
  readonly text: string;
  readonly from: readonly TermSource[];
}

/** ISO-like country codes of the countries the baseline knows. */
export type CountryCode =
  | 'TJ'
  | 'AF'
  | 'KG'
  | 'UZ'
  | 'KZ'
  | 'CN'
  | 'RU'
  | 'PK'
  | 'IR'
  | 'TM'
  | 'AM'
  | 'AZ'
  | 'SY'
  | 'IQ'
  | 'TR'
  | 'UA';

/** How a country matters to Borderwatch. */
export type CountryRole = 'tajik' | 'neighbour' | 'neutral' | 'other';

export interface CountryEntry {
  readonly code: CountryCode;
  readonly name: string;
  readonly role: CountryRole;
  /** For a neighbour: the Tajik border segment it shares. */
  readonly border: Border | null;
  readonly terms: readonly BaselineTerm[];
}

export type PlaceKind = 'region' | 'district' | 'town' | 'village' | 'river' | 'capital';

export interface PlaceEntry {
  /** Canonical English name, used as the assessment's `place`. */
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: CountryCode;
  /** Tajik border segments the place lies on (empty: not on a Tajik border, e.g. the Uzbek exclave Sokh). */
  readonly borders: readonly Border[];
  readonly terms: readonly BaselineTerm[];
}

export type ActorKind = 'security-body' | 'armed-group' | 'bloc' | 'official' | 'media';

export interface ActorEntry {
  readonly name: string;
  readonly kind: ActorKind;
  /** The country the actor belongs to, or null when it serves several (e.g. a national security committee). */
  readonly country: CountryCode | null;
  readonly terms: readonly BaselineTerm[];
}

/** Categories of vocabulary the classifier reads. */
export const VOCABULARY_CATEGORIES = [
  'border',
  'border-segment',
  'incident:clash',
  'incident:infiltration',
  'incident:drone',
  'incident:shelling',
  'incident:smuggling',
  'incident:mass-crossing',
  'incident:other',
  'armed-group',
  'toll:death',
  'toll:wound',
  'toll:none',
  'toll:state',
  'hospital',
  'background',
  'background:relative',
  'incident:generic',
  'reference',
  'context:drill',
  'context:trade',
  'context:diplomacy',
  'context:disaster',
  'context:sport',
  'context:court',
  'context:prison',
  'context:statistics',
  'context:accident',
  'context:rumour',
  'context:celebration',
  'context:denial',
  'context:aid',
  'context:crime',
  'context:analysis',
  'context:unrest',
  'context:seizure',
  'context:commemoration',
  'context:reference-work',
] as const;
export type VocabularyCategory = (typeof VOCABULARY_CATEGORIES)[number];

export interface VocabularyEntry {
  readonly category: VocabularyCategory;
  /** A short label used in evidence (`incident:exchange of fire`). */
  readonly label: string;
  /** For `border-segment`: the segment the compound names (null: a non-Tajik pair). */
  readonly border?: Border | null;
  readonly terms: readonly BaselineTerm[];
}
