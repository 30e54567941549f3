/**
 * Incidents: reports of one event, merged. `matchIncident` decides whether a new report describes an
 * incident already known (and says why), `createIncident` starts one, `mergeReport` folds a report in.
 *
 * Merging is a function of the set of sources, not of the order they arrived in: the sources are kept in
 * publication order and every aggregate (toll and its range, type, place, event date, dispute) is
 * recomputed from them, so two polls that merge the same reports in different orders end with the same
 * figures. Only the revision history records the order, because it says who changed the figure when.
 *
 * Pure: no I/O, no clock; `seenAt` comes from the caller.
 */

import { createHash } from 'node:crypto';
import { containersOf, facingAreasOf } from '../baseline/place-hierarchy.js';
import { PLACES } from '../baseline/places.js';
import type { PlaceKind } from '../baseline/types.js';
import { addDays, daysApart, localDayOf, writtenDay } from './days.js';
import { remembered } from './remembered.js';
import { transliterateCyrillic } from './sms.js';
import type {
  AbsorbedIncident,
  Article,
  Assessment,
  Border,
  Incident,
  IncidentSource,
  IncidentType,
  TollClaim,
  TollDispute,
  TollRange,
  TollRevision,
} from './types.js';

/** One relevant, border-located report of an event: an article, its assessment, and when it was seen. */
export interface IncidentReport {
  readonly article: Pick<Article, 'id' | 'url' | 'outlet' | 'published' | 'title' | 'text' | 'fingerprint'>;
  /** A relevant assessment with a border (see {@link toIncidentReport}). */
  readonly assessment: Assessment;
  /** The cycle's clock when the report was seen (ISO 8601). */
  readonly seenAt: string;
}

/**
 * The report of an article for incident matching, or null when the assessment is not relevant or names
 * no border: only those become incidents.
 */
export function toIncidentReport(
  article: IncidentReport['article'],
  assessment: Assessment,
  seenAt: string,
): IncidentReport | null {
  if (!assessment.relevant || assessment.border === null) return null;
  return { article, assessment, seenAt };
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

export { addDays };

/**
 * The date of the event a report describes: the assessment's event date, else the publication date,
 * else the day it was seen.
 */
export function reportEventDate(report: IncidentReport): string {
  return (
    writtenDay(report.assessment.eventDate) ??
    localDayOf(report.article.published) ??
    localDayOf(report.seenAt) ??
    report.seenAt.slice(0, 10)
  );
}

/**
 * The event dates (inclusive) between which an incident can match the report: the range to ask the store
 * for (`queryIncidents(border, from, to)`).
 */
export function candidateDateRange(report: IncidentReport, windowDays: number): { from: string; to: string } {
  const day = reportEventDate(report);
  const days = searchWindowDays(windowDays);
  // A report that names no event date is dated by its publication: its event may lie a merge window further
  // back (see reportDaysOutside).
  const back = writtenDay(report.assessment.eventDate) === null ? days + windowDays : days;
  return { from: addDays(day, -back), to: addDays(day, days) };
}

/**
 * Days beyond the merge window within which a report still joins an incident whose place it shares: a
 * follow-up whose event date was read a few days off ("last Saturday" resolved against the wrong week, the
 * funeral's day taken for the clash's) is still that event when the place agrees.
 */
export const FOLLOW_UP_DAYS = 5;

/** How far (in days) from a report's event date to look for incidents it may join. */
export function searchWindowDays(windowDays: number): number {
  return windowDays + FOLLOW_UP_DAYS;
}

/**
 * The span of event dates of an incident: the earliest and latest day its sources gave (a multi-day clash,
 * or reports that disagree by a day), else its event date.
 */
export function incidentSpan(incident: Pick<Incident, 'eventDate' | 'eventDates'>): {
  from: string;
  to: string;
} {
  const days = [...(incident.eventDates ?? []), incident.eventDate].filter((d) => d !== '').sort();
  const from = days[0] ?? incident.eventDate;
  return { from, to: days[days.length - 1] ?? from };
}

/**
 * Days between a report's event and an incident's span, as {@link daysOutside}. A report that names no
 * event date is dated by its publication, and an event happens on or before the day it is reported: such a
 * report published within `windowDays` after the incident's last day is within its days (0); later ones
 * count the days beyond that window.
 */
function reportDaysOutside(
  report: IncidentReport,
  span: { from: string; to: string },
  windowDays: number,
): number {
  const day = reportEventDate(report);
  const apart = daysOutside(day, span);
  if (writtenDay(report.assessment.eventDate) !== null || day < span.from || apart <= 1) return apart;
  return apart <= windowDays ? 0 : apart - windowDays;
}

/** Days from `day` to the nearest day of the span (0 when within it). */
function daysOutside(day: string, span: { from: string; to: string }): number {
  if (day < span.from) return daysApart(day, span.from);
  if (day > span.to) return daysApart(day, span.to);
  return 0;
}

/** When a source reported: its publication time, else when it was seen (epoch ms). */
function reportedAt(source: Pick<IncidentSource, 'published' | 'seenAt'>): number {
  const published = source.published ? Date.parse(source.published) : Number.NaN;
  if (!Number.isNaN(published)) return published;
  const seen = Date.parse(source.seenAt);
  return Number.isNaN(seen) ? 0 : seen;
}

// ---------------------------------------------------------------------------------------------------
// Words: distinctive terms of a report, and the wording of a separate incident

/**
 * Words every border report shares, in English and (transliterated) Russian: they say nothing about which
 * event a report describes. Compared after {@link stem}.
 */
const COMMON_WORDS = `
the and for but was has had its are not who his her him she via per new old two one all any our out
about above according across after again against along also among another around because been before
being below between both could during each either every from further have having here into itself just
least more most much near nearly other over same several some such than that their them then there these
they this those through under until upon very were what when where which while with within without would
your will said says saying told tell reported report reports reporting according statement statements
news agency agencies media source sources official officials officially people person including least
later earlier since today yesterday tonight week weeks month months year years time times local
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december
tajik tajiks tajikistan tajikistani afghan afghans afghanistan kyrgyz kyrgyzstan kirghiz uzbek uzbeks
uzbekistan taliban dushanbe kabul bishkek tashkent central asia asian country countries countries'
china chinese russia russian iran iranian pakistan pakistani kazakhstan united nations
border borders bordering frontier guard guards guarding security forces force committee national state
service services ministry government authorities authority region regional province district village
villages area areas side sides troops military soldier soldiers servicemen personnel army president
killed killing kill kills dead death deaths died wounded wounding injured injuries injuring casualties
clash clashes clashed incident incidents attack attacks attacked fighting fight fire firing shooting shot
cross crossed crossing crossings
граница границе границы пограничный пограничники пограничников погранслужба таджикистан таджикистана
таджикский таджикской таджикские афганистан афганистана афганский кыргызстан кыргызстана киргизия
кыргызский узбекистан узбекский талибан талибы сообщил сообщила сообщили сообщает заявил заявила заявили
также который которые которых после было были этого этом году время области района районе село селе
убит убиты убитых погиб погибли погибших ранен ранены раненых ранения инцидент инцидента нападение
столкновение столкновения стрельба обстрел безопасности войска военные служба комитет национальной
китай китая китайских китайской кнр россия российский
`;

/** Spelled-out numbers, so `four` and `4` are one word. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  twenty: '20',
};

/** The length words are cut to: a crude stemmer that works for English and Russian inflection alike. */
const STEM_LENGTH = 6;
const MIN_WORD_LENGTH = 4;

// Patterns used per word, built once (a pattern with Unicode properties costs the most to build).
const NOT_WORD_CHARS = /[^\p{L}\p{N}’'-]+/u;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/u;
const NON_LETTER_EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Matching compares every report with every candidate's sources, so the same words and place names are folded
 * again and again: each fold is remembered (`remembered`), up to this many strings.
 */
const FOLDS_REMEMBERED = 20_000;

/** Folds a word to a comparable stem: Latin script, no diacritics, common English suffixes dropped, cut. */
const stem = remembered(foldWord, FOLDS_REMEMBERED);

function foldWord(word: string): string {
  let w = transliterateCyrillic(word.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  w = NUMBER_WORDS[w] ?? w;
  if (w.length > 5) w = w.replace(/(?:ings?|ed|es|s|ly)$/, '');
  return w.slice(0, STEM_LENGTH);
}

const COMMON_STEMS = new Set(
  COMMON_WORDS.split(/\s+/)
    .filter((w) => w !== '')
    .map(stem),
);

/** Sentences of the lead that describe the event (later paragraphs are mostly background). */
const LEAD_SENTENCES = 3;
/** Distinctive terms kept per report, and per incident. */
const TERMS_PER_REPORT = 40;
const TERMS_PER_INCIDENT = 120;

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“«])|\n+/gu;

/** The sentences of a text, or only its first `limit` (without reading the rest). */
function sentences(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  while (out.length < limit) {
    const found = SENTENCE_BREAK.exec(text);
    const sentence = text.slice(from, found ? found.index : text.length).trim();
    if (sentence !== '') out.push(sentence);
    if (!found) break;
    from = found.index + found[0].length;
  }
  return out;
}

/**
 * Remembers what is derived from one report: matching, creating and merging read the same report's terms
 * and names several times. Reports are immutable, so the report object itself is the key.
 */
function perReport<T>(derive: (report: IncidentReport) => T): (report: IncidentReport) => T {
  const memo = new WeakMap<IncidentReport, T>();
  return (report) => {
    let value = memo.get(report);
    if (value === undefined) {
      value = derive(report);
      memo.set(report, value);
    }
    return value;
  };
}

/**
 * The distinctive terms of a report: stems of the title, the lead and the sentences the figures came from,
 * without words every border report shares and without numbers (tolls are compared on their own), most
 * frequent first.
 */
export const reportTerms: (report: IncidentReport) => readonly string[] = perReport(readReportTerms);

function readReportTerms(report: IncidentReport): string[] {
  const { title, text } = report.article;
  const { killedSentence, woundedSentence } = report.assessment.evidence;
  const parts = [title, ...sentences(text, LEAD_SENTENCES), killedSentence ?? '', woundedSentence ?? ''];
  const counts = new Map<string, number>();
  for (const part of parts) {
    for (const word of part.split(NOT_WORD_CHARS)) {
      for (const piece of word.split('-')) {
        if (piece.length < MIN_WORD_LENGTH && !STARTS_UPPER.test(piece)) continue;
        const s = stem(piece);
        if (s.length < 3 || /^\d+$/.test(s) || COMMON_STEMS.has(s)) continue;
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TERMS_PER_REPORT)
    .map(([term]) => term);
}

/** Proper names of a report (stems), split by how much they tell apart. */
export interface ReportNames {
  /** Villages, districts, outposts, people, organisations. */
  readonly specific: readonly string[];
  /** Regions, rivers and capitals: named in many reports of one border, so weak evidence. */
  readonly coarse: readonly string[];
}

/**
 * Stems of the proper names in a report's lead and figure sentences: capitalised words other than the
 * first of a sentence, without the names every border report shares. Names survive translation
 * (transliterated), where other words do not.
 */
export const reportNames: (report: IncidentReport) => ReportNames = perReport(readReportNames);

function readReportNames(report: IncidentReport): ReportNames {
  const { killedSentence, woundedSentence } = report.assessment.evidence;
  const parts = [
    ...sentences(report.article.text, LEAD_SENTENCES),
    killedSentence ?? '',
    woundedSentence ?? '',
  ];
  const specific = new Set<string>();
  const coarse = new Set<string>();
  for (const part of parts) {
    const words = part.split(/\s+/).slice(1);
    for (const word of words) {
      const clean = word.replace(NON_LETTER_EDGES, '');
      if (!STARTS_UPPER.test(clean)) continue;
      const place = baselinePlaceLookup(clean);
      const target = place && place.kind !== 'settlement' && place.kind !== 'district' ? coarse : specific;
      for (const s of placeStems(clean)) target.add(s);
    }
  }
  return { specific: [...specific], coarse: [...coarse].filter((s) => !specific.has(s)) };
}

/**
 * Wording by which a report sets its event apart from another one of the same days: "in a separate
 * incident", "a second clash this week", "another attack on Tuesday", "ещё одно нападение". Wording that
 * refers to a longer period ("the second incident since November", "this year") does not count: it places
 * the event in a series, not apart from a report of the same days.
 */
const SEPARATE_WORDING = [
  /\bin\s+(?:a|another)\s+separate\s+(?:incident|attack|clash|shootout|skirmish|development)\b/i,
  /\bseparate(?:ly)?,?\s+(?:incident|attack|clash(?:es)?|shootout|skirmish|infiltration)\b/i,
  /\b(?:another|second|third|new|fresh|further)\s+(?:deadly\s+|armed\s+|violent\s+|border\s+|cross-border\s+)?(?:incident|attack|clash(?:es)?|skirmish|shootout|infiltration|exchange\s+of\s+fire|firefight)\b/i,
  /(?:ещё|еще)\s+од(?:ин|на|но)\s+(?:инцидент|нападени|столкновени|перестрелк|атак|обстрел)/i,
  /(?:втор|трет|нов)(?:ой|ая|ое|ый|ого)\s+(?:за\s+\S+\s+)?(?:инцидент|нападени|столкновени|перестрелк|атак|обстрел)/i,
  /в\s+другом\s+инциденте|отдельн(?:ый|ом|ого)\s+инцидент/i,
];
/** A longer period: the wording then places the event in a series instead. */
const SERIES_PERIOD =
  /\bsince\b|\b(?:weeks?|months?)\s+(?:after|ago|earlier|before)\b|\bthis\s+year\b|\blast\s+year\b|\bin\s+\d{4}\b|\bс\s+начала\b|\bс\s+\p{L}+бря\b|\bв\s+этом\s+году\b|\bза\s+(?:год|месяц)\b/iu;

/**
 * The sentence in which a report says its event is a separate one from another of the same days, or null.
 */
export function separateIncidentWording(text: string): string | null {
  for (const sentence of sentences(text)) {
    if (SEPARATE_WORDING.some((re) => re.test(sentence)) && !SERIES_PERIOD.test(sentence)) return sentence;
  }
  return null;
}

/**
 * Which event a separate-incident sentence sets its report apart from: the one at `placesOfThis`
 * (`this`: the sentence names one of them), an `other` one (it names only other places), or `unnamed`
 * (it names no place).
 */
function separatePointsAt(
  sentence: string,
  placesOfThis: readonly (string | null)[],
): 'this' | 'other' | 'unnamed' {
  const named = new Set<string>();
  for (const word of sentence.split(/\s+/).slice(1)) {
    const clean = word.replace(NON_LETTER_EDGES, '');
    if (STARTS_UPPER.test(clean)) for (const s of placeStems(clean)) named.add(s);
  }
  const places = distinctSorted(placesOfThis);
  if (places.some((p) => placeStems(p).some((s) => named.has(s)))) return 'this';
  return named.size > 0 ? 'other' : 'unnamed';
}

// ---------------------------------------------------------------------------------------------------
// Places

/** What a gazetteer knows of a place name (e.g. from the classifier's baseline). */
export interface PlaceInfo {
  /** Canonical id of the place: names that resolve to one id are one place. */
  readonly id: string;
  /** Ids of the places that contain it, nearest first (district, region, country). */
  readonly within: readonly string[];
  /** Settlements and districts are specific; regions and countries are coarse. */
  readonly kind: 'settlement' | 'district' | 'region' | 'country' | 'feature';
  /** ISO 3166 alpha-2 of the country it lies in, when known. */
  readonly country?: string | null;
  /**
   * The stretches of border the place (or its district) lies on, with the places facing it across the
   * border: two places in different countries that share one are the two sides of one area.
   */
  readonly facing?: readonly string[];
  /** The district the place is (or lies in), when the gazetteer knows it: the unit of the same-day guard. */
  readonly district?: string | null;
}

/** Resolves a place name (any spelling or alias) to what a gazetteer knows of it, or null. */
export type PlaceLookup = (name: string) => PlaceInfo | null;

/** Words that qualify a place name without changing which place it is. */
const PLACE_QUALIFIERS = new Set([
  'the',
  'of',
  'near',
  'village',
  'town',
  'city',
  'settlement',
  'district',
  'region',
  'province',
  'oblast',
  'area',
  'enclave',
  'jamoat',
  'viloyat',
  'viloyati',
  'rayon',
  'raion',
  'nohiya',
  'selo',
  'poselok',
  'kishlak',
  'gorod',
  'oblasti',
  'rayona',
  'autonomous',
  'reservoir',
  'vodokhranilishche',
  // Border posts: "Nulvand frontier post" is "застава «Нулванд»".
  'post',
  'outpost',
  'frontier',
  'border',
  'checkpoint',
  'zastava',
  'zastavy',
  'zastave',
  'pogranzastava',
  'pogranzastavy',
  'pogranpost',
  'pogranichnaya',
  'pogranichnoy',
  'pogranichnyy',
]);

/** Russian adjectival endings of a place name, transliterated and folded ("Фархадское" → "farhad"). */
const RUSSIAN_ADJECTIVE_ENDING = /(?<=\p{L}{3})(?:skoe|skaia|skii|ski|skogo|skom|skoi|skie)$/u;

/** A place name folded for comparison: Latin script, no qualifiers, common spelling variants merged. */
export const placeKey: (name: string) => string = remembered(foldPlaceName, FOLDS_REMEMBERED);

function foldPlaceName(name: string): string {
  return transliterateCyrillic(name.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !PLACE_QUALIFIERS.has(word))
    .map((word) =>
      word
        .replace(/dzh/g, 'j')
        .replace(/zh/g, 'j')
        .replace(/kh/g, 'h')
        .replace(/gh/g, 'g')
        .replace(/q/g, 'k')
        .replace(/y/g, 'i')
        // "Ёгед" is often printed "Егед": "Yoged" and "Eged" are one name.
        .replace(/^io/, 'e')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

/**
 * A place key without vowels, spaces and repeated letters: the spellings of one name in English, Russian
 * and Tajik transliteration (Darvoz / Darvaz / Darwaz, Panj / Pyanj, Qubodiyon / Kabodiyon) share it.
 */
function consonantSkeleton(key: string): string {
  return key
    .replace(/w/g, 'v')
    .replace(/[aeiouy\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * How two place names relate: the same place, one within the other, unknown on one side, facing each other
 * across the border (per the gazetteer), named in the other report's lead ("residents of the Kyrgyz
 * village of Kulundu and the neighbouring Tajik village of Ovchi-Kalacha"), or different.
 */
export type PlaceRelation =
  | 'same'
  | 'contained'
  | 'facing'
  | 'neighbours'
  | 'unknown'
  | 'across'
  | 'mentioned'
  | 'different';

const PLACE_RELATION_RANK: Readonly<Record<PlaceRelation, number>> = {
  same: 6,
  contained: 5,
  facing: 4,
  neighbours: 3.5,
  across: 3,
  mentioned: 2,
  unknown: 1,
  different: 0,
};

/** Stems of a place name's words, as {@link reportTerms} would keep them. */
function placeStems(name: string): string[] {
  return name
    .split(NON_ALPHANUMERIC)
    .map(stem)
    .filter((s) => s.length >= 3 && !COMMON_STEMS.has(s));
}

function namedIn(place: string, terms: readonly string[]): boolean {
  const stems = placeStems(place);
  return stems.length > 0 && stems.every((s) => terms.includes(s));
}

/**
 * The closest relation between the report's place and any place the incident's sources named. Two places
 * that differ but where one report's lead names the other's place are `mentioned`: each side's media
 * name their own village for one brawl or shootout across the border.
 */
function incidentPlaceRelation(
  place: string | null,
  terms: readonly string[],
  incident: Incident,
  lookup: PlaceLookup | undefined,
): { relation: PlaceRelation; other: string | null; namedTogether: boolean } {
  const names = distinctSorted([incident.place, ...(incident.places ?? [])]);
  if (place === null || place.trim() === '' || names.length === 0) {
    return { relation: 'unknown', other: incident.place, namedTogether: false };
  }
  let best = { relation: 'different' as PlaceRelation, other: incident.place, namedTogether: false };
  for (const name of names) {
    let relation = placeRelation(place, name, lookup);
    const namedTogether = namedIn(place, incident.terms ?? []) || namedIn(name, terms);
    if (relation === 'different' && namedTogether) relation = 'mentioned';
    if (PLACE_RELATION_RANK[relation] > PLACE_RELATION_RANK[best.relation]) {
      best = { relation, other: name, namedTogether };
    }
  }
  return best;
}

function placeRelation(a: string | null, b: string | null, lookup: PlaceLookup | undefined): PlaceRelation {
  if (a === null || b === null || a.trim() === '' || b.trim() === '') return 'unknown';
  const ia = lookup?.(a) ?? null;
  const ib = lookup?.(b) ?? null;
  if (ia && ib) {
    if (ia.id === ib.id) return 'same';
    if (ia.within.includes(ib.id) || ib.within.includes(ia.id)) return 'contained';
    // The Kyrgyz and the Tajik side's names for one stretch of border (Ak-Sai / Vorukh).
    if (ia.country && ib.country && ia.country !== ib.country && sharesFacingArea(ia, ib)) return 'facing';
    // Two villages of one district (Kekh / Vorukh): a clash spreads along the line between them.
    if (ia.kind === 'settlement' && ib.kind === 'settlement' && ia.district && ia.district === ib.district) {
      return 'neighbours';
    }
  }
  // A river or a capital says nothing about where on the border the event was.
  if (ia?.kind === 'feature' || ib?.kind === 'feature') return 'unknown';
  const byName = nameRelation(a, b);
  if (byName !== 'different') return byName;
  if (ia && ib) {
    const coarse = (p: PlaceInfo) => p.kind === 'region' || p.kind === 'country';
    // A report from the other side of the border often names the province facing the region of the
    // event: two coarse places in different countries do not contradict each other.
    if (ia.country && ib.country && ia.country !== ib.country) {
      if (coarse(ia) || coarse(ib)) return 'across';
      // Places of two countries are on different stretches only when the gazetteer knows the stretch of
      // each; otherwise one may well face the other.
      if ((ia.facing ?? []).length === 0 || (ib.facing ?? []).length === 0) return 'unknown';
    }
    return 'different';
  }
  // A village or post the gazetteer does not know may well lie within the known place of the other report,
  // or face it across the border: that pair alone does not make two events. Two names it knows neither of
  // stay different.
  return ia || ib ? 'unknown' : 'different';
}

/**
 * How the place an incident is read at now (`to`) relates to the place it was read at before (`from`), as
 * subscribers would take it: `same` (one place, however spelled), `narrowed` (a place within the old one,
 * or a village where a river was named), `broadened` (a place containing the old one), `other-side` (the
 * other country's name for the same stretch of border, or the province facing the old one: for an
 * interstate clash either side's place is right) or `corrected` (another place: what was told was wrong).
 */
export function placeChangeKind(
  from: string,
  to: string,
  lookup: PlaceLookup = baselinePlaceLookup,
): 'same' | 'narrowed' | 'broadened' | 'other-side' | 'corrected' {
  const relation = placeRelation(from, to, lookup);
  const before = lookup(from);
  const after = lookup(to);
  if (relation === 'same') return 'same';
  if (relation === 'facing' || relation === 'across') return 'other-side';
  if (relation === 'contained') {
    if (before && after) return after.within.includes(before.id) ? 'narrowed' : 'broadened';
    // By name only: the name with more words ("Vorukh, Isfara") is the more specific.
    return placeKey(to).split(' ').length >= placeKey(from).split(' ').length ? 'narrowed' : 'broadened';
  }
  // A river names no point on the border: a village or district instead of it narrows the place down.
  if (before?.kind === 'feature' && after?.kind !== 'feature') return 'narrowed';
  if (after?.kind === 'feature' && before?.kind !== 'feature') return 'broadened';
  return 'corrected';
}

/**
 * How two place names relate as strings: one key, one spelling skeleton, or one name within the other;
 * else the same compared without Russian adjectival endings ("Фархадское водохранилище" / "Farhad
 * reservoir").
 */
function nameRelation(a: string, b: string): PlaceRelation {
  const byKey = keyRelation(placeKey(a), placeKey(b));
  if (byKey === 'same') return byKey;
  const plain = (key: string) =>
    key
      .split(' ')
      .map((word) => word.replace(RUSSIAN_ADJECTIVE_ENDING, ''))
      .join(' ');
  const byStem = keyRelation(plain(placeKey(a)), plain(placeKey(b)));
  return byStem === 'same' || byKey === 'different' ? byStem : byKey;
}

function keyRelation(ka: string, kb: string): PlaceRelation {
  if (ka === '' || kb === '') return 'unknown';
  if (ka === kb || ka.replace(/ /g, '') === kb.replace(/ /g, '')) return 'same';
  const sa = consonantSkeleton(ka);
  if (sa.length >= 3 && sa === consonantSkeleton(kb)) return 'same';
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  if (subset(wa, wb) || subset(wb, wa)) return 'contained';
  const joinedA = ka.replace(/ /g, '');
  const joinedB = kb.replace(/ /g, '');
  if (
    Math.min(joinedA.length, joinedB.length) >= 4 &&
    (joinedA.includes(joinedB) || joinedB.includes(joinedA))
  ) {
    return 'contained';
  }
  return 'different';
}

const BASELINE_KINDS: Readonly<Record<PlaceKind, PlaceInfo['kind']>> = {
  region: 'region',
  district: 'district',
  town: 'settlement',
  village: 'settlement',
  river: 'feature',
  capital: 'feature',
};

function sharesFacingArea(a: PlaceInfo, b: PlaceInfo): boolean {
  const areas = new Set(a.facing ?? []);
  return (b.facing ?? []).some((area) => areas.has(area));
}

function buildBaselineLookup(): PlaceLookup {
  const exact = new Map<string, PlaceInfo>();
  const prefixes: [string, PlaceInfo][] = [];
  const kindOf = new Map(PLACES.map((p) => [p.name, p.kind]));
  for (const place of PLACES) {
    const containers = containersOf(place.name);
    // A village shares its district's stretch of border; a region is too coarse to face one place.
    const local = [place.name, ...containers].filter((n) => {
      const kind = kindOf.get(n);
      return kind === 'district' || kind === 'town' || kind === 'village';
    });
    const info: PlaceInfo = {
      id: place.name,
      within: [...containers, place.country],
      kind: BASELINE_KINDS[place.kind],
      country: place.country,
      facing: [...new Set(local.flatMap(facingAreasOf))],
      district: [place.name, ...containers].find((n) => kindOf.get(n) === 'district') ?? null,
    };
    const forms = [place.name, ...place.terms.map((t) => t.text)];
    for (const form of forms) {
      const key = placeKey(form.replace(/\*/g, '')).replace(/ /g, '');
      if (key.length < 3) continue;
      if (form.endsWith('*')) prefixes.push([key, info]);
      else if (!exact.has(key)) exact.set(key, info);
    }
  }
  prefixes.sort((x, y) => y[0].length - x[0].length);
  return (name) => {
    const key = placeKey(name).replace(/ /g, '');
    if (key === '') return null;
    return exact.get(key) ?? prefixes.find(([prefix]) => key.startsWith(prefix))?.[1] ?? null;
  };
}

/**
 * The baseline gazetteer (`shared/baseline/places.ts`) as a {@link PlaceLookup}: canonical names, aliases,
 * spelling variants and Russian forms resolve to one place with its kind and country. The default of
 * {@link MatchOptions.places}.
 */
export const baselinePlaceLookup: PlaceLookup = buildBaselineLookup();

// ---------------------------------------------------------------------------------------------------
// Types

/**
 * Types that news reports of one event use interchangeably: gunmen crossing from Afghanistan are an
 * "infiltration" to one outlet and a "clash" or a "shootout with smugglers" to another; a border clash
 * involves mortar fire. Pairs not listed (a mass crossing of refugees and shelling, say) are different
 * events. `other` goes with every type.
 */
const COMPATIBLE_TYPES: ReadonlyArray<readonly [IncidentType, IncidentType]> = [
  ['armed-clash', 'infiltration'],
  ['armed-clash', 'smuggling-shootout'],
  ['armed-clash', 'shelling'],
  ['armed-clash', 'drone-attack'],
  ['infiltration', 'smuggling-shootout'],
  ['infiltration', 'mass-crossing'],
  ['shelling', 'drone-attack'],
];

function typeRelation(
  a: IncidentType | null,
  b: IncidentType | null,
): 'same' | 'compatible' | 'incompatible' {
  if (a === null || b === null) return 'compatible';
  if (a === b) return 'same';
  if (a === 'other' || b === 'other') return 'compatible';
  return COMPATIBLE_TYPES.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
    ? 'compatible'
    : 'incompatible';
}

// ---------------------------------------------------------------------------------------------------
// Tolls

/** Reports published within this many hours of the first report of a figure are one time frame. */
export const SAME_FRAME_HOURS = 6;
const FRAME_MS = SAME_FRAME_HOURS * 3_600_000;

/** Two figures disagree materially: by two or more and a fifth or more, or none against some. */
export function materiallyDifferent(a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (lo === hi) return false;
  if (lo === 0) return true;
  return hi - lo >= 2 && hi - lo >= 0.2 * hi;
}

interface Figure {
  readonly value: number;
  readonly at: number;
  readonly outlet: string;
  readonly source: IncidentSource;
}

/** The figures that count towards the toll: those of sources about this event (see {@link tollExclusion}). */
function figuresOf(sources: readonly IncidentSource[], field: 'killed' | 'wounded'): Figure[] {
  const figures: Figure[] = [];
  for (const source of sources) {
    const value = source[field];
    if (value !== null && !source.tollExcluded)
      figures.push({
        value,
        at: reportedAt(source),
        outlet: outletKey(source.outlet),
        source,
      });
  }
  return figures.sort((a, b) => a.at - b.at || a.value - b.value);
}

/**
 * What the classifier says of a report that is not itself about an event: a recap, statistics, a
 * commemoration or reference piece, or no specific incident. Read from the assessment's reasons, so the
 * guard follows the classifier's own judgement rather than repeating it.
 */
const NOT_ABOUT_THE_EVENT =
  /\b(?:statistics|commemoration|reference-work|recap|analysis|anniversary) context\b|\bno specific incident\b/i;

/** A report published this long after the incident's last event date is a retrospective. */
export const RETROSPECTIVE_DAYS = 30;

/**
 * Why a report's figures must not raise the incident's toll, or null when they may: a figure counts only
 * when its report is itself about this event. A report the classifier read as a recap or background piece,
 * or one published {@link RETROSPECTIVE_DAYS} or more after the event, is not: its figures are often other
 * incidents' or cumulative ones.
 */
export function tollExclusion(
  report: IncidentReport,
  incident: Pick<Incident, 'eventDate' | 'eventDates'> | null,
): string | null {
  const marker = report.assessment.evidence.reasons.find((r) => NOT_ABOUT_THE_EVENT.test(r));
  if (marker) return `not about this event (${marker})`;
  const published = localDayOf(report.article.published);
  if (incident && published) {
    const last = incidentSpan(incident).to;
    if (last !== '' && published > last && daysApart(published, last) >= RETROSPECTIVE_DAYS) {
      return `retrospective: published ${daysApart(published, last)} days after the event`;
    }
  }
  return null;
}

/**
 * The best current figure: the lowest figure of the first time frame (reports within
 * {@link SAME_FRAME_HOURS} of the first report of a figure), raised by any later report of a higher
 * figure (a revision). A later lower figure does not lower it (stale copy, or a dispute).
 */
function bestFigure(figures: readonly Figure[]): number | null {
  const first = figures[0];
  if (!first) return null;
  let best = Number.POSITIVE_INFINITY;
  for (const figure of figures) {
    if (figure.at <= first.at + FRAME_MS) best = Math.min(best, figure.value);
    else best = Math.max(best, figure.value);
  }
  return best;
}

function tollRange(figures: readonly Figure[]): TollRange {
  if (figures.length === 0) return { low: null, best: null, high: null };
  const values = figures.map((f) => f.value);
  return { low: Math.min(...values), best: bestFigure(figures), high: Math.max(...values) };
}

/**
 * Sources disagree when two outlets report materially different figures and the difference is not an
 * upward revision (the higher figure published more than a time frame after the lower one).
 */
function sameTimeDispute(figures: readonly Figure[]): Figure[] | null {
  for (const a of figures) {
    for (const b of figures) {
      if (a.outlet === b.outlet || a.value >= b.value || !materiallyDifferent(a.value, b.value)) continue;
      // `a` is the lower figure, `b` the higher.
      if (b.at <= a.at + FRAME_MS) return [a, b];
    }
  }
  return null;
}

/** A figure this many times every other outlet's highest, and at least {@link JUMP_MIN} more, is a jump. */
export const JUMP_FACTOR = 3;
const JUMP_MIN = 5;

/**
 * One outlet's figure far above every other outlet's (a tabloid's 40 dead against the agencies' 4): the
 * higher figure and the others' highest, or null. A figure that another outlet comes near is corroborated.
 */
function singleSourceJump(figures: readonly Figure[]): readonly [Figure, Figure] | null {
  const top = figures.reduce<Figure | null>((m, f) => (m === null || f.value > m.value ? f : m), null);
  if (!top) return null;
  const others = figures.filter((f) => f.outlet !== top.outlet);
  if (others.length === 0) return null;
  const near = others.reduce((m, f) => (f.value > m.value ? f : m));
  if (top.value >= JUMP_FACTOR * near.value && top.value - near.value >= JUMP_MIN) return [near, top];
  return null;
}

/** Each outlet's latest figure among `figures` (in publication order), lowest first. */
function claimsOf(
  figures: readonly Figure[],
  field: 'killed' | 'wounded',
  among: readonly Figure[],
): TollClaim[] {
  const outlets = new Set(among.map((f) => f.outlet));
  const latest = new Map<string, Figure>();
  for (const f of figures) if (outlets.has(f.outlet)) latest.set(f.outlet, f);
  return [...latest.values()]
    .sort((a, b) => a.value - b.value || a.at - b.at)
    .map((f) => ({
      outlet: f.source.outlet,
      articleId: f.source.articleId,
      value: f.source[field] ?? f.value,
      at: f.source.published ?? f.source.seenAt,
    }));
}

/**
 * What the sources dispute: materially different figures from two outlets in one time frame (not an upward
 * revision), or one outlet's figure far above all others' (see {@link JUMP_FACTOR}); each with who claims
 * what.
 */
function tollDisputes(sources: readonly IncidentSource[]): TollDispute[] {
  const disputes: TollDispute[] = [];
  for (const field of ['killed', 'wounded'] as const) {
    const figures = figuresOf(sources, field);
    const sameTime = sameTimeDispute(figures);
    // Who claims what: every outlet's latest figure, the disputing ones among them.
    if (sameTime) {
      disputes.push({ field, kind: 'same-time', claims: claimsOf(figures, field, figures) });
      continue;
    }
    if (singleSourceJump(figures)) {
      disputes.push({ field, kind: 'single-source-jump', claims: claimsOf(figures, field, figures) });
    }
  }
  return disputes;
}

// ---------------------------------------------------------------------------------------------------
// Matching

/** A candidate incident the report was matched to, with the evidence for it. */
export interface IncidentMatch {
  readonly incident: Incident;
  /** Why it matched, one phrase per piece of evidence ("same place: Vorukh", "event dates 1 day apart"). */
  readonly reasons: string[];
  /** The sum of the evidence weights; higher is a surer match. */
  readonly score: number;
}

/** Options of {@link matchIncident}. */
export interface MatchOptions {
  /** Reports whose event dates differ by more than this many days are different incidents. */
  readonly windowDays: number;
  /**
   * A gazetteer to relate place names (same place, contained, across the border).
   * @default {@link baselinePlaceLookup}; pass `() => null` to compare names only
   */
  readonly places?: PlaceLookup;
}

/**
 * Evidence weights. A candidate matches when the sum reaches {@link MATCH_THRESHOLD} and nothing rules it
 * out (another border, dates outside the window and the follow-up days, different districts on the same
 * day, separate-incident wording without a shared place). A type disagreement only weighs against.
 */
const WEIGHTS = {
  sameDay: 2,
  nextDay: 1,
  sameType: 1,
  samePlace: 3,
  containedPlace: 2,
  differentPlace: -4,
  /** Two sides of one stretch of border, both named by the gazetteer (Vorukh / Ak-Sai). */
  facingPlace: 2,
  /** Two villages of one district. */
  neighbouringPlace: 1,
  /** Types no report of one event would mix (a refugee crossing and shelling): weak evidence against. */
  differentType: -1,
  /** An event date beyond the merge window, accepted only with a shared place (a follow-up misdated). */
  followUpDate: -1,
  /** Places facing each other across the border, or different places, one named in the other's report. */
  placesNamedTogether: 1,
  /** The same killed figure (at least one): outlets agree on the one fact they all report. */
  sameToll: 3,
  sameWounded: 1,
  /** Figures that differ but not materially (6 and 7 wounded), both at least {@link CLOSE_TOLL_MIN}. */
  closeToll: 1,
  /** A toll unlike every one reported before, and not a later upward revision. */
  differentToll: -1,
  /** ... reported in the same time frame: more likely another event. */
  conflictingToll: -2,
  /** Place unknown on one side, and the only incident on the border within the merge window. */
  onlyIncidentNearby: 1,
  contentStrong: 3,
  contentGood: 2,
  contentSome: 1,
  /**
   * Per proper name shared when the place did not decide (regions, rivers and capitals together count as
   * one), at most this many points.
   */
  sharedNamesMax: 2,
  // Outlets describe one event in their own words, so little shared vocabulary is no evidence against.
  contentNone: 0,
} as const;

/** The smallest figure whose near agreement counts as evidence. */
const CLOSE_TOLL_MIN = 3;

/** The evidence sum from which a report is taken to describe the candidate incident. */
export const MATCH_THRESHOLD = 4;

function contentOverlap(reportTermList: readonly string[], incidentTerms: readonly string[]): number {
  if (reportTermList.length === 0 || incidentTerms.length === 0) return 0;
  const incidentSet = new Set(incidentTerms);
  const shared = reportTermList.filter((t) => incidentSet.has(t)).length;
  return shared / Math.min(reportTermList.length, incidentSet.size);
}

function tollEvidence(
  field: 'killed' | 'wounded',
  value: number | null,
  at: number,
  incident: Incident,
  reasons: string[],
): number {
  if (value === null) return 0;
  const figures = figuresOf(incident.sources, field);
  if (figures.length === 0) return 0;
  const best = incident[field];
  if (best !== null && value === best) {
    reasons.push(`same toll: ${value} ${field}`);
    return value > 0 ? (field === 'killed' ? WEIGHTS.sameToll : WEIGHTS.sameWounded) : 0;
  }
  const close = figures.find((f) => f.value === value || !materiallyDifferent(f.value, value));
  if (close) {
    reasons.push(`toll ${value} ${field} close to one reported before`);
    // Near agreement on a sizeable figure ("six injured" / "seven injured") is evidence; on 0 or 1 it is not.
    return Math.min(value, close.value) >= CLOSE_TOLL_MIN ? WEIGHTS.closeToll : 0;
  }
  const high = Math.max(...figures.map((f) => f.value));
  const lastAt = Math.max(...figures.map((f) => f.at));
  // A lower figure is often part of the toll (one side's dead, one village's funeral): no evidence either way.
  if (value < high && value > 0) {
    reasons.push(`${field} ${value} below the ${high} reported before (a part of the toll?)`);
    return 0;
  }
  if (value > high && at > lastAt + FRAME_MS) {
    reasons.push(`later report raises ${field} to ${value} (revision)`);
    return 0;
  }
  const sameFrame = figures.some((f) => Math.abs(f.at - at) <= FRAME_MS);
  // Nobody killed, said after the incident's dead were reported: the dead do not come back to life, so this
  // is more likely another event than a later report of this one.
  if (field === 'killed' && value === 0 && at > lastAt + FRAME_MS) {
    reasons.push(`nobody killed, against ${figures.map((f) => f.value).join('/')} dead reported before`);
    return WEIGHTS.conflictingToll;
  }
  reasons.push(
    `${field} ${value} against ${figures.map((f) => f.value).join('/')}${sameFrame ? ' in the same time frame' : ''}`,
  );
  if (field === 'wounded') return sameFrame ? WEIGHTS.differentToll : 0;
  return sameFrame ? WEIGHTS.conflictingToll : WEIGHTS.differentToll;
}

/** What weighing one candidate incident against a report found: a match or a refusal, with its reasons. */
export interface CandidateVerdict {
  readonly incident: Incident;
  /** True when the report describes this incident (the evidence reached {@link MATCH_THRESHOLD}). */
  readonly matched: boolean;
  /** Every piece of evidence weighed, in order; for a refusal, the last one says why. */
  readonly reasons: string[];
  /** The sum of the evidence weights (0 for a candidate ruled out before weighing). */
  readonly score: number;
}

/** The district-level unit a place resolves to, when the gazetteer knows it (see {@link PlaceInfo.district}). */
function districtOf(place: string | null | undefined, lookup: PlaceLookup): string | null {
  if (!place) return null;
  return lookup(place)?.district ?? null;
}

/**
 * Two reports naming different districts that neither contains nor faces across the border, on one day,
 * are two events: the same formulaic wording and toll ("two guards killed in a clash") do not join them.
 * The districts' names, or null when the guard does not apply.
 */
function differentDistricts(
  place: string | null,
  incident: Incident,
  lookup: PlaceLookup,
): { report: string; incident: string } | null {
  const own = districtOf(place, lookup);
  if (own === null) return null;
  const theirs = distinctSorted([incident.place, ...(incident.places ?? [])]).map((p) =>
    districtOf(p, lookup),
  );
  // Every place the incident's sources named must lie in a known, other district.
  if (theirs.length === 0 || theirs.some((d) => d === null || d === own)) return null;
  const other = theirs[0] as string;
  return { report: own, incident: other };
}

function evaluateCandidate(
  report: IncidentReport,
  terms: readonly string[],
  names: ReportNames,
  separate: string | null,
  incident: Incident,
  options: MatchOptions,
  alone = false,
): CandidateVerdict {
  const { assessment } = report;
  const lookup = options.places ?? baselinePlaceLookup;
  const reasons: string[] = [];
  const refuse = (why: string): CandidateVerdict => {
    reasons.push(`refused: ${why}`);
    return { incident, matched: false, reasons, score: 0 };
  };
  if (incident.status === 'merged') {
    return refuse(`merged into incident ${incident.mergedInto ?? '(unknown)'} as the same event`);
  }
  if (assessment.border !== incident.border) {
    return refuse(`another border (${assessment.border ?? 'none'} / ${incident.border})`);
  }
  reasons.push(`same border: ${incident.border}`);
  let score = 0;

  // Dates: the report's event date against the incident's span (a multi-day clash is one event).
  const day = reportEventDate(report);
  const span = incidentSpan(incident);
  const spanText = span.from === span.to ? span.from : `${span.from}..${span.to}`;
  const apart = reportDaysOutside(report, span, options.windowDays);
  if (apart > options.windowDays + FOLLOW_UP_DAYS) {
    return refuse(`event date ${day} is ${apart} days outside the incident's dates (${spanText})`);
  }
  const undated = daysOutside(day, span) > apart;
  if (undated && apart === 0) {
    // No event date read, and published within the merge window after the incident's days: no evidence
    // either way (a follow-up days later rarely repeats the day).
    reasons.push(`no event date read; published ${day}, after ${spanText}`);
  } else if (apart === 0) {
    score += WEIGHTS.sameDay;
    reasons.push(span.from === span.to ? `same event date: ${day}` : `event date ${day} within ${spanText}`);
  } else {
    if (undated) {
      reasons.push(`no event date read; published ${day}, ${apart} days beyond the merge window`);
    } else {
      if (apart === 1) score += WEIGHTS.nextDay;
      else if (apart > options.windowDays) score += WEIGHTS.followUpDate;
      reasons.push(`event dates ${apart} day${apart === 1 ? '' : 's'} apart (${day}, ${spanText})`);
    }
  }

  // Types: disagreement is weak evidence against, never a veto (outlets code one event differently).
  const types = typeRelation(assessment.type, incident.type);
  if (types === 'same') {
    score += WEIGHTS.sameType;
    reasons.push(`same type: ${incident.type}`);
  } else if (types === 'compatible') {
    reasons.push(`compatible types: ${assessment.type ?? 'unknown'} / ${incident.type}`);
  } else {
    score += WEIGHTS.differentType;
    reasons.push(`types differ (weak evidence): ${assessment.type ?? 'unknown'} / ${incident.type}`);
  }

  const {
    relation: places,
    other,
    namedTogether,
  } = incidentPlaceRelation(assessment.place, terms, incident, lookup);
  if (places === 'same') {
    score += WEIGHTS.samePlace;
    reasons.push(`same place: ${other}`);
  } else if (places === 'contained') {
    score += WEIGHTS.containedPlace;
    reasons.push(`place ${assessment.place} within or containing ${other}`);
  } else if (places === 'facing') {
    score += WEIGHTS.facingPlace;
    reasons.push(`the two sides of one stretch of border: ${assessment.place} / ${other}`);
  } else if (places === 'neighbours') {
    score += WEIGHTS.neighbouringPlace;
    reasons.push(`places in one district: ${assessment.place} / ${other}`);
  } else if (places === 'across') {
    reasons.push(`places facing each other across the border: ${assessment.place} / ${other}`);
    if (namedTogether) {
      score += WEIGHTS.placesNamedTogether;
      reasons.push(`one report names the other's place: ${assessment.place} / ${other}`);
    }
  } else if (places === 'mentioned') {
    // The reports tie the two places themselves (a clash along the line between two districts).
    score += WEIGHTS.placesNamedTogether;
    reasons.push(`different places named together in the reports: ${assessment.place} / ${other}`);
  } else if (places === 'different') {
    score += WEIGHTS.differentPlace;
    reasons.push(`different places: ${assessment.place} / ${other}`);
  } else {
    reasons.push('place not known on one side');
    // A report that names no place (or one the gazetteer does not know) and the only incident on the border
    // in those days: most likely that incident.
    if (alone && apart <= 1) {
      score += WEIGHTS.onlyIncidentNearby;
      reasons.push('the only incident on this border within the merge window');
    }
  }

  // The reverse guard: different districts on one day are different events, whatever the wording.
  if (places === 'different' && apart === 0) {
    const districts = differentDistricts(assessment.place, incident, lookup);
    if (districts) {
      return refuse(
        `different districts on the same day (${assessment.place}: ${districts.report} / ${other}: ${districts.incident})`,
      );
    }
  }
  // Beyond the merge window only a follow-up dated late (its date read from its own publication, a funeral's
  // day) at a specific place (a village, a district, not a region) can be the same event.
  if (apart > options.windowDays && day < span.from) {
    return refuse(`event date ${day} is ${apart} days before the incident's dates (${spanText})`);
  }
  if (apart > options.windowDays) {
    // A name the gazetteer does not know is a village or a post (every region and district is known).
    const specific = (name: string | null | undefined) => {
      if (!name) return false;
      const kind = lookup(name)?.kind;
      return kind === undefined || kind === 'settlement' || kind === 'district';
    };
    const shared = places === 'same' || places === 'contained' || places === 'facing';
    if (!shared || !specific(assessment.place) || !specific(other)) {
      return refuse(`event dates ${apart} days apart and no shared village or district`);
    }
  }

  const at = reportedAt({ published: report.article.published, seenAt: report.seenAt });
  const killedBefore = reasons.length;
  score += tollEvidence('killed', assessment.killed, at, incident, reasons);
  score += tollEvidence('wounded', assessment.wounded, at, incident, reasons);
  const tollConflict = reasons.slice(killedBefore).some((r) => r.includes(' against '));

  if (places === 'unknown' || places === 'mentioned' || places === 'across') {
    // The place did not decide: names the reports share (a village, an outpost) stand in for it.
    const incidentTerms = new Set(incident.terms ?? []);
    // Two known places were weighed above (`mentioned`, `across`): only other shared names are new
    // evidence. With a place unknown on one side, the other side's place named in the text is evidence.
    const weighed =
      places === 'unknown' ? [] : [assessment.place, incident.place, ...(incident.places ?? [])];
    const placeNames = new Set(weighed.flatMap((p) => (p ? placeStems(p) : [])));
    const sharedIn = (list: readonly string[]) =>
      list.filter((n) => incidentTerms.has(n) && !placeNames.has(n));
    const specific = sharedIn(names.specific);
    const coarse = sharedIn(names.coarse);
    if (specific.length + coarse.length > 0) {
      score += Math.min(specific.length + Math.min(coarse.length, 1), WEIGHTS.sharedNamesMax);
      reasons.push(`names shared: ${[...specific, ...coarse].join(', ')}`);
    }
  }

  // Wording is supporting evidence only: it adds, and its absence never counts against.
  const overlap = contentOverlap(terms, incident.terms ?? []);
  const shared = `${Math.round(overlap * 100)}% of distinctive words shared`;
  if (overlap >= 0.5) score += WEIGHTS.contentStrong;
  else if (overlap >= 0.3) score += WEIGHTS.contentGood;
  else if (overlap >= 0.15) score += WEIGHTS.contentSome;
  else score += WEIGHTS.contentNone;
  reasons.push(shared);

  // A source of the incident that set its event apart from one at the report's place: the report is that one
  // (unless it is dated to the incident's own day: then it names the facing side of this event, not the other).
  const reportPlaces = assessment.place ? [assessment.place] : [];
  for (const source of incident.sources) {
    if (!source.separateWording || reportPlaces.length === 0) continue;
    if (
      separatePointsAt(source.separateWording, reportPlaces) === 'this' &&
      places !== 'same' &&
      apart !== 0
    ) {
      return refuse(
        `a source sets its event apart from one at ${assessment.place}: "${source.separateWording.slice(0, 120)}"`,
      );
    }
  }
  if (separate !== null) {
    const pointed = separatePointsAt(separate, [incident.place, ...(incident.places ?? [])]);
    if (pointed === 'this' && (places !== 'same' || apart !== 0)) {
      return refuse(
        `the report sets its event apart from this incident's place: "${separate.slice(0, 120)}"`,
      );
    }
    if (pointed === 'unnamed' && ((places !== 'same' && places !== 'contained') || tollConflict)) {
      return refuse(`separate-incident wording without a shared place and toll: "${separate.slice(0, 120)}"`);
    }
    reasons.push(
      pointed === 'other'
        ? 'separate-incident wording points at another place'
        : 'separate-incident wording, but same place, date and toll',
    );
  }
  if (score < MATCH_THRESHOLD) {
    reasons.push(`refused: evidence ${score} below ${MATCH_THRESHOLD}`);
    return { incident, matched: false, reasons, score };
  }
  reasons.push(`evidence ${score}`);
  return { incident, matched: true, reasons, score };
}

/**
 * Every candidate weighed against a report, matches and refusals alike, each with its reasons: what
 * {@link matchIncident} decides from, for a caller that keeps why a report did not join an incident.
 */
export function assessCandidates(
  report: IncidentReport,
  candidates: readonly Incident[],
  options: MatchOptions,
): CandidateVerdict[] {
  const terms = reportTerms(report);
  const names = reportNames(report);
  const separate = separateIncidentWording(report.article.text);
  // The only incident on this border within the merge window of the report's date.
  const near = candidates.filter(
    (c) =>
      c.status !== 'merged' &&
      c.border === report.assessment.border &&
      reportDaysOutside(report, incidentSpan(c), options.windowDays) <= options.windowDays,
  );
  const alone = near.length === 1 ? near[0] : undefined;
  return candidates.map((incident) =>
    evaluateCandidate(report, terms, names, separate, incident, options, incident === alone),
  );
}

/**
 * The known incident a report describes, or null when it describes a new one. A candidate must be on the
 * same border and its event dates within `windowDays` of the report's (of the incident's span, first to
 * last day), or within {@link FOLLOW_UP_DAYS} more when the place agrees. Evidence for it: a shared,
 * containing or facing place (the two sides of one stretch of border), a shared toll, shared names and
 * distinctive words (supporting only); against it: a different place, a different type (weak), a
 * different toll in the same time frame. Ruled out: different districts on the same day, wording that sets
 * the event apart ("in a separate incident"). Of the candidates that match, the surest wins (ties: the
 * earliest incident). Every match lists its reasons; {@link assessCandidates} gives the refusals' too.
 */
export function matchIncident(
  report: IncidentReport,
  candidates: readonly Incident[],
  options: MatchOptions,
): IncidentMatch | null {
  if (report.assessment.border === null) return null;
  let best: IncidentMatch | null = null;
  for (const verdict of assessCandidates(report, candidates, options)) {
    if (!verdict.matched) continue;
    const match: IncidentMatch = {
      incident: verdict.incident,
      reasons: verdict.reasons,
      score: verdict.score,
    };
    if (
      best === null ||
      match.score > best.score ||
      (match.score === best.score &&
        (match.incident.firstSeen < best.incident.firstSeen ||
          (match.incident.firstSeen === best.incident.firstSeen && match.incident.id < best.incident.id)))
    ) {
      best = match;
    }
  }
  const separate = separateIncidentWording(report.article.text);
  if (best && separate !== null) {
    return { ...best, reasons: [...best.reasons, `report's wording: "${separate.slice(0, 160)}"`] };
  }
  return best;
}

/** The surer of two matches: the higher evidence, ties going to the earlier incident, then the lower id. */
function surer(a: IncidentMatch, b: IncidentMatch): boolean {
  return (
    a.score > b.score ||
    (a.score === b.score &&
      (a.incident.firstSeen < b.incident.firstSeen ||
        (a.incident.firstSeen === b.incident.firstSeen && a.incident.id < b.incident.id)))
  );
}

/** The earlier of two incidents: first seen first, then the lower id. */
function earlier(a: Incident, b: Incident): boolean {
  return a.firstSeen < b.firstSeen || (a.firstSeen === b.firstSeen && a.id < b.id);
}

/**
 * Why two incidents that one report matched cannot be one event, or null when they can: another border;
 * event dates further apart than the merge window (the report's own date may sit between two events a
 * week apart); places that are different whichever of their names is taken (not the same, nested, facing
 * or named together); or a source of one that sets its event apart from one at the other's place.
 */
export function linkRefusal(a: Incident, b: Incident, options: MatchOptions): string | null {
  const lookup = options.places ?? baselinePlaceLookup;
  if (a.border !== b.border) return `another border (${a.border} / ${b.border})`;
  const spanA = incidentSpan(a);
  const spanB = incidentSpan(b);
  let apart = 0;
  if (spanB.from > spanA.to) apart = daysApart(spanA.to, spanB.from);
  else if (spanA.from > spanB.to) apart = daysApart(spanB.to, spanA.from);
  if (apart > options.windowDays) return `event dates ${apart} days apart`;
  const namesA = distinctSorted([a.place, ...(a.places ?? [])]);
  const namesB = distinctSorted([b.place, ...(b.places ?? [])]);
  if (namesA.length > 0 && namesB.length > 0) {
    let related = false;
    for (const x of namesA) {
      for (const y of namesB) {
        const relation = placeRelation(x, y, lookup);
        if (relation !== 'different' || namedIn(x, b.terms ?? []) || namedIn(y, a.terms ?? []))
          related = true;
      }
    }
    if (!related) return `different places: ${namesA.join(', ')} / ${namesB.join(', ')}`;
  }
  for (const [one, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const source of one.sources) {
      if (!source.separateWording) continue;
      if (separatePointsAt(source.separateWording, [other.place, ...(other.places ?? [])]) === 'this') {
        return `a source sets its event apart from one at ${other.place}: "${source.separateWording.slice(0, 120)}"`;
      }
    }
  }
  return null;
}

/** A report's match, and the other incidents it showed to be the same event (see {@link matchReport}). */
export interface ReportMatch {
  /** The incident the report joins: of the incidents it links, the earliest (the one subscribers heard of first). */
  readonly match: IncidentMatch;
  /** The other incidents the report matched, each the same event as `match`, with why. */
  readonly absorb: readonly { readonly incident: Incident; readonly reasons: readonly string[] }[];
}

/**
 * {@link matchIncident}, and what a report that matches several incidents says about them: a follow-up
 * naming both the Kyrgyz village and the Tajik district of one clash, or a span that covers both dates,
 * links them, and they are one event. Every matched incident that {@link linkRefusal} does not keep apart
 * from the surest match is linked; the earliest of them survives and the report joins it; the others are
 * to be absorbed, each with the reasons (the report's match to it and to the survivor). Null when the
 * report matches none.
 */
export function matchReport(
  report: IncidentReport,
  candidates: readonly Incident[],
  options: MatchOptions,
): ReportMatch | null {
  if (report.assessment.border === null) return null;
  const matched: IncidentMatch[] = assessCandidates(report, candidates, options)
    .filter((v) => v.matched)
    .map((v) => ({ incident: v.incident, reasons: v.reasons, score: v.score }));
  let best: IncidentMatch | null = null;
  for (const m of matched) if (best === null || surer(m, best)) best = m;
  if (best === null) return null;
  const surest = best;
  const linked = matched.filter(
    (m) => m !== surest && linkRefusal(surest.incident, m.incident, options) === null,
  );
  let survivor = surest;
  for (const m of linked) if (earlier(m.incident, survivor.incident)) survivor = m;
  const separate = separateIncidentWording(report.article.text);
  const withWording = (m: IncidentMatch): IncidentMatch =>
    separate === null
      ? m
      : { ...m, reasons: [...m.reasons, `report's wording: "${separate.slice(0, 160)}"`] };
  const title = report.article.title.slice(0, 160);
  const absorb = [surest, ...linked]
    .filter((m) => m !== survivor)
    .map((m) => ({
      incident: m.incident,
      reasons: [
        `the report "${title}" matched both incidents`,
        ...m.reasons.map((r) => `to this one: ${r}`),
        ...survivor.reasons.map((r) => `to the other: ${r}`),
      ],
    }));
  return { match: withWording(survivor), absorb };
}

/**
 * Why a report did not join each candidate it was weighed against: one line per refused candidate,
 * `incident <id>: <reason>`, for the source of the incident the report then starts (see
 * {@link createIncident}).
 */
export function refusalReasons(verdicts: readonly CandidateVerdict[]): string[] {
  // The evidence against, and the refusal itself: what tells a reader why these are two events.
  const against = (reason: string) =>
    reason.startsWith('refused') || reason.startsWith('different') || reason.startsWith('types differ');
  return verdicts
    .filter((v) => !v.matched)
    .map((v) => `not incident ${v.incident.id}: ${v.reasons.filter(against).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------
// Creating and merging

function outletKey(outlet: string): string {
  return outlet
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sourceOf(
  report: IncidentReport,
  matchReasons: readonly string[],
  incident: Pick<Incident, 'eventDate' | 'eventDates'> | null,
): IncidentSource {
  const { article, assessment, seenAt } = report;
  const excluded = tollExclusion(report, incident);
  return {
    articleId: article.id,
    url: article.url,
    outlet: article.outlet,
    published: article.published,
    title: article.title,
    killed: assessment.killed,
    wounded: assessment.wounded,
    ...(assessment.evidence.killedBy ? { killedBy: assessment.evidence.killedBy } : {}),
    ...(assessment.evidence.woundedBy ? { woundedBy: assessment.evidence.woundedBy } : {}),
    score: assessment.score,
    seenAt,
    matchReasons: [...matchReasons],
    eventDate: writtenDay(assessment.eventDate),
    place: assessment.place,
    type: assessment.type,
    fingerprint: article.fingerprint,
    separateWording: separateIncidentWording(article.text),
    ...(excluded ? { tollExcluded: excluded } : {}),
  };
}

/** Sources in publication order (then article id), so every aggregate is independent of arrival order. */
function sortSources(sources: readonly IncidentSource[]): IncidentSource[] {
  return [...sources].sort((a, b) => reportedAt(a) - reportedAt(b) || compareText(a.articleId, b.articleId));
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** The value most sources give, ties going to the one reported first. */
/**
 * The incident's event date: the day most sources give. The day it holds already (`told`) stays while no
 * other day is given more often, and between new days given as often the earlier wins (the codebook dates
 * an event to its first day): the date moves only when the reports move it, never with the order they
 * arrive in, so subscribers are not told a correction and then its reversal.
 */
function eventDay(dates: readonly string[], told: string | null): string | null {
  const tied = mostReported(dates);
  if (told !== null && tied.includes(told)) return told;
  return [...tied].sort()[0] ?? null;
}

/**
 * The incident's place: the place most sources name (spellings of one place counted together). Between
 * places named as often, one the gazetteer puts inside another of them (the village, not its district);
 * else the place the incident holds already (`told`), so it does not swing with the order reports arrive
 * in; else the first reported.
 */
function incidentPlace(names: readonly string[], told: string | null): string | null {
  const tied = mostReported(names, placeKey);
  const within = (inner: string, outer: string) => {
    const a = baselinePlaceLookup(inner);
    const b = baselinePlaceLookup(outer);
    return a != null && b != null && a.id !== b.id && a.within.includes(b.id);
  };
  const innermost = tied.find((name) => tied.some((other) => within(name, other)));
  if (innermost) return innermost;
  // (Kept as the first report's spelling of it, whatever order the reports came in.)
  const kept = told === null ? undefined : tied.find((name) => placeKey(name) === placeKey(told));
  return kept ?? tied[0] ?? null;
}

/**
 * The values given most often (values with the same `key` counted together), each as first given, in the
 * order first given: one value, or those tied for the most.
 */
function mostReported<T>(values: readonly T[], key: (value: T) => string = String): T[] {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value));
    if (entry) entry.count += 1;
    else counts.set(key(value), { value, count: 1 });
  }
  const most = Math.max(0, ...[...counts.values()].map((e) => e.count));
  return [...counts.values()].filter((e) => e.count === most).map((e) => e.value);
}

function unionTerms(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  const seen = new Set(existing);
  for (const term of added) {
    if (out.length >= TERMS_PER_INCIDENT) break;
    if (!seen.has(term)) {
      seen.add(term);
      out.push(term);
    }
  }
  return out;
}

function distinctSorted(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].sort(compareText);
}

/** The fields of an incident that follow from its sources alone. */
function aggregate(
  sources: readonly IncidentSource[],
  told: Pick<Incident, 'eventDate' | 'place'> | null = null,
): Pick<
  Incident,
  | 'sources'
  | 'type'
  | 'place'
  | 'eventDate'
  | 'killed'
  | 'wounded'
  | 'killedRange'
  | 'woundedRange'
  | 'disputed'
  | 'disputes'
  | 'independentSources'
  | 'score'
  | 'title'
  | 'firstSeen'
  | 'lastSeen'
  | 'eventDates'
  | 'places'
> {
  const sorted = sortSources(sources);
  const killedFigures = figuresOf(sorted, 'killed');
  const woundedFigures = figuresOf(sorted, 'wounded');
  const killedRange = tollRange(killedFigures);
  const woundedRange = tollRange(woundedFigures);
  const disputes = tollDisputes(sorted);
  const types = sorted.map((s) => s.type).filter((t): t is IncidentType => t != null && t !== 'other');
  const placeNames = sorted
    .map((s) => s.place)
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const dates = sorted.map((s) => s.eventDate).filter((d): d is string => typeof d === 'string');
  const seen = sorted.map((s) => s.seenAt).sort(compareText);
  const first = sorted[0];
  return {
    sources: sorted,
    type: mostReported(types)[0] ?? 'other',
    place: incidentPlace(placeNames, told?.place ?? null),
    // No source gave an event date: the day of the first report stands in.
    eventDate:
      eventDay(dates, told?.eventDate ?? null) ??
      localDayOf(first?.published) ??
      localDayOf(first?.seenAt) ??
      '',
    killed: killedRange.best,
    wounded: woundedRange.best,
    killedRange,
    woundedRange,
    disputed: disputes.length > 0,
    disputes,
    independentSources: new Set(sorted.map((s) => outletKey(s.outlet))).size,
    score: Math.max(...sorted.map((s) => s.score)),
    title: first?.title ?? '',
    firstSeen: seen[0] ?? '',
    lastSeen: seen[seen.length - 1] ?? '',
    eventDates: distinctSorted(dates),
    places: distinctSorted(placeNames),
  };
}

/**
 * The id of the incident a report starts: border, event date and a hash of the article id, so a replayed
 * report creates the same id (and the store's conditional write refuses the duplicate).
 */
export function incidentIdFor(report: IncidentReport): string {
  const border: Border = report.assessment.border ?? 'tajik-afghan';
  const hash = createHash('sha256').update(report.article.id, 'utf8').digest('hex').slice(0, 12);
  return `${border}-${reportEventDate(report).replace(/-/g, '')}-${hash}`;
}

/**
 * A new incident from its first report: version 1, one source, the report's figures as its toll (unless
 * the report is not about the event, see {@link tollExclusion}). `refusals` (see {@link refusalReasons})
 * are kept as the source's match reasons: why the report joined none of the incidents it was weighed
 * against.
 * @throws RangeError when the report's assessment names no border (see {@link toIncidentReport}).
 */
export function createIncident(report: IncidentReport, refusals: readonly string[] = []): Incident {
  const border = report.assessment.border;
  if (border === null) throw new RangeError(`article ${report.article.id}: an incident needs a border`);
  return {
    id: incidentIdFor(report),
    version: 1,
    border,
    ...aggregate([sourceOf(report, refusals, null)]),
    revisions: [],
    terms: reportTerms(report),
  };
}

/** True when the report's article (by id or content fingerprint) is already a source of the incident. */
export function hasSource(incident: Incident, report: IncidentReport): boolean {
  const { id, fingerprint } = report.article;
  return incident.sources.some(
    (s) =>
      s.articleId === id ||
      (fingerprint !== '' && s.fingerprint !== undefined && s.fingerprint === fingerprint),
  );
}

/**
 * The incident with one more report. Idempotent: a report whose article is already a source returns the
 * same object (`===`), so the caller can skip the write. Otherwise the source is added with its own figures
 * and `matchReasons`, every aggregate is recomputed from the sources (toll and range, type, place, event
 * date, dispute, independent outlets, score, first/last seen), a revision is appended for each best figure
 * the report changed, and the version goes up by one.
 */
export function mergeReport(
  incident: Incident,
  report: IncidentReport,
  matchReasons: readonly string[] = [],
): Incident {
  if (hasSource(incident, report)) return incident;
  const added = sourceOf(report, matchReasons, incident);
  const next = aggregate([...incident.sources, added], incident);
  const revisions: TollRevision[] = [...incident.revisions];
  for (const field of ['killed', 'wounded'] as const) {
    if (next[field] !== incident[field]) {
      revisions.push({
        field,
        from: incident[field],
        to: next[field],
        articleId: added.articleId,
        outlet: added.outlet,
        at: report.seenAt,
      });
    }
  }
  return {
    ...incident,
    ...next,
    version: incident.version + 1,
    revisions,
    terms: unionTerms(incident.terms ?? [], reportTerms(report)),
  };
}

/** True when the source's article (by id or content fingerprint) is among `sources`. */
function amongSources(sources: readonly IncidentSource[], source: IncidentSource): boolean {
  return sources.some(
    (s) =>
      s.articleId === source.articleId ||
      (source.fingerprint !== undefined && source.fingerprint !== '' && s.fingerprint === source.fingerprint),
  );
}

/** What subscribers knew an absorbed incident as, and why it is the same event. */
function absorbedSummary(incident: Incident, reasons: readonly string[], linkedBy: string): AbsorbedIncident {
  const first = incident.sources[0];
  return {
    id: incident.id,
    type: incident.type,
    place: incident.place,
    eventDate: incident.eventDate,
    killed: incident.killed,
    wounded: incident.wounded,
    firstOutlet: first?.outlet ?? null,
    firstReported: first ? (first.published ?? first.seenAt) : null,
    linkedBy,
    reasons: [...reasons],
  };
}

/**
 * `survivor` with `absorbed` folded in, as one event: the sources united (a report both hold counts once),
 * every aggregate recomputed from them as {@link mergeReport} does (toll and range, type, place, event
 * date, dispute, outlets), a revision for each best figure that moved (credited to the absorbed report
 * that gave the new figure), the terms united, and `absorbed` listed with why (`reasons`) and which
 * report linked them (`linkedBy`). Idempotent: when the survivor already lists the incident and holds all
 * its sources, the same object (`===`) comes back; when the absorbed incident gained sources since, they
 * are added.
 */
export function mergeIncidents(
  survivor: Incident,
  absorbed: Incident,
  reasons: readonly string[],
  linkedBy: string,
): Incident {
  const added = absorbed.sources.filter((s) => !amongSources(survivor.sources, s));
  const listed = (survivor.absorbed ?? []).some((a) => a.id === absorbed.id);
  if (added.length === 0 && listed) return survivor;
  const next = aggregate([...survivor.sources, ...added], survivor);
  const revisions: TollRevision[] = [...survivor.revisions];
  for (const field of ['killed', 'wounded'] as const) {
    if (next[field] === survivor[field]) continue;
    const giver = [...added].reverse().find((s) => s[field] === next[field]) ?? added.at(-1);
    revisions.push({
      field,
      from: survivor[field],
      to: next[field],
      articleId: giver?.articleId ?? linkedBy,
      outlet: giver?.outlet ?? '',
      at: giver?.seenAt ?? survivor.lastSeen,
    });
  }
  return {
    ...survivor,
    ...next,
    version: survivor.version + 1,
    revisions,
    terms: unionTerms(survivor.terms ?? [], absorbed.terms ?? []),
    absorbed: listed
      ? (survivor.absorbed ?? [])
      : [...(survivor.absorbed ?? []), absorbedSummary(absorbed, reasons, linkedBy)],
  };
}

/**
 * The absorbed incident marked as merged into `survivorId`: it keeps its sources (who reported what),
 * stops matching reports and raises no alert. Idempotent: an incident already merged comes back as it is.
 */
export function markMerged(incident: Incident, survivorId: string, reasons: readonly string[]): Incident {
  if (incident.status === 'merged') return incident;
  return {
    ...incident,
    version: incident.version + 1,
    status: 'merged',
    mergedInto: survivorId,
    mergeReasons: [...reasons],
  };
}

/**
 * Merges left half-done (the survivor written, the absorbed incident not yet marked): each pair of a live
 * survivor among `incidents` that lists an absorbed incident, and that incident, still live. Finishing one
 * is {@link mergeIncidents} (it picks up sources the absorbed incident gained since) then {@link markMerged}.
 */
export function unfinishedMerges(
  incidents: readonly Incident[],
): { readonly survivor: Incident; readonly absorbed: Incident; readonly entry: AbsorbedIncident }[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const out: { survivor: Incident; absorbed: Incident; entry: AbsorbedIncident }[] = [];
  for (const survivor of incidents) {
    if (survivor.status === 'merged') continue;
    for (const entry of survivor.absorbed ?? []) {
      const absorbed = byId.get(entry.id);
      if (absorbed && absorbed.status !== 'merged') out.push({ survivor, absorbed, entry });
    }
  }
  return out;
}
