/**
 * Assessment of one article: is it a report of a specific incident on or across a Tajik border, and if so
 * which border, what type, where, when, and the toll of this incident only.
 *
 * The article is read sentence by sentence. Sentences that carry background (cumulative figures, earlier
 * incidents, past years, other countries' events) are set aside first; the remaining incident sentences
 * decide relevance, border, type, place, date and toll. Pure and synchronous: no I/O, no clock.
 */
import type { PlaceEntry } from '../baseline/index.js';
import { containersOf } from '../baseline/place-hierarchy.js';
import { isAsciiDigit, isLetterBefore, matchesAfterNonLetter } from './chars.js';
import { dayNumber } from './days.js';
import {
  DATE_WORD_MARKS,
  type DateHints,
  type DateMention,
  findDateMentions,
  publicationDay,
  resolveEventDateFrom,
} from './event-date.js';
import {
  compileTermSet,
  compileTermSets,
  compileWordMarks,
  findTerms,
  hitLabel,
  scanTerms,
  type TermHit,
  type TermScan,
  type TermSets,
} from './term-matcher.js';
import { normaliseText, type Sentence, splitSentences } from './text.js';
import { DIED_VERBS, extractTolls, tellsOfBeating, tellsOfLosses } from './tolls.js';
import type { Assessment, Border, IncidentType, TollPart } from './types.js';

/** What `classifyArticle` reads. */
export interface ClassifyInput {
  readonly title: string;
  readonly text: string;
  /** ISO timestamp; the reference for relative dates ("on Sunday"). */
  readonly published?: string | null;
  readonly url?: string;
}

/** Score at or above which an article is assessed as relevant. */
export const RELEVANCE_THRESHOLD = 0.5;

const INCIDENT_CATEGORIES = new Set([
  'incident:generic',
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
  // "a border guard in critical condition": a state only the wounded are in.
  'toll:state',
]);
/** A hospital just before a place name: "to hospital in", "в больницу Исфары", "в больнице г.". */
const IN_HOSPITAL_BEFORE =
  /(?:hospital|clinic|больниц\p{L}*|госпитал\p{L}*)\s+(?:in\s+|at\s+|в\s+|г\.\s*)?(?:[\p{L}-]+\s+){0,2}$/u;

/** A hospital just after a place name: "в хорогской больнице", "Khorog hospital", "Isfara's central hospital". */
const HOSPITAL_AFTER =
  /^\p{L}*(?:'s)?\s+(?:(?:central|regional|district|military|city|областн\p{L}*|районн\p{L}*|центральн\p{L}*|военн\p{L}*|городск\p{L}*)\s+){0,2}(?:hospital|clinic|больниц\p{L}*|госпитал\p{L}*)/u;

/** Where the wounded were taken is not where they were hurt: a place named as the hospital's town. */
function hospitalTown(s: Sentence, hit: { readonly start: number; readonly end: number }): boolean {
  return (
    IN_HOSPITAL_BEFORE.test(textBefore(s, hit.start)) ||
    HOSPITAL_AFTER.test(s.lower.slice(hit.end, hit.end + 60))
  );
}

/**
 * "A border town", "приграничного района": the border as where a town or district lies, not where anything
 * happened (tested on the hit's text and the words after it).
 */
const BORDER_AREA =
  /^(?:приграничн\p{L}*|border (?:town|city|district|region|province|village|area|community))/u;

/** A distance to what follows: "a few hundred metres from the", "в двух километрах от". */
const DISTANCE_BEFORE =
  /(?:metres|meters|km|kilometres|kilometers|miles|метрах|километрах|км)\s+(?:away\s+)?(?:from|от)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;

/** A place by what it is near: "near the Uzbek border", "у границы", "недалеко от узбекской границы". */
const NEAR_BEFORE =
  /(?:near|close to|not far from|у|возле|близ|вблизи|недалеко от)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;

/** Contexts that make an article about something else than a border incident. */
/** The capital, where agencies and ministries speak: a report's dateline or source, not its incident's place. */
const SEAT_OF_GOVERNMENT = 'Dushanbe';

const HARD_CONTEXTS = [
  'context:drill',
  'context:sport',
  'context:disaster',
  'context:court',
  'context:prison',
  'context:statistics',
  'context:accident',
  'context:aid',
  'context:analysis',
  'context:unrest',
  'context:commemoration',
  'context:reference-work',
] as const;
/**
 * Drowning told with the violence it came of: a sentence whose accident word is a drowning and which names
 * the smugglers, intruders or a clash too ("один ранен, ещё один утонул: задержание наркокурьеров").
 */
function drownedInViolence(info: SentenceInfo): boolean {
  return (
    DROWNED.test(info.sentence.lower) &&
    (info.categories.has('incident:smuggling') ||
      info.categories.has('incident:infiltration') ||
      info.categories.has('incident:clash'))
  );
}
const DROWNED = /(?<![\p{L}])(?:drowned|drowning|утонул\p{L}*|утонувш\p{L}*)(?![\p{L}])/u;

/** A headline of a trend or a look at several events (see its use). */
const TREND_TITLE =
  /(?<![\p{L}])(?:keeps? (?:\p{L}+ing)|a year in|a quarter[- ]century of|decades? of|says about|чем грозит|нов\p{L}* угроз\p{L}*)(?![\p{L}])/u;
/** A title that explains rather than reports: "Why the border heated up", "Что стоит за …", "How …". */
const EXPLAINER_TITLE = /^(?:[\p{L} ]{1,30}:\s*)?(?:why|what|how|почему|что|как|зачем)(?![\p{L}])/u;

/** Contexts of what follows an incident: a funeral or memorial, a court, a handover. */
const FOLLOW_UP_CONTEXTS: ReadonlySet<string> = new Set([
  'context:commemoration',
  'context:court',
  'context:aid',
]);
const WEEKDAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const WEEKDAYS_RU =
  'понедельник|вторник|сред[уы]|четверг|пятниц[уы]|суббот[уы]|воскресенье|минувшие выходные|выходные';
/** A look back of days to the violence: "last Wednesday's", "late on Thursday", "в минувшую субботу". */
const RECENT_VIOLENCE = new RegExp(
  `(?<![\\p{L}])(?:last (?:${WEEKDAYS_EN})|(?:late|early) on (?:${WEEKDAYS_EN})|(?:${WEEKDAYS_EN})(?: night| morning| evening)?'s|earlier this week|(?:в|во) (?:минувш\\p{L}*|прошл\\p{L}*) (?:${WEEKDAYS_RU})|(?:a|one|two|three|four|five|six) (?:days?|weeks?) ago|(?:неделю|(?:два|три|четыре|пять|шесть) дня|(?:пять|шесть) дней) назад)(?![\\p{L}])`,
  'u',
);
const SOFT_CONTEXTS = ['context:trade', 'context:diplomacy'] as const;
const BORDERS: readonly Border[] = ['tajik-afghan', 'tajik-kyrgyz', 'tajik-uzbek'];
const PLACE_RANK: Readonly<Record<PlaceEntry['kind'], number>> = {
  village: 4,
  town: 3,
  district: 3,
  region: 2,
  river: 1,
  capital: 0,
};

const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const RU_MONTHS_PREP = 'январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре';
const RU_MONTHS_GEN = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
/**
 * "in March", "since early November", "в конце ноября" (a month without a day). Written without the leading
 * `(?<![\p{L}])` of both branches, which `matchesAfterNonLetter` checks instead.
 */
const MONTH_ONLY = new RegExp(
  String.raw`(?:in|since|during|late|early|mid|by|until|throughout|the|last)[-\s]+(?:early\s+|late\s+|mid-)?(${EN_MONTHS})(?:'s)?(?!\s+\d)(?![\p{L}])|(?:в|с|к)\s+(?:(?:начале|конце|середине)\s+)?(${RU_MONTHS_PREP}|${RU_MONTHS_GEN})(?![\p{L}])(?!\s+\d)`,
  'gu',
);
/**
 * Every match of `MONTH_ONLY` holds a month name as a whole word: the term scan marks sentences that hold
 * one, and `MONTH_ONLY` runs only on those.
 */
const MONTH_WORD = 1;
/** Month words for `MONTH_ONLY`, and the words date rules need (`DATE_WORD_MARKS`, bits above 1). */
const WORD_MARKS = compileWordMarks(
  (() => {
    const marks: Record<string, number> = { ...DATE_WORD_MARKS };
    for (const month of [EN_MONTHS, RU_MONTHS_PREP, RU_MONTHS_GEN].flatMap((l) => l.split('|'))) {
      marks[month] = (marks[month] ?? 0) | MONTH_WORD;
    }
    return marks;
  })(),
);
/**
 * What the rules ask of a sentence's lower-cased text (see `says`): a regular expression (without `g`), or a
 * term list registered with `termCue`.
 */
type Cue = RegExp | TermCue;
/** A term list read with the others in one scan of a sentence: its index in `TERM_LISTS`. */
interface TermCue {
  readonly list: number;
}
/** The answers `says` has given for one sentence: per pattern, and for every term cue at once. */
interface CueAnswers {
  readonly patterns: Map<RegExp, boolean>;
  terms: readonly boolean[] | null;
}
const TERM_LISTS: (readonly string[])[] = [];
/**
 * A term list (baseline syntax, edge: letters, so "5km" holds "km") asked of sentences with `says`: what
 * `(?<!\p{L})(?:t1|t2|…)(?!\p{L})` finds.
 */
function termCue(terms: readonly string[]): TermCue {
  TERM_LISTS.push(terms);
  return { list: TERM_LISTS.length - 1 };
}
let compiledTerms: TermSets | null = null;
/** Every term cue's list, compiled when a sentence is first asked one (all have been registered by then). */
function sentenceTerms(): TermSets {
  compiledTerms ??= compileTermSets(TERM_LISTS, { edge: 'letter' });
  return compiledTerms;
}
const LARGE_GROUP =
  /(?:(?<![\d.,:-])(?:[2-9]\d|[1-9]\d{2,}|[1-9]\d{0,2}(?:[,.\s]\d{3})+)(?![\d:])|dozens|hundreds|thousands|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|(?:two|three|four|five|six|seven|eight|nine|several|a few|more than a|over a) (?:hundred|thousand)|десятки|десятков|сотни|сотен|тысяч\p{L}*|(?:двадцат|тридцат|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяност)\p{L}*|(?:более|свыше|около|почти)\s+(?:\d+|двухсот|трехсот|четырехсот|пятисот|ста|сотни|тысячи))\s+(?:\p{L}+\s+){0,3}?(?:troops|soldiers|servicemen|personnel|members|refugees|civilians|people|afghans|nationals|families|villagers|residents|военнослужащ\p{L}*|военных|силовик\p{L}*|беженц\p{L}*|человек|граждан\p{L}*|солдат\p{L}*|афганц\p{L}*|сем(?:ей|ьи|ьями)|жител\p{L}*|сотрудник\p{L}*)/u;
/** Who crosses in flight: a neighbour's soldiers or refugees. */
const FLEEING_GROUP =
  /(?<![\p{L}])(?:troops|soldiers|servicemen|army|personnel|refugees|civilians|families|women and children|afghan (?:\p{L}+ )?forces|afghans|afghan nationals|военнослужащ\p{L}*|военн(?:ых|ые)|солдат\p{L}*|беженц\p{L}*|армии|сем(?:ей|ьи|ьями)|женщин\p{L}*|афганц\p{L}*)(?![\p{L}])/u;
/** Words of flight, refuge or being let in. */
const FLIGHT =
  /(?<![\p{L}])(?:fled|flee\p{L}*|retreat\p{L}*|refuge|shelter|humanitarian|allowed (?:in|to enter)|admitted|disarmed|спасаясь|отступ\p{L}*|укрыл\p{L}*|убежищ\p{L}*|разоружен\p{L}*|бежал\p{L}*|гуманитарн\p{L}*)(?![\p{L}])/u;
/** Crossers who attack: an armed group, not people in flight. */
const HOSTILE_CROSSERS =
  /(?<![\p{L}])(?:militants?|gunm[ae]n|terrorists?|smugglers?|traffickers?|intruders?|insurgents?|neutrali[sz]ed|боевик\p{L}*|террорист\p{L}*|контрабандист\p{L}*|нарушител\p{L}*|ликвидирован\p{L}*|нейтрализован\p{L}*)(?![\p{L}])/u;
const CROSSING_VERB = termCue([
  'fled',
  'flee',
  'fleeing',
  'crossed',
  'retreated',
  'entered',
  'sought refuge',
  'took refuge',
  'took shelter',
  'escaped',
  'перешл*',
  'укрыл*',
  'вошл*',
  'бежал*',
  'отступил*',
  'отступивш*',
  'переправил*',
  'пересекл*',
  'ушли',
  'enter',
  'let in',
  'пропустил*',
  'пропущен*',
  'впустил*',
]);
const FIREARMS = termCue([
  'fire',
  'fired',
  'fires',
  'firing',
  'shot',
  'shots',
  'shooting',
  'gunfire',
  'gun',
  'guns',
  'rifle',
  'rifles',
  'gunshot*',
  'gunfight*',
  'bullet*',
  'выстрел*',
  'автомат*',
  'пуля',
  'пули',
  'пулей',
  'пулев*',
  'огнестрел*',
  'огон*',
  'огн*',
  'стрел*',
  'перестрел*',
  // "военнослужащие применили оружие": weapons used, not named.
  'применил* оружие',
  'применил* огнестрельное оружие',
  // "оказали вооружённое сопротивление": fire, not named.
  'вооруженн* сопротивлени*',
  'armed resistance',
]);
/** A capitalised place name of one to three words ("Sari Gor", "Ovchi-Kalacha", "Төрт-Көчө"). */
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})`;
/**
 * Place mentions by their cue words, for villages, posts and localities the gazetteer does not know: "the
 * village of X", "X village", "the X border post", "застава «X»", "в местности X", "у села X".
 */
const PLACE_CUES: readonly RegExp[] = [
  // "in Kok-Tash, a village in Batken", "the village Surkh"
  new RegExp(
    String.raw`(?<![\p{L}])(?:in|at|near)\s+${NAME},\s+(?:a|the)\s+(?:\p{L}+\s+)?(?:village|settlement|hamlet|border\s+post|outpost)`,
    'u',
  ),
  // A sentence opening on the place: "Gulistan, a village of flat-roofed houses …", "In Ak-Sai, a village
  // counts …", "Сарвак — небольшой кишлак"
  new RegExp(
    String.raw`^(?:(?:In|At|Near|Outside)\s+)?${NAME}(?:,\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:village|settlement|hamlet|border\s+post|outpost)|\s+[—–-]\s+(?:[\p{L}-]+\s+){0,2}(?:сел[оа]|кишлак|поселок|посёлок|деревня))(?![\p{L}])`,
    'u',
  ),
  new RegExp(String.raw`(?<![\p{L}])the\s+(?:village|settlement|hamlet|outpost)\s+${NAME}`, 'u'),
  new RegExp(
    String.raw`(?<![\p{L}])(?:village|settlement|town|kishlak|hamlet|enclave|exclave|jamoat|mahalla|locality|area)\s+of\s+${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:near|in|at|outside|the)\s+(?:the\s+)?${NAME}\s+(?:village|border\s+post|post|outpost|checkpoint|crossing|bridge)`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:border\s+post|outpost|post|checkpoint)\s+(?:No\.?\s*\d+\s+)?"?${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:сел[аоеу]?|деревн[яиею]|кишлак[аеу]?|поселк[аеу]|джамоат[аеу]?|айыл[аеу]?|махалл[яеи]|местност[иь]|урочищ[еау]|населенн\p{L}*\s+пункт\p{L}*)\s+"?${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:застав\p{L}*|погранзастав\p{L}*|пограничн\p{L}*\s+пост\p{L}*|пост\p{L}*|кпп)\s+(?:№\s*\d+\s+)?"${NAME}"?`,
    'u',
  ),
  // "fled across the bridge to Tem on the Tajik side", "у Рына на таджикском берегу": the incident's side.
  new RegExp(
    String.raw`(?<![\p{L}])(?:to|in|at|near|into)\s+${NAME}\s+on\s+the\s+Tajik\s+(?:side|bank)`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:в|у|под|к)\s+${NAME}\s+на\s+таджикско(?:й|м)\s+(?:стороне|берегу)`,
    'u',
  ),
];
/** "near X", "у X": a place of unknown kind, ranked between a village and a district. */
const NEAR_CUE = new RegExp(String.raw`(?<![\p{L}])(?:near|outside|у|возле|близ|под)\s+${NAME}`, 'u');
const NEAR_RANK = 3.5;
/** Every match of `PLACE_CUES` holds one of these: a cheap test before them. */
const PLACE_CUE_WORD =
  /crossing|bridge|village|settlement|town|kishlak|hamlet|enclave|exclave|jamoat|mahalla|locality|area|post|checkpoint|tajik side|tajik bank|сел|деревн|кишлак|поселк|джамоат|айыл|махалл|местност|урочищ|пункт|застав|пост|кпп|таджикск/i;
/** Tajikistan's forces named: "Tajik border guards", "таджикские пограничники", "Пограничные войска". */
const TAJIK_FORCES =
  /(?:tajik|таджикск\p{L}*)\s+(?:border\s+|пограничн\p{L}*\s+)?(?:guards?|troops|forces|servicemen|soldiers|patrol|пограничник\p{L}*|военн\p{L}*|сил\p{L}*|наряд\p{L}*)|пограничн\p{L}* войск\p{L}*|border troops/u;
/** "did not return fire", "огонь не открывали". */
/** Mines that were fired: "мины, выпущенные с территории", "выпущенная мина", "обстреляли минами". */
const MINES_FIRED =
  /(?<![\p{L}])(?:мин(?:а|ы|у|ой|ами)?,?\s+(?:\p{L}+\s+)?(?:выпущен|запущен|прилетел|упал|разорвал)\p{L}*|(?:выпущен|запущен)\p{L}*\s+мин\p{L}*|минами)(?![\p{L}])/u;
const NO_RETURN_FIRE =
  /(?:did not|didn't|never)\s+(?:return|open)\s+fire|не\s+(?:открывал\p{L}*|отвечал\p{L}*)|огонь\s+(?:на поражение\s+)?не\s+открывал/u;
/** Tajikistan, its neighbours, and China, whose workers and embassy figure in reports from the border. */
const NEIGHBOURHOOD = new Set(['TJ', 'AF', 'KG', 'UZ', 'CN']);
/** Words before a place that make it someone's home, not the incident's place: "his home village of". */
const HOME_BEFORE =
  /(?:(?:родн\p{L}*|родом|home|native|hometown|originally|уроженц\p{L}*|уроженк\p{L}*|relatives|family|families|родственник\p{L}*|семь[яи])\s+(?:\p{L}+\s+){0,4}|(?:buried|laid to rest|похоронен\p{L}*|похоронили|похоронят)\s+(?:[\p{L}\d]+\s+){0,5})$/u;
/** A burial told after its place: "в кишлаке Гулистон Фархорского района похоронили рядового". */
const BURIED_AFTER =
  /^[\p{L}\d«»"'-]+(?:\s+[\p{L}«»"'-]+){0,5}\s+(?:похоронили|похоронен\p{L}*|простились|buried|laid\s+to\s+rest)(?![\p{L}])/u;
/** What follows a name that lies on the far side: "of Afghanistan", "Афганистана", "in Afghan Badakhshan". */
const FAR_SIDE_AFTER =
  /^[^.;]{0,50}?(?:afghanistan|афганистан|afghan\s+(?:side|bank|territory|badakhshan|province)|афганск\p{L}*\s+(?:сторон|берег|территори|провинци|бадахшан))/iu;
const FROM_BEFORE = /(?:from|из|со?\s+стороны)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/iu;

interface SentenceInfo {
  readonly sentence: Sentence;
  readonly hits: readonly TermHit[];
  readonly categories: ReadonlySet<string>;
  readonly background: string | null;
  readonly incident: boolean;
  /** Tajikistan is a party or the location (not only a reference such as "which borders Tajikistan"). */
  readonly tajik: boolean;
  /** The marker where the sentence turned to another incident (the rest was dropped), if any. */
  readonly cut: string | null;
  /** What the term scan saw of digits and date words, for the date rules. */
  readonly hints: DateHints;
  /** The days a sentence with figures names (none read for other sentences, or background ones). */
  readonly dates: readonly DateMention[];
  /** The answers `says` has given for this sentence so far. */
  readonly cues: CueAnswers;
}

/**
 * True when `cue` matches the sentence. Several rules ask the same cue of the same sentence (the type rules
 * ask `FIREARMS` of one sentence up to six times): a pattern is tested once per sentence, and the first term
 * cue asked reads every term cue in one scan; the answers are kept with the sentence.
 */
function says(info: SentenceInfo, cue: Cue): boolean {
  const { cues } = info;
  if (!(cue instanceof RegExp)) {
    cues.terms ??= sentenceTerms().matches(info.sentence.lower);
    return cues.terms[cue.list] === true;
  }
  let answer = cues.patterns.get(cue);
  if (answer === undefined) {
    answer = cue.test(info.sentence.lower);
    cues.patterns.set(cue, answer);
  }
  return answer;
}

function categoriesOf(hits: readonly TermHit[]): Set<string> {
  const out = new Set<string>();
  for (const hit of hits) if (hit.owner.kind === 'vocabulary') out.add(hit.owner.entry.category);
  return out;
}

function monthEnd(month: number, anchor: Date): Date {
  let year = anchor.getUTCFullYear();
  if (month - 1 > anchor.getUTCMonth()) year -= 1;
  return new Date(Date.UTC(year, month, 0));
}

const MONTH_INDEX: Readonly<Record<string, number>> = Object.fromEntries([
  ...EN_MONTHS.split('|').map((m, i) => [m, i + 1] as const),
  ...RU_MONTHS_PREP.split('|').map((m, i) => [m, i + 1] as const),
  ...RU_MONTHS_GEN.split('|').map((m, i) => [m, i + 1] as const),
]);

/** The start of a year written out, which a tally runs from: "с начала 2021 года". */
const YEAR_START = /с начала (?:19|20)\d\d года/u;
/** A year from 1950 to 2099; `earlierYear` checks what stands before and after it. */
const YEAR_DIGITS = /19[5-9]\d|20\d\d/g;
/** A year of birth, not of an event: "1986 года рождения", "1986 г.р.", "born in 1986", "(born 1986)". */
const BIRTH_AFTER = /^\s*(?:года?\s+рождения|г\.\s?р\.)/u;
const BIRTH_BEFORE = /(?:born(?:\s+in)?|b\.)\s*$/u;

/**
 * The first year before `year` written in the text ("in 2021"): `19[5-9]\d|20\d\d` with no digit or letter
 * before it and no digit after it, and not a year of birth (victims are often named with theirs).
 */
function earlierYear(lower: string, year: number): string | null {
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(lower); m !== null; m = YEAR_DIGITS.exec(lower)) {
    const i = m.index;
    if (
      isAsciiDigit(lower.charCodeAt(i + 4)) ||
      isAsciiDigit(lower.charCodeAt(i - 1)) ||
      isLetterBefore(lower, i)
    ) {
      YEAR_DIGITS.lastIndex = i + 1;
      continue;
    }
    const birth =
      BIRTH_AFTER.test(lower.slice(i + 4, i + 24)) || BIRTH_BEFORE.test(lower.slice(Math.max(0, i - 12), i));
    if (Number(m[0]) < year && !birth) return m[0];
  }
  return null;
}

/** Words of a combined total: cumulative with a period ("in total since November"), this incident's with it. */
const TOTAL_WORDS = new Set(['всего', 'в общей сложности', 'in total', 'altogether']);
/** The sentence's total is of the reported incident: "в результате столкновения", "in the clash". */
const OF_THIS_INCIDENT =
  /в результате (?:этого |вчерашнего )?(?:столкновения|инцидента|конфликта|боя|перестрелки|драки|нападения|обстрела)|с начала (?:противостояния|конфликта|столкновений|перестрелки|боев|боёв|обострения)|в (?:этой|этом|воскресной|субботней|пятничной|вчерашней|ночной) (?:драке|перестрелке|столкновении|инциденте|конфликте|бою)|по данным обеих сторон|с обеих сторон|in the (?:clash|fighting|incident|attack|shootout|exchange|firefight|brawl)|on both sides/u;

/**
 * A period or a series a cumulative count runs over: "с начала года", "за год", "since 2021", "this year",
 * "in cross-border infiltration attempts", "в ходе подобных инцидентов".
 */
const PERIOD =
  /(?<![\p{L}])(?:с начала|с (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|с \d{4}|за (?:этот |прошлый |минувший |текущий )?(?:год|месяц|неделю|период|последние|\d+)|в (?:этом|прошлом|минувшем|текущем|\d{4}) году|в \d{4}(?:-[хe])? годах|за вс[её] время|since|this year|last year|so far|over the (?:past|last)|in \d{4}|in (?:[\p{L}-]+ ){0,4}(?:attempts|incidents|attacks|clashes|provocations)|в (?:ходе )?(?:[\p{L}-]+ ){0,3}(?:инцидентов|нападений|столкновений|провокаций|попыток))(?![\p{L}])/u;

/**
 * "Всего ... в результате столкновения погибли четыре человека", "Всего, по данным Минздрава, пострадали
 * семеро": a total word is the incident's combined total (the codebook takes it as it is) when this incident
 * is named or the sentence gives no period a cumulative count would run over ("всего с начала года").
 */
function totalOfThisIncident(s: Sentence, hit: TermHit): boolean {
  return TOTAL_WORDS.has(hit.text) && (OF_THIS_INCIDENT.test(s.lower) || !PERIOD.test(s.lower));
}

/**
 * "Since then, sources have said …", "an engineer who has since been flown home": "since" as "after that",
 * about this incident, not a tally since a date.
 */
function sinceThen(s: Sentence, hit: TermHit): boolean {
  // "С тех пор он находится в больнице": opening the sentence, after this incident, like "Since then, …";
  // after a count or further on ("с тех пор на минах погибли более 80 человек"), a tally since an earlier time.
  // (Nor "перестрелка с тех пор не утихает": the tally is of the dead and hurt, told after it.)
  if (hit.text === 'с тех пор')
    return !/\p{L}/u.test(s.lower.slice(0, hit.start)) || !TALLY_AFTER_SINCE.test(s.lower.slice(hit.end));
  return (
    hit.text === 'since' &&
    // ("Mines have killed more than 70 people since then": a tally since an earlier time, told after its count.)
    ((s.lower.startsWith(' then', hit.end) && !/\p{L}/u.test(s.lower.slice(0, hit.start))) ||
      HAS_BEFORE.test(s.lower.slice(Math.max(0, hit.start - 6), hit.start)) ||
      THIS_EVENT_BEGAN.test(s.lower.slice(hit.end, hit.end + 50)))
  );
}
/**
 * "since the trouble began on Tuesday", "since Tuesday evening", "since yesterday": the span of this incident,
 * days long, not a tally since a date.
 */
/** The dead or hurt of a tally after "с тех пор": "погибли более 80 человек", "подорвались более 800". */
const TALLY_AFTER_SINCE = /погибл|погиб|подорвал|пострадал|ранен|убит|жертв/u;
const THIS_EVENT_BEGAN =
  /^\s+(?:the\s+(?:trouble|fighting|clash(?:es)?|conflict|dispute|violence|shooting|standoff|confrontation)\s+(?:began|started|broke\s+out|erupted|flared)|(?:last\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the\s+weekend)(?![\p{L}]))/u;
const HAS_BEFORE = /(?:^|[^\p{L}])(?:has|have|had)\s+$/u;

/**
 * "That brings the toll so far to one soldier and two gunmen dead", "three bodies have been found so far": this
 * incident's running toll, not a tally, unless the sentence names a period or a series of incidents it runs
 * over ("so far this year", "in attacks since January").
 */
function runningToll(s: Sentence, hit: TermHit): boolean {
  return hit.text === 'so far' && !PERIOD.test(`${s.lower.slice(0, hit.start)} ${s.lower.slice(hit.end)}`);
}

/**
 * "The previous evening", "днём ранее", "двумя днями ранее": a time just before, which dates this incident,
 * not an earlier one.
 */
function dayBefore(s: Sentence, hit: TermHit): boolean {
  if (hit.text === 'previous') return DAY_AFTER_PREVIOUS.test(s.lower.slice(hit.end, hit.end + 10));
  // "Тогда ножевые ранения получили трое, а в воскресенье один из них скончался": "then" of this week's
  // violence, a weekday told beside it, not of an earlier incident.
  if (hit.text === 'тогда') return WEEKDAY_RU.test(s.lower);
  if (hit.text === 'ранее')
    return (
      DAYS_BEFORE_EARLIER.test(s.lower.slice(Math.max(0, hit.start - 20), hit.start)) ||
      // "Кыргызская сторона ранее сообщала о четырёх раненых": an earlier statement on this incident (an
      // overtaken count, or the other side's, is weighed with the toll), not an earlier incident.
      STATED_AFTER_EARLIER.test(s.lower.slice(hit.end, hit.end + 20)) ||
      // "двое — граждане Таджикистана, ранее выехавшие в Афганистан": what those people did before, not an
      // earlier incident.
      PARTICIPLE_AFTER_EARLIER.test(s.lower.slice(hit.end, hit.end + 30)) ||
      // "число жертв обстрела выросло до двух: ранее погибла соседка": the toll of this incident risen, the
      // earlier of its deaths told after it.
      TOLL_RISEN_BEFORE.test(s.lower.slice(0, hit.start))
    );
  return false;
}
const TOLL_RISEN_BEFORE =
  /(?:число|количество)\s+(?:жертв|погибших|убитых|раненых|пострадавших)[^.;]{0,120}(?:выросло|возросло|увеличилось|достигло)\s+до\s+[^.;]{1,30}[:,;]\s*$/u;
const WEEKDAY_RU =
  /(?<![\p{L}])(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}])/u;
const PARTICIPLE_AFTER_EARLIER = /^\s+[а-яё]+вш(?:ий|ая|ее|ие|их|его|ему|ими?|ей)(?![\p{L}])/u;
const STATED_AFTER_EARLIER = /^\s+(?:сообщал\p{L}*|заявлял\p{L}*|говорил\p{L}*|называл\p{L}*|речь шла)/u;
const DAY_AFTER_PREVIOUS = /^\s+(?:evening|night)(?![\p{L}])/u;
const DAYS_BEFORE_EARLIER = /(?:^|[^\p{L}])(?:дн[её]м|сутками|днями|часами|часом)\s+$/u;

/** Why a sentence is background (null when it is about the reported incident). */
function backgroundReason(s: Sentence, scan: TermScan, anchor: Date | null): string | null {
  const { hits } = scan;
  let hasTajik = false;
  let other: TermHit | null = null;
  for (const hit of hits) {
    const { owner } = hit;
    if (owner.kind === 'vocabulary') {
      if (
        owner.entry.category === 'background' &&
        !totalOfThisIncident(s, hit) &&
        !sinceThen(s, hit) &&
        !dayBefore(s, hit) &&
        !runningToll(s, hit)
      )
        return `"${hit.text}"`;
    } else if (owner.kind === 'country') {
      if (owner.entry.code === 'TJ') hasTajik = true;
      else if (owner.entry.role === 'other' && other === null) other = hit;
    } else if (owner.kind === 'place' && owner.entry.country === 'TJ') hasTajik = true;
  }
  if (other && !hasTajik) return `another country (${other.text})`;
  if (!anchor) return null;
  const hasDigit = scan.digits;
  if (hasDigit) {
    const year = earlierYear(s.lower, anchor.getUTCFullYear());
    if (year) return `earlier year (${year})`;
    // A tally since the year's start, the year written out: "с начала 2021 года".
    const yearStart = YEAR_START.exec(s.lower);
    if (yearStart) return `"${yearStart[0]}"`;
  }
  if ((scan.marks & MONTH_WORD) !== 0) {
    for (const m of matchesAfterNonLetter(MONTH_ONLY, s.lower)) {
      const month = MONTH_INDEX[m[1] ?? m[2] ?? ''];
      if (!month) continue;
      const end = monthEnd(month, anchor);
      if ((anchor.getTime() - end.getTime()) / 86_400_000 > 10) return `earlier month (${m[0].trim()})`;
    }
  }
  return null;
}

/** A sentence with figures that names a day more than three weeks before publication: an earlier incident. */
function earlierDate(dates: readonly DateMention[], anchor: Date): string | null {
  const earlier = dates.find(
    (m) => !m.statement && (anchor.getTime() - Date.parse(`${m.date}T00:00:00Z`)) / 86_400_000 > 21,
  );
  return earlier ? `earlier date (${earlier.phrase})` : null;
}

/** True when Tajikistan takes part in the sentence, not when it is only a point of reference. */
function tajikInvolved(s: Sentence, hits: readonly TermHit[]): boolean {
  let references: TermHit[] | null = null;
  for (const h of hits) {
    const isTajik =
      (h.owner.kind === 'country' && h.owner.entry.code === 'TJ') ||
      (h.owner.kind === 'place' && h.owner.entry.country === 'TJ' && h.owner.entry.kind !== 'river') ||
      (h.owner.kind === 'vocabulary' &&
        h.owner.entry.category === 'border-segment' &&
        h.owner.entry.border != null);
    if (!isTajik) continue;
    references ??= hits.filter(
      (r) => r.owner.kind === 'vocabulary' && r.owner.entry.category === 'reference',
    );
    if (!references.some((r) => r.end <= h.start && h.start - r.end < 25) && !referencedBefore(s, h))
      return true;
  }
  return kyrgyzOrUzbekBorderVillage(s, hits);
}

/**
 * A Kyrgyz or Uzbek village or town on Tajikistan's border named with the border or its guards ("у села Кок-Таш
 * произошла перестрелка между пограничными нарядами двух государств"): the neighbour's side of a Tajik border
 * incident, told without naming Tajikistan.
 */
function kyrgyzOrUzbekBorderVillage(s: Sentence, hits: readonly TermHit[]): boolean {
  const neighbourPlace = (kinds: readonly string[]) =>
    hits.some(
      (h) =>
        h.owner.kind === 'place' &&
        (h.owner.entry.country === 'KG' || h.owner.entry.country === 'UZ') &&
        kinds.includes(h.owner.entry.kind) &&
        h.owner.entry.borders.length > 0,
    );
  // A village or town on the line; a district on it when the report speaks of "the neighbouring state" (how
  // the Uzbek and Kyrgyz border services name Tajikistan without naming it). (The places first: most sentences
  // name none, and the words need not be looked for.)
  const villageOrTown = neighbourPlace(['village', 'town']);
  if (!villageOrTown && !neighbourPlace(['district'])) return false;
  if (!BORDER_FORCE_WORDS.test(s.lower)) return false;
  return villageOrTown || UNNAMED_NEIGHBOUR.test(s.lower);
}
const UNNAMED_NEIGHBOUR =
  /(?<![\p{L}])(?:сопредельн\p{L}*|соседн\p{L}* (?:государств|республик)\p{L}*|neighbouring (?:state|country|republic))(?![\p{L}])/u;
/** A section of the Kyrgyz or Uzbek line not yet described by the delimitation: "на неописанном участке". */
const UNDESCRIBED_SECTION = /(?<![\p{L}])неописанн\p{L}* участк\p{L}*|undescribed (?:section|stretch|part)/u;
/** The village across the line, unnamed: "жители соседнего села". */
const NEIGHBOUR_VILLAGE = /(?<![\p{L}])соседн\p{L}* (?:сел|кишлак|населенн)\p{L}*|neighbouring village/u;
const BORDER_FORCE_WORDS =
  /(?<![\p{L}])(?:пограничн\p{L}*|погранслужб\p{L}*|погранзастав\p{L}*|застав\p{L}*|border (?:guards?|service|troops|post|patrols?|outpost))(?![\p{L}])/u;

/** "На границе с Таджикистаном", "on the border with Tajikistan": the border as a neighbour names it. */
const BORDER_WITH_TAJIKISTAN = /(?:границ\p{L}* с таджикистаном|border with tajikistan)(?![\p{L}])/u;

/**
 * The border of a report told in a neighbour's voice: an incident sentence puts the incident "on the border
 * with Tajikistan", and the title or lead names places of one neighbour only (a Kyrgyz outlet's "Бишкек",
 * "Баткен"): that neighbour's border with Tajikistan. Null otherwise.
 */
function neighbourVoiceBorder(scope: readonly SentenceInfo[], core: readonly SentenceInfo[]): Border | null {
  if (!scope.some((i) => BORDER_WITH_TAJIKISTAN.test(i.sentence.lower))) return null;
  const countries = new Set<string>();
  for (const info of core) {
    if (info.sentence.index > 2) continue;
    for (const { owner } of info.hits) {
      if (owner.kind === 'place' && owner.entry.country !== 'TJ') countries.add(owner.entry.country);
      if (owner.kind === 'country' && owner.entry.code !== 'TJ') countries.add(owner.entry.code);
    }
  }
  if (countries.size !== 1) return null;
  const [country] = countries;
  return borderWith(country ?? '');
}

/** Tajikistan's border with the neighbour of this country code, or null for any other country. */
function borderWith(country: string): Border | null {
  return country === 'AF'
    ? 'tajik-afghan'
    : country === 'KG'
      ? 'tajik-kyrgyz'
      : country === 'UZ'
        ? 'tajik-uzbek'
        : null;
}

/** Words that make the name after them a point of reference ("bordering Tajikistan"). */
const REFERENCE_BEFORE =
  /(?:(?:near|close to|along) the border with|(?:у|вблизи|близ|недалеко от|вдоль) границы с|borders?|bordering|across from|opposite|напротив|граничащ\p{L}*\s+с|граничит\s+с|(?:km|kilomet(?:re|er)s|miles)\s+(?:\p{L}+\s+)?from\s+(?:the\s+)?|км\s+от|(?:not\s+)?far\s+from\s+(?:the\s+)?|(?:не)?далеко\s+от|неподалеку\s+от|вдали\s+от)\s*$/u;

/** The 40 characters of a sentence before `at`: where a hospital or a distance before a name stands. */
function textBefore(s: Sentence, at: number): string {
  return s.lower.slice(Math.max(0, at - 40), at);
}

function referencedBefore(s: Sentence, hit: TermHit): boolean {
  const before = s.lower.slice(Math.max(0, hit.start - 30), hit.start);
  return REFERENCE_BEFORE.test(before);
}

const CLAUSE_BOUNDARY = /(?:,\s+(?:where|which|while|but|whereas)|\s+where|;)\s/gu;
const SUPERLATIVE_BEFORE =
  /(?:worst|deadliest|heaviest|largest|biggest|first|bloodiest|most\s+serious|most\s+violent)(?![\p{L}])[^.;]*$/u;

/**
 * After "days after": the victim the sentence is about, wounded earlier ("he was wounded", "being shot") or
 * dead ("a day after the 34-year-old farmer died").
 */
const SAME_VICTIM_AFTER =
  /^\s+(?:(?:(?:he|she|they)\s+(?:was|were|had\s+been)|being)\s+(?:\p{L}+ly\s+)?(?:wounded|injured|hurt|shot)|the\s+(?:[\p{L}\d-]+\s+){1,3}died)(?![\p{L}])/u;

/**
 * Where a sentence turns to another incident: a relative marker ("two days after a deadly shootout") or a
 * comparison ("the worst ... since independence"). What precedes it is still about this incident.
 */
function clauseCut(s: Sentence, hits: readonly TermHit[]): { at: number; marker: string } | null {
  for (const hit of hits) {
    if (hit.owner.kind !== 'vocabulary') continue;
    const { category } = hit.owner.entry;
    if (category === 'background:relative') {
      // "died in hospital two days after he was wounded": the same victim's wounding, this incident.
      if (SAME_VICTIM_AFTER.test(s.lower.slice(hit.end))) continue;
      return { at: hit.start, marker: hit.text };
    }
    if (
      category === 'background' &&
      hit.text === 'since' &&
      SUPERLATIVE_BEFORE.test(s.lower.slice(0, hit.start))
    ) {
      return { at: hit.start, marker: hit.text };
    }
    if (category === 'background') {
      // "… crossed into the country in an area where attacks have risen in recent weeks": the cumulative
      // marker sits in a trailing clause; the main clause before it still reports this incident.
      const before = s.lower.slice(0, hit.start);
      let boundary: RegExpExecArray | null = null;
      CLAUSE_BOUNDARY.lastIndex = 0;
      for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) boundary = m;
      if (!boundary || boundary.index === 0) return null;
      const prefixHits = hits.filter((h) => h.end <= boundary.index);
      const reportsIncident = prefixHits.some(
        (h) => h.owner.kind === 'vocabulary' && INCIDENT_CATEGORIES.has(h.owner.entry.category),
      );
      return reportsIncident ? { at: boundary.index, marker: hit.text } : null;
    }
  }
  return null;
}

function analyseSentence(sentence: Sentence, anchor: Date | null, depth = 0): SentenceInfo {
  const scan = scanTerms(sentence.lower, WORD_MARKS);
  const { hits } = scan;
  const cut = depth === 0 ? clauseCut(sentence, hits) : null;
  if (cut) {
    const text = sentence.text.slice(0, cut.at).replace(/[\s,;:-]+$/u, '');
    const prefix = analyseSentence({ ...sentence, text, lower: text.toLowerCase() }, anchor, depth + 1);
    return { ...prefix, cut: `"${cut.marker}"` };
  }
  const categories = categoriesOf(hits);
  // "несколько мин, выпущенных с территории Афганистана": mines fired are mortar bombs, not landmines.
  if (sentence.lower.includes('мин') && MINES_FIRED.test(sentence.lower)) categories.add('incident:shelling');
  // "Перестрелки не было", "no shots were fired": the fighting the sentence names did not happen.
  if (categories.has('incident:clash') && NEGATED_FIGHTING.test(sentence.lower))
    categories.delete('incident:clash');
  const hints = { digits: scan.digits, words: scan.marks };
  let background = backgroundReason(sentence, scan, anchor);
  // The days a sentence with figures names, read once: for the earlier-date rule here and for leaving out
  // figures dated before the event (`datedBefore`).
  const tollWords = [...categories].some((c) => c.startsWith('toll:'));
  const dates =
    background === null && anchor && scan.digits && (tollWords || categories.has('hospital'))
      ? findDateMentions(sentence.lower, anchor, hints)
      : [];
  if (background === null && anchor && tollWords) background = earlierDate(dates, anchor);
  // An incident word that needs no act of violence decides alone; drones and militants need one.
  let plain = false;
  let needsAction = false;
  for (const c of categories) {
    if (!INCIDENT_CATEGORIES.has(c)) continue;
    if (NEEDS_ACTION.has(c)) needsAction = true;
    else plain = true;
  }
  const incident = plain || (needsAction && VIOLENT_ACTION.test(sentence.lower));
  return {
    sentence,
    hits,
    categories,
    background,
    incident,
    tajik: tajikInvolved(sentence, hits),
    cut: null,
    hints,
    dates,
    cues: { patterns: new Map(), terms: null },
  };
}

/**
 * Drones are equipment as often as weapons ("the base received new reconnaissance drones"), and militants
 * are often only named as a threat ("to guard the frontier against militant groups"): such words make a
 * sentence an incident sentence only with an act of violence, a launch or a crossing in it.
 */
const NEEDS_ACTION = new Set(['incident:drone', 'armed-group']);
const VIOLENT_ACTION = compileTermSet(
  [
    'attack*',
    'strike*',
    'struck',
    'hit',
    'dropp*',
    'launch*',
    'flown',
    'flew',
    'explo*',
    'bomb*',
    'grenade*',
    'fired',
    'kill*',
    'wound*',
    'injur*',
    'shot down',
    'downed',
    'cross*',
    'refus*',
    'resist*',
    'neutrali*',
    'eliminat*',
    'clash*',
    'ambush*',
    'open* fire',
    'attempt*',
    'атак*',
    'удар*',
    'сброс*',
    'залет*',
    'гранат*',
    'взрыв*',
    'запущ*',
    'сбит*',
    'погиб*',
    'ранен*',
    'убит*',
    'пересе*',
    'прорв*',
    'проник*',
    'ликвидир*',
    'уничтож*',
    'нейтрализ*',
    'сопротивлени*',
    'обстрел*',
    'столкновени*',
  ],
  { literalSpaces: true },
);

/** Fighting said not to have happened. */
const NEGATED_FIGHTING =
  /(?:перестрелк\p{L}*|стрельб\p{L}*|столкновени\p{L}*|боя) не было|не было (?:ни )?(?:перестрелк|стрельб|столкновени|боя)|без (?:единого )?выстрел|обошлось без (?:стрельбы|перестрелки)|no (?:shots were fired|exchange of fire|clash(?:es)?|fighting|shooting|incidents?)|without (?:a shot|firing)|not a (?:single )?shot was fired|никаких инцидентов|инцидентов не (?:зафиксировано|было)/u;
/** A denial that anything happened: "никаких вооружённых столкновений не происходило". */
const NOTHING_HAPPENED =
  /никаких (?:вооруж[её]нных )?(?:(?:бое)?столкновений|перестрелок|обстрелов|боёв|боев)|никакого (?:обстрела|боя|нападения|столкновения|боестолкновения)|nothing (?:like this |like that |of the kind )?happened|no such (?:incident|clash|attack|shooting)|разрывов (?:снарядов )?не зафиксировано|назвал\p{L}* (?:ложью|ложн\p{L}*)|не соответству\p{L}* действительност\p{L}*|(?:reports?|information|claims?) (?:was|were|is|are) (?:untrue|false|groundless)|called the (?:reports?|claims?) "?(?:completely |absolutely |entirely )?(?:untrue|false|groundless|fake)|no shooting, no casualties|(?:did not|didn't) happen|never happened/u;

/** The dead handed over: "bodies", "тела погибших", "останки". */
const BODIES = /(?<![\p{L}])(?:bod(?:y|ies)|remains|тел[ао]?|останк\p{L}*)(?![\p{L}])/u;

/**
 * A stabbing, which the toll words may have read first ("stabbed to death", "with stab wounds"): with nothing at
 * the border in the lead, a crime.
 */
const STABBING = /(?<![\p{L}])(?:stabbed|stab wounds?|stabbing)(?![\p{L}])/u;

/**
 * A report's assurance that fighting across the border did not reach the Tajik side: "no rounds had landed on
 * their side", "their side of the river had not been affected", "nothing has come our way", "no spillover onto
 * Tajik territory", "снаряды на таджикскую территорию не падали", "никакой угрозы для таджикской территории не
 * было", "к нам ничего не долетело".
 */
const TAJIK_SIDE_UNTOUCHED =
  /(?:no|not a single) (?:rounds?|shells?|bullets?|mortar rounds?|rockets?)(?: \p{L}+){0,2} (?:had |have |has )?(?:landed|fell|fallen) (?:on|in) (?:their|our|the tajik|tajik) (?:side|territory|bank|soil)|(?:their|our|the tajik) side(?: of the (?:river|border))? (?:had |has )?not been affected|nothing (?:has |had )?(?:come|came) (?:our|their) way|no spill-?over (?:onto|into) tajik|(?:снаряды|пули|мины|ракеты) (?:на|в) таджикскую (?:территорию|сторону) не (?:падали|попадали|залетали|долетали)|угрозы для таджикской (?:территории|стороны) не было|к нам ничего не (?:долетело|прилетело|залетело)/u;

/**
 * A report placing the fighting tens of kilometres from the Tajik border, or saying the Tajik side saw nothing of
 * it: "Kunduz … lies about 50 km south of the Tajik border", "some 70 km from the frontier", "the fighting did not
 * reach the riverbank", "reported no incidents", "no such attempts have been reported", "место удара находится
 * примерно в 60 километрах от реки Пяндж", "инцидентов на границе не зафиксировано".
 */
const AWAY_FROM_BORDER =
  /(?<![\d.,])[1-9]\d+ ?(?:km|kilometres|kilometers|miles)(?: \p{L}+){0,2} (?:of|from) the (?:tajik |afghan )?(?:border|frontier|river|panj)|(?:frontier|border) lies (?:about |some )?[1-9]\d+ ?(?:km|kilometres|kilometers)|did not reach the (?:riverbank|river|border|frontier)|reported no (?:incidents|shots|fire)|(?:have|has|had) not reported any (?:incidents|shots|fire)|no (?:such )?(?:incidents|attempts|shots) (?:have|has|had) been reported|(?<![\d.,])[1-9]\d+ ?(?:км|километрах) от (?:таджикской |афганской )?(?:границы|реки|пянджа)|инцидентов (?:на (?:таджикской )?(?:границе|стороне) )?не (?:зафиксировано|зарегистрировано|было)/u;

/** A sentence that goes on with the story of the sentence before: "Days later, …", "Спустя несколько дней …". */
const CONTINUES =
  /^(?:days|weeks|a day|a week|two days|months) later\b|^later that (?:day|week|month)\b|^(?:через|спустя) (?:несколько|два|три|пару) (?:дней|дня|недель|недели)|^(?:that|those) (?:clash|clashes|incident|attack|fighting|shooting|battle)\b|^(?:тот|то|та|те|тогда) (?:инцидент|столкновени\p{L}*|нападени\p{L}*|перестрелк\p{L}*|бо[йи])/u;

/**
 * Each sentence read on its own, then one step of context: a sentence that goes on from a background
 * sentence ("… since November, when three were killed. Days later, two more were shot dead") is background
 * too.
 */
function analyse(sentences: readonly Sentence[], anchor: Date | null): SentenceInfo[] {
  const infos = sentences.map((sentence) => analyseSentence(sentence, anchor));
  for (let k = 1; k < infos.length; k++) {
    const info = infos[k] as SentenceInfo;
    const before = infos[k - 1] as SentenceInfo;
    if (!info.background && (before.background || before.cut) && says(info, CONTINUES)) {
      infos[k] = { ...info, background: 'continues the earlier incident of the sentence before' };
    }
  }
  return infos;
}

/**
 * The earlier-reported sentences count a side that the current ones do not ("Кыргызская сторона ранее сообщала
 * о четырёх раненых у себя" beside the Tajik side's own figures): not an overtaken count of the same people,
 * but the other side's, so the figures with it stand.
 */
function otherSideOnlyEarlier(current: readonly TollPart[], all: readonly TollPart[]): boolean {
  if (current.length === 0 || current.some((p) => p.side === null)) return false;
  const sides = new Set(current.map((p) => p.side));
  return all.some((p) => p.side !== null && !sides.has(p.side));
}

/** An early count the article itself says was overtaken ("had earlier reported", "ранее сообщалось"). */
const SUPERSEDED =
  /\b(?:had )?earlier (?:on \p{L}+ |this \p{L}+ |in the day )?(?:reported|said|put)|earlier (?:statement|report|figure)s? (?:had )?(?:said|reported|put)|initially (?:reported|said)|first reports? (?:said|put)|ранее (?:сообщал|говорил|заявлял|называл)|первоначально сообщал|по первоначальным данным/u;

function borderVotes(infos: readonly SentenceInfo[]): { votes: Map<Border, number>; otherPair: number } {
  const votes = new Map<Border, number>();
  let otherPair = 0;
  const add = (b: Border, w: number) => votes.set(b, (votes.get(b) ?? 0) + w);
  for (const info of infos) {
    const weight = info.sentence.isTitle ? 1.5 : info.sentence.index <= 2 ? 1.2 : 1;
    const neighbours = new Set<string>();
    for (const hit of info.hits) {
      const { owner } = hit;
      if (owner.kind === 'vocabulary' && owner.entry.category === 'border-segment') {
        if (owner.entry.border) add(owner.entry.border, 3 * weight);
        else otherPair += 3 * weight;
      } else if (owner.kind === 'country' && owner.entry.border) {
        add(owner.entry.border, weight);
        neighbours.add(owner.entry.code);
      } else if (owner.kind === 'actor' && owner.entry.country) {
        const border = borderWith(owner.entry.country);
        if (border) add(border, 0.5 * weight);
      } else if (owner.kind === 'place' && owner.entry.borders.length > 0) {
        for (const b of owner.entry.borders) add(b, weight / owner.entry.borders.length);
      }
    }
    if (!info.tajik && neighbours.size >= 2) otherPair += 2 * weight;
  }
  return { votes, otherPair };
}

/** Days before the event's first day from which a sentence's own date makes it another incident's. */
const EARLIER_INCIDENT_DAYS = 4;

/** True when every day the sentence names explicitly is days before the event's first day. */
function datedBefore(info: SentenceInfo, eventDate: string | null): boolean {
  if (eventDate === null) return false;
  const days = info.dates.filter((m) => !m.statement && /\d/.test(m.phrase)).map((m) => m.date);
  return (
    days.length > 0 && days.every((day) => dayNumber(eventDate) - dayNumber(day) >= EARLIER_INCIDENT_DAYS)
  );
}

/** How many Tajik place names the sentences hold. */
function tajikPlacesIn(infos: readonly SentenceInfo[]): number {
  return infos.reduce(
    (n, i) => n + i.hits.filter((h) => h.owner.kind === 'place' && h.owner.entry.country === 'TJ').length,
    0,
  );
}

/**
 * The border the incident's Tajik villages, posts, towns and districts lie on, when they all lie on one and
 * only one, and no "Tajik–X border" phrase names another: the incident is on the stretch it struck, whatever
 * the sentences say of where the attackers came from (the codebook). Null otherwise.
 */
function placeBorder(infos: readonly SentenceInfo[], votes: ReadonlyMap<Border, number>): Border | null {
  let only: Border | null = null;
  const segments = new Set<Border>();
  for (const info of infos) {
    for (const hit of info.hits) {
      const { owner } = hit;
      if (owner.kind === 'vocabulary' && owner.entry.category === 'border-segment' && owner.entry.border)
        segments.add(owner.entry.border);
      if (owner.kind !== 'place' || owner.entry.country !== 'TJ') continue;
      // Where the wounded were taken is not where they were hurt ("taken to hospital in Isfara").
      if (hospitalTown(info.sentence, hit)) continue;
      if (owner.entry.kind !== 'village' && owner.entry.kind !== 'town' && owner.entry.kind !== 'district')
        continue;
      if (owner.entry.borders.length !== 1) return null;
      const border = owner.entry.borders[0] as Border;
      if (only !== null && only !== border) return null;
      only = border;
    }
  }
  if (only === null || (votes.get(only) ?? 0) <= 0) return null;
  return segments.size === 0 || segments.has(only) ? only : null;
}

/**
 * The sentence names Tajikistan, a Tajik border segment or a Tajik place on a border (not an inland district:
 * "Rasht" may be an outlet's name as much as the valley's).
 */
function namesTajikBorderSide(info: SentenceInfo): boolean {
  return info.hits.some(
    ({ owner }) =>
      (owner.kind === 'country' && owner.entry.code === 'TJ') ||
      (owner.kind === 'vocabulary' &&
        owner.entry.category === 'border-segment' &&
        owner.entry.border != null) ||
      (owner.kind === 'place' && owner.entry.country === 'TJ' && owner.entry.borders.length > 0),
  );
}

/** The lead names another pair's border segment, or places and countries of two neighbours, none Tajik. */
function leadForeignPair(lead: readonly SentenceInfo[]): boolean {
  const countries = new Set<string>();
  for (const info of lead) {
    for (const { owner } of info.hits) {
      if (owner.kind === 'vocabulary' && owner.entry.category === 'border-segment' && !owner.entry.border)
        return true;
      if (owner.kind === 'country' && owner.entry.code !== 'TJ') countries.add(owner.entry.code);
      if (owner.kind === 'place' && owner.entry.country !== 'TJ') countries.add(owner.entry.country);
      if (owner.kind === 'actor' && owner.entry.country && owner.entry.country !== 'TJ')
        countries.add(owner.entry.country);
    }
  }
  return [...countries].some((a) => [...countries].some((b) => NEIGHBOURS[a]?.includes(b)));
}

/** The sentence names a border, a stretch of one or a crossing ("crossed the Panj"). */
function namesBorderOrCrossing(info: SentenceInfo): boolean {
  return (
    info.categories.has('border') ||
    info.categories.has('border-segment') ||
    info.categories.has('incident:infiltration')
  );
}

/** A sentence of six words or more: not a dateline cut off as a sentence of its own ("ХОРОГ, 3 мая."). */
function sixWordsOrMore(info: SentenceInfo): boolean {
  return info.sentence.text.split(/\s+/, 6).length >= 6;
}

/** A look back half a year or more: "год после", "полгода спустя", "через год", "a year after", "years on". */
const RETROSPECTIVE =
  /(?<![\p{L}])(?:(?:год|полгода|полтора года|(?:два|три|четыре|\d+)\s+года|(?:пять|шесть|десять|\d+)\s+лет)\s+(?:после|спустя|назад)|(?:через|спустя)\s+(?:год|полгода|(?:два|три|\d+)\s+(?:года|лет))|(?:a|one|two|three|\d+)\s+years?\s+(?:after|on|later|since)|years\s+on|(?:год|два года|три года|четыре года|(?:пять|шесть|семь|восемь|девять|десять|\d+)\s+лет)\s+(?:конфликту|событиям|трагедии|бою|нападению|войне|столкновениям|обстрелу))(?![\p{L}])/u;
const DIED_LATER = new RegExp(`(?<![\\p{L}])(?:${DIED_VERBS})(?![\\p{L}])`, 'u');
/** The border as an address: "a border town", "приграничный район". */
const BORDER_AS_ADDRESS =
  /(?<![\p{L}])(?:border|frontier)\s+(?:town|towns|district|districts|village|villages|region|regions|area|areas|city)(?![\p{L}])|(?<![\p{L}])приграничн\p{L}*/u;
/** Wars far from Tajikistan's borders that Tajik nationals are reported killed in. */
const WAR_ABROAD =
  /(?<![\p{L}])(?:syria|syrian|сири\p{L}*|iraq|ирак\p{L}*|raqqa|ракк\p{L}*|deir ez-zor|дейр-эз-зор\p{L}*|mosul|мосул\p{L}*|idlib|идлиб\p{L}*|islamic state|isis|isil|игил|даиш)(?![\p{L}])/u;

/** A market or bazaar, and a brawl: "массовая драка на рынке", "a fight between traders at the bazaar". */
const MARKET = /(?<![\p{L}])(?:рын(?:ок|к\p{L}*)|markets?|bazaars?)(?![\p{L}])/u;
const BRAWL = /(?<![\p{L}])(?:драк\p{L}*|потасовк\p{L}*|brawls?|fights?|scuffles?)(?![\p{L}])/u;

/**
 * Land neighbours among the countries the baseline knows (other than Tajikistan): two of them named in a lead
 * make another pair's border; Russian border troops and an Afghan bank ("российский пограничник погиб … с
 * афганского берега", the Panj guarded by Russia until 2005) do not.
 */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  AF: ['PK', 'IR', 'TM', 'UZ', 'CN'],
  KG: ['KZ', 'UZ', 'CN'],
  UZ: ['KZ', 'KG', 'AF', 'TM'],
  CN: ['KG', 'AF', 'PK', 'KZ', 'RU'],
  RU: ['KZ', 'CN', 'UA', 'AZ'],
  KZ: ['RU', 'CN', 'KG', 'UZ', 'TM'],
  PK: ['AF', 'IR', 'CN'],
  IR: ['AF', 'PK', 'TM', 'TR', 'IQ', 'AM', 'AZ'],
  TM: ['KZ', 'UZ', 'AF', 'IR'],
  AM: ['TR', 'AZ', 'IR'],
  AZ: ['RU', 'AM', 'IR', 'TR'],
  SY: ['TR', 'IQ'],
  IQ: ['IR', 'SY', 'TR'],
  TR: ['SY', 'IQ', 'IR', 'AM', 'AZ'],
  UA: ['RU'],
};

/** The border with the most votes (null without any); a tie is broken by `tieBreak`'s votes, when given. */
function bestBorder(
  votes: ReadonlyMap<Border, number>,
  tieBreak?: () => ReadonlyMap<Border, number>,
): Border | null {
  const top = Math.max(0, ...BORDERS.map((b) => votes.get(b) ?? 0));
  if (top === 0) return null;
  const tied = BORDERS.filter((b) => (votes.get(b) ?? 0) === top);
  if (tied.length === 1 || !tieBreak) return tied[0] ?? null;
  // Borders tied on the incident's sentences ("Шаартузский район" lies on two): the rest of the report
  // decides ("у линии таджикско-узбекской границы").
  const more = tieBreak();
  return tied.reduce((best, b) => ((more.get(b) ?? 0) > (more.get(best) ?? 0) ? b : best));
}

/** A sentence of a large group crossing: "more than 1,000 Afghan soldiers fled into Tajikistan". */
function largeGroupCrosses(info: SentenceInfo): boolean {
  return (
    (info.categories.has('incident:mass-crossing') || info.categories.has('incident:infiltration')) &&
    says(info, CROSSING_VERB) &&
    says(info, LARGE_GROUP)
  );
}

function hasTollWords(info: SentenceInfo): boolean {
  return (
    info.categories.has('toll:death') ||
    info.categories.has('toll:wound') ||
    info.categories.has('toll:none') ||
    info.categories.has('toll:state') ||
    info.categories.has('hospital') ||
    // "двое подростков подорвались на мине": the people a blast hit, dead or wounded; "трое избиты": hurt
    (info.categories.has('incident:other') &&
      (info.sentence.lower.includes('подорвались') || tellsOfBeating(info.sentence.lower))) ||
    // "Потери нападавших — не менее пяти человек": one side's dead, told without a death word
    tellsOfLosses(info.sentence.lower)
  );
}

function hasTerm(info: SentenceInfo, pattern: RegExp): boolean {
  return info.hits.some((h) => h.owner.kind === 'vocabulary' && pattern.test(h.text));
}

/** A killing by shooting without a clash: "other" unless armed men appear in the lead. */
const SHOT_DEAD = /^(?:shot dead|shot and killed|застрелен\p{L}*)$/u;

/** Fire returned is fire exchanged; who fired first is asked only of an exchange. */
const RETURNED_FIRE_WORDS = [
  'ответн* огонь',
  'ответн* огн*',
  'returned fire',
  'returning fire',
  'fired back',
  'ответили огн*',
  'пограничники ответили',
  'guards responded',
  'responded with fire',
  'returned the fire',
  'fired first',
  'opened fire first',
  'first to open fire',
  'started the shooting',
  'starting the shooting',
  'первыми открыли огонь',
  'первым открыл огонь',
  'первыми начали стрельбу',
  // Not a bare "return fire": "did not return fire" is said of shelling.
  'forced to return fire',
  'forced to return the fire',
  // "killed by return fire": fire returned, said of its dead.
  'by return fire',
  'in return fire',
  'firing first',
  'opening fire first',
  'shot first',
  'shooting first',
  'открыли огонь первыми',
  'открыл огонь первым',
  'начали стрельбу первыми',
];
const RETURNED_FIRE = termCue(RETURNED_FIRE_WORDS);

/** Crossers who shot at the guards: "выстрелил в пограничника", "открыли огонь по наряду", "fired at the patrol". */
const FIRED_AT_GUARDS =
  /(?:выстрелил\p{L}*|открыл\p{L}* огонь|стрелял\p{L}*)\s+(?:в|по)\s+(?:\p{L}+\s+)?(?:пограничн\p{L}*|военнослужащ\p{L}*|наряд\p{L}*|солдат\p{L}*)|(?:fired|shot|opened fire)\s+(?:at|on)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:guards?|patrol|soldiers?|servicem[ae]n)|вооруж\p{L}*\s+сопротивлени\p{L}*|armed resistance/u;

/** Fire traded by two sides (an exchange, not one side's shots or shells). */
const EXCHANGE = termCue([
  'exchange of fire',
  'exchanges of fire',
  'exchanged fire',
  'exchanging fire',
  'exchange fire',
  'exchange of gunfire',
  'exchanges of gunfire',
  'exchanged gunfire',
  'exchanged * fire',
  'exchanging * fire',
  'traded * fire',
  'trading * fire',
  'exchange of * fire',
  'exchanges of * fire',
  'exchanged small-arms fire',
  'обменялись * огн*',
  'traded gunfire',
  'traded fire',
  'trade fire',
  'trading fire',
  'traded shots',
  'trading shots',
  'exchanged shots',
  'exchange of shots',
  'обменялись выстрел*',
  'обменялись очеред*',
  'firefight',
  'gunfight',
  'gun battle',
  'shootout',
  'shoot-out',
  'clash',
  'clashes',
  'clashed',
  'skirmish*',
  'fighting',
  'перестрелк*',
  'столкновени*',
  'боестолкновени*',
  'обменялись огн*',
  // "вели огонь друг по другу", "fired at each other", "shooting between Kyrgyz and Tajik border troops"
  'друг по другу',
  'друг в друга',
  'at each other',
  'on each other',
  'перестреливал*',
  'shooting between',
  'стрельба между',
  'traded * fire',
  'traded * * * fire',
  ...RETURNED_FIRE_WORDS,
  'бой',
  'боя',
  'бою',
  'боев*',
]);

/** A state's forces as a party: the Taliban's count as Afghanistan's (codebook, armed-clash). */
const STATE_FORCE = termCue([
  'taliban',
  'islamic emirate',
  'afghan forces',
  'afghan border guards',
  'kyrgyz border guards',
  'kyrgyz forces',
  'kyrgyz military',
  'kyrgyz troops',
  'kyrgyz side',
  'uzbek border guards',
  'талиб*',
  'исламск* эмират*',
  'кыргызск* пограничник*',
  'киргизск* пограничник*',
  'кыргызск* военн*',
  'киргизск* военн*',
  'кыргызск* сторон*',
  'киргизск* сторон*',
  'узбекск* пограничник*',
  'афганск* пограничник*',
]);

/** A drone as the means of an attack: "struck by a drone carrying grenades", "беспилотник с гранатами". */
const DRONE_MEANS =
  /(?:by|from) a (?:drone|quadcopter|uav)|(?:drone|quadcopter|uav) (?:strike|carrying|dropped|dropping)|(?:беспилотник|дрон|квадрокоптер)\p{L}* с (?:гранат|взрывчат|боеприпас|вв)|(?:использовал\p{L}*|применил\p{L}*|с помощью) (?:ударн\p{L}* )?(?:беспилотник|дрон|квадрокоптер)|сбросил\p{L}* (?:гранат|взрывчат|боеприпас|снаряд)|с (?:беспилотника|дрона|квадрокоптера)/u;
/** Drugs by name: a load carried or seized ("изъято 48 кг гашиша", "a load of opium"). */
const DRUGS = termCue([
  'heroin',
  'hashish',
  'opium',
  'narcotics',
  'drugs',
  'героин*',
  'гашиш*',
  'опий',
  'опия',
  'опием',
  'наркотик*',
  'марихуан*',
]);
/** A sentence describing a region's trade or groups in general ("where traffickers are active"). */
const AREA_DESCRIPTION =
  /(?<![\p{L}])(?:are active|operate|operating|route|routes|corridor|hub|most (?:shootouts|clashes|incidents|attacks)|большинство|действуют|активны|маршрут\p{L}*|коридор\p{L}*|usually|typically|mostly|regularly|often|frequently|регулярно|часто|in recent years|over the (?:past|last) (?:\p{L}+ )?years|обычно|как правило|в основном|в последние (?:\p{L}+ )?(?:годы|года|лет))(?![\p{L}])/u;

/**
 * Smugglers or drugs named only to be denied or set against another reading: "he never smuggled", "никаких
 * мешков с контрабандой не было", "not a group of porters with sacks of hashish", "a militant rather than a
 * smuggling group", "указывает скорее на вооружённое формирование". The article does not call the people
 * fought smugglers there (the codebook's smuggling shootout); nor where it only guesses they may have been ("the
 * group may have been smugglers or people with personal disputes").
 */
const SMUGGLING_DOUBTED =
  /(?<![\p{L}])(?:(?:not|never|no|nor|не|никогда|никаких|нет)(?![\p{L}])(?!\s+(?:less|more|fewer|менее|более|меньше|больше|подчин|останов))[^.;:!?]{0,40}(?:smuggl|traffick|courier|contraband|hashish|heroin|opium|drugs|контрабанд|наркокурьер|наркотик|гашиш|героин|опий)|(?:may|might|could)\s+(?:have\s+)?been[^.;:!?]{0,30}(?:smuggl|traffick|courier)|возможно,?[^.;:!?]{0,30}(?:контрабанд|наркокурьер)|rather than|more than smugglers|скорее(?!\s+всего)|а не(?![\p{L}])|whether[^.;:!?]{0,40}(?:smuggl|traffick|courier)|являются ли|были ли)/u;

/**
 * The neighbour's side or both sides named: guards on the Kyrgyz or Uzbek border facing each other (not the
 * border's own name, "таджикско-узбекская граница").
 */
const NEIGHBOUR_SIDE =
  /(?<!таджикско-|tajik-)(?:kyrgyz|uzbek|кыргыз|киргиз|узбек)(?!\p{L}*-(?:таджик|tajik))|both sides|two countries|обеих сторон|двух стран|обе стороны/u;

/** An attack, raid or assault: somebody set out to strike, not guards firing on a passer-by. */
const ATTACK = termCue([
  'attack*',
  'raid*',
  'assault*',
  'ambush*',
  'stormed',
  'напад*',
  'напал*',
  'атак*',
  'налет*',
  'засад*',
  'штурм*',
]);

/** A state's armed forces, of either side, without saying which. */
const FORCES = termCue([
  'border guard*',
  'guards',
  'soldier*',
  'servicem*n',
  'troops',
  'military',
  'army',
  'пограничник*',
  'погранвойск*',
  'военнослужащ*',
  'военн*',
  'солдат*',
  'застав*',
  'пограничн* войск*',
  'пограничн* служб*',
  'ефрейтор*',
  'сержант*',
  'corporal',
  'sergeant',
]);

/** People outside any force, the victims of one side's shots in "other" incidents. */
const CIVILIAN = termCue([
  'shepherd*',
  'herder*',
  'herdsm*n',
  'civilian*',
  'villager*',
  'farmer*',
  'driver*',
  'resident*',
  'чабан*',
  'пастух*',
  'пастбищ*',
  'водител*',
  'житель',
  'жителя',
  'жителей',
  'мирн* жител*',
  'фермер*',
  'дехканин*',
]);

/** Weapons of a brawl: stones, sticks, shovels, knives. */
const MELEE =
  /(?<![\p{L}])(?:stones?|rocks?|sticks?|shovels?|knife|knives|камн\p{L}*|камен\p{L}*|палк\p{L}*|лопат\p{L}*|нож(?:ом|и|ами)?)(?![\p{L}])/u;
/** A wound by a bullet: "огнестрельное ранение", "пулевое ранение", "a gunshot wound", "shot in the leg". */
const GUNSHOT_WOUND =
  /(?<![\p{L}])(?:огнестрельн\p{L}* ранени\p{L}*|пулев\p{L}* ранени\p{L}*|от пул[ьи]|пулей|в результате обстрела|gunshot wounds?|bullet wounds?|(?:shot|hit|struck) in the|hit by a bullet)(?![\p{L}])/u;
/** Words only a war between the states takes: "armed conflict", "эскалации", "боёв", "в боях", "вооружённого конфликта". */
const WAR_WORDS = String.raw`armed conflict|military conflict|border conflict|conflict on the border|escalation|вооруж\p{L}* конфликт\p{L}*|военн\p{L}* конфликт\p{L}*|эскалаци\p{L}*|бо[её]в|бо(?:и|ях|ям|ями)`;
/** A war between the states named as such, or by weaker words: "the conflict", "fighting between", "конфликт на границе". */
const INTERSTATE_CONFLICT = new RegExp(
  String.raw`(?<![\p{L}])(?:${WAR_WORDS}|conflict|fighting between|конфликт\p{L}* на (?:границе|кыргызско|таджикско|киргизско))(?![\p{L}])`,
  'u',
);
/** A brawl that turned into a shootout between the forces ("драка переросла в стрельбу"). */
const ESCALATED = /(?<![\p{L}])(?:переросл\p{L}*|перерос|escalated|turned into|spilled over)(?![\p{L}])/u;
/** An armed group by name (not people "armed with stones"). */
const ARMED_GROUP_WORDS =
  /(?<![\p{L}])(?:gunm[ae]n|militants?|terrorists?|armed (?:men|group|gang)|боевик\p{L}*|террорист\p{L}*|вооруж\p{L}*\s+(?:групп|люд|лиц|банд)\p{L}*)(?![\p{L}])/u;

/** People held by the guards: "detained", "задержаны". */
const DETAINED =
  /(?<![\p{L}])(?:detained|arrested|apprehended|detain|задержан\p{L}*|задержал\p{L}*|задержи\p{L}*)(?![\p{L}])/u;

/**
 * True when the incident sentences tell only of a crossing and people detained: no word of violence, arms, a
 * shot, smuggling or a casualty beside the crossing.
 */
function peacefulCrossing(incidents: readonly SentenceInfo[]): boolean {
  if (incidents.length === 0) return false;
  let detained = false;
  for (const i of incidents) {
    for (const c of i.categories) {
      if (c.startsWith('incident:') && c !== 'incident:infiltration') return false;
      if (c === 'armed-group' || c.startsWith('toll:')) return false;
    }
    if (says(i, DETAINED)) detained = true;
  }
  return detained;
}

/** A ceasefire or a pulling back of forces, agreed after fighting. */
const CEASEFIRE_WORDS = String.raw`прекращени\p{L}* огня|прекратить огонь|перемири\p{L}*|отвод\p{L}* сил|развести силы|развод\p{L}* сил|ceasefire|cease-fire|truce`;
const CEASEFIRE = new RegExp(String.raw`(?<![\p{L}])(?:${CEASEFIRE_WORDS})(?![\p{L}])`, 'u');
/** Words of two sides fighting: a ceasefire, both or each side ("each side blamed the other"). */
const TWO_SIDED = new RegExp(
  String.raw`(?<![\p{L}])(?:${CEASEFIRE_WORDS}|обеих сторон|обе стороны|с обеих|каждая из сторон|both sides|either side|each side)(?![\p{L}])`,
  'u',
);

/** A post fired on: "по заставе выпущено", "застава обстреляна", "fired rockets at his post". */
const POST_FIRED_ON =
  /(?:застав\p{L}*|пост\p{L}*)\s+(?:\p{L}+\s+){0,3}обстрелян\p{L}*|обстрел\p{L}*\s+(?:\p{L}+\s+){0,2}застав\p{L}*|по застав\p{L}*|(?:fired|rockets?|mortars?|shells?)\s+(?:\p{L}+\s+){0,3}(?:at|on)\s+(?:the\s+|a\s+|his\s+|their\s+)?(?:\p{L}+\s+)?(?:post|outpost)/u;

/** Both states' forces fire on the Kyrgyz or Uzbek border: the Tajik side's and the neighbour's. */
function bothForcesFire(report: readonly SentenceInfo[]): boolean {
  // (A sentence that names both sides tells of one's fire as the other reports it: "Kyrgyz guards fired on a
  // crowd, the Tajik border troops said".)
  return (
    report.some((i) => says(i, TAJIK_FORCES) && says(i, FIREARMS) && !says(i, NEIGHBOUR_SIDE)) &&
    neighbourForcesFire(report)
  );
}

/** The neighbour's guards or troops fire on the Kyrgyz or Uzbek border. */
function neighbourForcesFire(report: readonly SentenceInfo[]): boolean {
  return report.some((i) => says(i, NEIGHBOUR_SIDE) && says(i, FORCES) && says(i, FIREARMS));
}

/**
 * The incident's type by the codebook's precedence: the first rule that the incident sentences support wins.
 * Each cue is weighed by where it stands (title 3, lead 2, body 1), so that a word in a background-like
 * aside of the body does not outweigh what the lead says happened.
 */
function decideType(
  infos: readonly SentenceInfo[],
  border: Border | null,
  victims: readonly TollPart[],
  report: readonly SentenceInfo[],
): { type: IncidentType; reason: string } {
  const weight = (i: SentenceInfo) => (i.sentence.isTitle ? 3 : i.sentence.index <= 2 ? 2 : 1);
  const score = (holds: (i: SentenceInfo) => boolean) =>
    infos.reduce((sum, i) => sum + (holds(i) ? weight(i) : 0), 0);
  const drone = score((i) => i.categories.has('incident:drone'));
  // Smugglers named in the incident's sentences, but not traffickers said to be active in the area (a
  // description of the region, not of who fought).
  // People caught carrying drugs are the codebook's drug couriers, whatever else the report calls them:
  // the load is often told in a sentence of its own ("На месте изъято 48 кг гашиша").
  // Nor smugglers named only to be denied or set against another reading.
  const namesCarriers = (i: SentenceInfo) => !says(i, AREA_DESCRIPTION) && !says(i, SMUGGLING_DOUBTED);
  const drugsCarried = report.some((i) => says(i, DRUGS) && namesCarriers(i));
  const smuggling =
    score((i) => i.categories.has('incident:smuggling') && namesCarriers(i)) + (drugsCarried ? 1 : 0);
  const armedGroup = score((i) => i.categories.has('armed-group'));
  const nonState = score((i) => i.categories.has('armed-group') || i.categories.has('incident:infiltration'));
  // A state's forces count as a party where they fire or are fired on, not where the state is only named.
  // On the Kyrgyz and Uzbek borders both sides' guards and troops are states' forces; on the Afghan border
  // the Tajik side's are, and the other side's only when named (the Taliban's).
  const interstateBorder = border === 'tajik-kyrgyz' || border === 'tajik-uzbek';
  // ... when the neighbour's side takes part: its guards, its side, or both sides are named.
  const neighbourForces = interstateBorder && infos.some((i) => says(i, NEIGHBOUR_SIDE) && says(i, FORCES));
  const stateForces = score(
    (i) =>
      (says(i, STATE_FORCE) || (neighbourForces && says(i, FORCES))) &&
      (i.categories.has('incident:clash') || i.categories.has('incident:shelling') || says(i, FIREARMS)),
  );
  // Fire returned in any sentence of the report ("our border guards responded") makes it an exchange.
  const exchange = score((i) => says(i, EXCHANGE)) || (report.some((i) => says(i, RETURNED_FIRE)) ? 1 : 0);
  const shelling = score((i) => i.categories.has('incident:shelling'));
  const clash = score((i) => i.categories.has('incident:clash'));
  const violence = infos.some(
    (i) =>
      i.categories.has('incident:clash') || i.categories.has('toll:death') || i.categories.has('toll:wound'),
  );
  const cues = `drone=${drone} smugglers=${smuggling} non-state=${nonState} state forces=${stateForces} exchange=${exchange} shelling=${shelling}`;
  const decided = (type: IncidentType, why: string) => ({ type, reason: `type ${type}: ${why} (${cues})` });

  const droneAttack = score(
    (i) =>
      i.categories.has('incident:drone') &&
      (i.categories.has('incident:clash') ||
        i.categories.has('toll:death') ||
        i.categories.has('toll:wound')),
  );
  // A drone in the lead, or a body sentence where the drone itself kills or strikes and no armed group is
  // more prominent (a recap line about an earlier drone attack is not this attack's means), or, across the
  // Afghan border, a sentence of the report saying the attack was delivered by a drone (between the
  // Kyrgyz or Uzbek and Tajik forces a drone may be one weapon of their clash).
  const droneMeans = !interstateBorder && report.some((i) => says(i, DRONE_MEANS));
  // (Two states' forces trading fire, or, between the Kyrgyz or Uzbek and Tajik forces, fire and artillery beside
  // the drones: the codebook's escalation of an interstate clash.)
  const interstateEscalation =
    stateForces >= 2 && (exchange > drone || (interstateBorder && exchange + shelling > drone));
  if ((drone >= 2 || (droneAttack > 0 && droneAttack >= nonState) || droneMeans) && !interstateEscalation)
    return decided('drone-attack', 'a drone attack');
  for (const info of infos) {
    if (
      largeGroupCrosses(info) &&
      !info.categories.has('toll:death') &&
      // Troops who cross and open fire attack; they do not flee.
      !says(info, FIREARMS)
    ) {
      return decided('mass-crossing', `a large group crossing: "${info.sentence.text.slice(0, 80)}"`);
    }
  }
  // The same told across sentences: soldiers or refugees crossing in flight in one sentence, their number in
  // another ("Afghan troops crossed … In all, 1,037 servicemen were allowed in"), and no armed group.
  const crossing = report.some((i) => says(i, CROSSING_VERB) && says(i, FLEEING_GROUP));
  if (
    crossing &&
    report.some((i) => says(i, FLIGHT)) &&
    report.some((i) => says(i, LARGE_GROUP)) &&
    !report.some((i) => says(i, HOSTILE_CROSSERS)) &&
    drone === 0
  )
    return decided('mass-crossing', 'soldiers or refugees crossing in flight, in large numbers');
  // The codebook: people the article (or the authority it quotes) calls smugglers, wherever it says so.
  // On the Kyrgyz and Uzbek borders, guards who fire on crossers they call smugglers, with no shot fired back,
  // are one side firing on people outside any force (the codebook's "other"), not a firefight.
  const firefight = () => exchange > 0 || report.some((i) => says(i, FIRED_AT_GUARDS));
  if (smuggling > 0 && violence && (!interstateBorder || firefight()))
    return decided('smuggling-shootout', 'smugglers named');
  // Stones, brawls and mines without firearms are not an armed clash.
  // (Not where a battle with an armed group is told: "вступили в бой с отрядом боевиков … удерживают
  // заложников".)
  const stonesOnly =
    infos.some((i) => i.categories.has('incident:other')) &&
    !infos.some((i) => says(i, FIREARMS)) &&
    shelling === 0 &&
    drone === 0 &&
    !(exchange > 0 && armedGroup > 0);
  if (stonesOnly) return decided('other', 'no firearms: brawl, stones or mine');
  // Villagers or herders who go at guards with stones, sticks or knives on the Kyrgyz or Uzbek border, and
  // guards who fire on them: one side firing on people outside any force (the codebook's "other"), neither
  // two states' forces fighting nor an armed group, unless fire was exchanged.
  if (
    interstateBorder &&
    exchange === 0 &&
    shelling === 0 &&
    !report.some((i) => says(i, ESCALATED)) &&
    report.some((i) => says(i, MELEE)) &&
    report.some((i) => says(i, CIVILIAN)) &&
    !report.some((i) => says(i, ARMED_GROUP_WORDS)) &&
    // (Both states' guards firing, or fired on, is the villagers' clash turned into one between forces.)
    !(report.some((i) => says(i, TAJIK_FORCES) && says(i, FIREARMS)) && neighbourForcesFire(report))
  )
    return decided('other', 'villagers with stones or knives, guards firing');
  // Forces among the victims, hurt by fire: a guard cut with a knife or hit by a stone is no sign of a firefight,
  // a guard's gunshot wound is, stones or not ("четверо жителей получили травмы, один военнослужащий —
  // огнестрельное ранение").
  const forcesShot =
    victims.some((v) => v.who === 'forces') &&
    (!report.some((i) => says(i, MELEE)) || report.some((i) => says(i, GUNSHOT_WOUND) && says(i, FORCES)));
  // People crossing the Kyrgyz or Uzbek border with cattle or sacks, whom guards fire on, named only as
  // violators or crossers: no armed group and no exchange of fire, so guards firing on people outside any
  // force (the codebook's "other"), not an infiltration.
  if (
    interstateBorder &&
    exchange === 0 &&
    shelling === 0 &&
    armedGroup === 0 &&
    nonState > 0 &&
    !forcesShot &&
    !report.some((i) => says(i, ARMED_GROUP_WORDS))
  )
    return decided('other', 'guards fired on people crossing, no armed group named');
  // Dead or wounded on both sides of the Kyrgyz or Uzbek border, forces among the victims or the shooters,
  // and no armed group: the two states' forces fought (a herder shot by guards leaves casualties on one
  // side only; a villagers' brawl has no forces in it).
  const sidesHit = new Set(victims.map((v) => v.side).filter((side) => side !== null));
  const forcesInvolved = victims.some((v) => v.who === 'forces');
  if (interstateBorder && armedGroup === 0 && sidesHit.size >= 2 && forcesInvolved)
    return decided('armed-clash', `casualties on both sides (${[...sidesHit].join(', ')})`);
  // Guards firing on a herder, a driver or a lone man crossing: one side's shots at people outside any
  // force, with no exchange and no armed group.
  if (exchange === 0 && armedGroup === 0) {
    const civilians = score((i) => says(i, CIVILIAN));
    const forces = score((i) => says(i, FORCES));
    const shotDead = infos.some((i) => hasTerm(i, SHOT_DEAD));
    // The toll says who was hit: only people outside any force, with no drone or shells.
    // (One or two people shot, not an attack: a raid or a war also kills civilians.)
    const onlyCivilianVictims =
      victims.length > 0 &&
      victims.every((v) => v.who === 'civilians' || v.who === 'people') &&
      victims.reduce((n, v) => n + v.count, 0) <= 2 &&
      !infos.some((i) => says(i, ATTACK)) &&
      drone === 0 &&
      shelling === 0;
    // (Shells landing among villagers are shelling, not guards firing on a herder.)
    // (Not the toll of a war between the states, told by its dead villagers: "в результате вооружённого
    // конфликта на таджикско-кыргызской границе погибли 19 жителей".)
    const war = interstateBorder && report.some((i) => says(i, INTERSTATE_CONFLICT));
    if (((civilians > 0 && civilians >= forces && shelling === 0) || shotDead || onlyCivilianVictims) && !war)
      return decided('other', 'one side fired on people outside any force');
  }
  // A neighbour's troops crossing and firing on the Kyrgyz or Uzbek border, no armed group named: the two
  // states' forces fought (the codebook's armed clash), however the crossing is worded.
  if (
    interstateBorder &&
    stateForces > 0 &&
    nonState > 0 &&
    infos.some((i) => says(i, FIREARMS)) &&
    !report.some((i) => says(i, HOSTILE_CROSSERS))
  )
    return decided('armed-clash', "a neighbour's forces crossing and firing");
  if (nonState >= 2 && nonState > stateForces) return decided('infiltration', 'a non-state armed group');
  // An armed group firing rockets or mortars across the river at a post: the codebook's infiltration ("fires
  // across it and attacks"), which comes before shelling; stray rounds from fighting over there stay shelling.
  if (
    border === 'tajik-afghan' &&
    armedGroup > 0 &&
    shelling > 0 &&
    report.some((i) => says(i, POST_FIRED_ON))
  )
    return decided('infiltration', 'an armed group firing across the border at a post');
  // Mortars and artillery on the Kyrgyz or Uzbek border are fired by a state's forces: an escalation of
  // their clash (the codebook's armed clash), not shelling, unless the other side is said not to have fired.
  if (
    interstateBorder &&
    shelling > 0 &&
    !infos.some((i) => says(i, NO_RETURN_FIRE)) &&
    (exchange > 0 || clash > 0 || stateForces > 0)
  )
    return decided('armed-clash', 'artillery or mortars between two states’ forces');
  if (shelling >= 2 && shelling > exchange + stateForces && !(interstateBorder && stateForces > 0))
    return decided('shelling', 'shells and rounds more than an exchange of fire');
  if (exchange === 0 && stateForces === 0 && shelling > 0)
    return decided('shelling', 'fire across the border without a ground clash');
  if (armedGroup > 0 && stateForces === 0) return decided('infiltration', 'an armed group, no second state');
  // Rounds landing from fighting across the river in which Tajikistan's forces took no part: shelling.
  if (
    border === 'tajik-afghan' &&
    shelling > 0 &&
    !infos.some((i) => says(i, TAJIK_FORCES) && says(i, FIREARMS) && !says(i, NO_RETURN_FIRE))
  )
    return decided('shelling', "fire from across the river, Tajikistan's forces not firing");
  // On the Kyrgyz or Uzbek border, one state's guards firing, with no exchange and no shot from the other
  // state's forces: guards shooting at people outside any force (the codebook's "other"), not a clash.
  if (
    interstateBorder &&
    exchange === 0 &&
    armedGroup === 0 &&
    shelling === 0 &&
    drone === 0 &&
    !forcesShot &&
    !bothForcesFire(report) &&
    !report.some((i) => says(i, TWO_SIDED) || says(i, ESCALATED) || says(i, INTERSTATE_CONFLICT))
  )
    return decided('other', "one state's guards fired, no fire from the other's forces");
  if (exchange > 0 || stateForces > 0 || clash > 0) return decided('armed-clash', 'fire between forces');
  // The toll of a war between the states, counted by a ministry or mourned at a funeral ("погибших в ходе
  // эскалации на границе с Таджикистаном", "the conflict on the border that began on April 28"): the
  // codebook's interstate armed clash, though no sentence of the report tells the fire itself.
  if (interstateBorder && armedGroup === 0 && violence && report.some((i) => says(i, INTERSTATE_CONFLICT)))
    return decided('armed-clash', 'casualties of a conflict between the states');
  if (infos.some((i) => i.categories.has('incident:other')))
    return decided('other', 'another border incident');
  return decided('other', 'no type cue');
}

/**
 * A cue's capitalised words without the known places that follow the name ("Намадгут Ишкашимского" is
 * Namadgut, of Ishkashim district).
 */
function withoutKnownTail(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1) {
    const last = (words.at(-1) ?? '').toLowerCase();
    if (!findTerms(last).some((h) => h.owner.kind === 'place' || h.owner.kind === 'country')) break;
    words.pop();
  }
  return words.join(' ');
}

/** True when the place named at `offset` is someone's home by the words before it (`HOME_BEFORE`). */
function someonesHome(info: SentenceInfo, offset: number): boolean {
  const lower = info.sentence.lower;
  return (
    HOME_BEFORE.test(lower.slice(Math.max(0, offset - 40), offset)) ||
    BURIED_AFTER.test(lower.slice(offset, offset + 60))
  );
}

/**
 * The most specific place named in the incident sentences, Tajik side and title/lead first. Where a victim
 * came from or was buried is left out, unless `homes` (when no sentence names another place); so are places
 * ranked below `minRank` (a river, the far side).
 */
function decidePlace(
  infos: readonly SentenceInfo[],
  border: Border | null,
  type: IncidentType | null,
  { homes = false, minRank = 0 } = {},
): string | null {
  // Across the Afghan border only an exchange between the two states' forces has a place on either side;
  // otherwise a place in Afghanistan is where the attackers or smugglers came from.
  const farSide = border === 'tajik-afghan' && type !== 'armed-clash' ? 'AF' : null;
  let best: { name: string; score: number } | null = null;
  for (const info of infos) {
    const lead = info.sentence.isTitle || info.sentence.index <= 2 ? 1 : 0;
    const consider = (name: string, rank: number, tajikSide: boolean, onBorder: boolean, offset: number) => {
      if (rank < minRank) return;
      // The codebook's order: the most specific place first (village or post, district, region), then the
      // title and lead, then the Tajik side.
      const score =
        rank * 100 +
        lead * 10 +
        (tajikSide ? 3 : 0) +
        (onBorder ? 2 : 0) -
        offset / 10_000 -
        info.sentence.index / 100;
      if (!best || score > best.score) best = { name, score };
    };
    for (const hit of info.hits) {
      // Capitals are where statements come from, not where border incidents happen.
      if (hit.owner.kind !== 'place' || hit.owner.entry.kind === 'capital') continue;
      const place = hit.owner.entry;
      if (!homes && someonesHome(info, hit.start)) continue;
      // Where the wounded were taken is not where they were hurt ("доставлен в областную больницу г. Хорог").
      if (hospitalTown(info.sentence, hit)) continue;
      const onBorder = border !== null && place.borders.includes(border);
      const rank = place.country === farSide ? 0 : PLACE_RANK[place.kind];
      consider(place.name, rank, place.country === 'TJ', onBorder, hit.start);
    }
    const cues = PLACE_CUE_WORD.test(info.sentence.text) ? [...PLACE_CUES, NEAR_CUE] : [NEAR_CUE];
    for (const pattern of cues) {
      const m = pattern.exec(info.sentence.text);
      if (!m?.[1]) continue;
      const name = withoutKnownTail(m[1]);
      // "в родном кишлаке Нуран похоронили": where a victim came from or was buried.
      if (!homes && someonesHome(info, m.index + m[0].indexOf(m[1]))) continue;
      // Known places come from the gazetteer; "in Tajik village" names no village; "у Исламского Эмирата"
      // names an actor.
      // (Read with the words it was cut from: "Нижнего Пянджа" is Panji Poyon, not "Нижнего" by the river.)
      const named = findTerms(
        `${m[1]} ${info.sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 30)}`.toLowerCase(),
      );
      if (
        named.some(
          (h) =>
            h.start < name.length &&
            (h.owner.kind === 'place' || h.owner.kind === 'country' || h.owner.kind === 'actor'),
        )
      )
        continue;
      // The attackers' origin across the river is not the incident's place (on the Afghan border).
      const end = m.index + m[0].length;
      const farSide =
        border === 'tajik-afghan' &&
        (FAR_SIDE_AFTER.test(info.sentence.text.slice(end)) ||
          FROM_BEFORE.test(info.sentence.text.slice(0, m.index + m[0].indexOf(name))));
      if (farSide) continue;
      consider(name, pattern === NEAR_CUE ? NEAR_RANK : PLACE_RANK.village, true, true, m.index);
    }
  }
  return (best as { name: string } | null)?.name ?? null;
}

/**
 * The incident's place: from the incident's sentences first, then Tajikistan's, then any sentence of the
 * report that sets the scene ("ехал по автодороге Максат — Жаштык в Лейлекском районе"). A district or village
 * of the title or lead is more specific than the river of the incident sentences ("four hours of fire over
 * the Panj"); a funeral report may name no place but the one where the victim, killed there, was buried.
 */
function placeOfReport(
  scope: readonly SentenceInfo[],
  core: readonly SentenceInfo[],
  border: Border | null,
  type: IncidentType | null,
): string | null {
  const specific = { minRank: PLACE_RANK.region };
  return (
    decidePlace(scope, border, type, specific) ??
    decidePlace(
      core.filter((i) => i.sentence.index <= 2),
      border,
      type,
      specific,
    ) ??
    decidePlace(scope, border, type) ??
    decidePlace(
      core.filter((i) => i.tajik),
      border,
      type,
    ) ??
    // A villager killed at home and buried there: the burial place is the incident's, before a place the
    // report's other sentences name (the province the shells came from).
    decidePlace(scope, border, type, { homes: true }) ??
    decidePlace(core, border, type)
  );
}

/**
 * A place within `place` named in the title or lead, though not in an incident sentence: "In Ak-Sai, a pump
 * house with holes" over the body's "this corner of Batken province". The gazetteer decides what lies within.
 */
function narrowedByLead(place: string | null, lead: readonly SentenceInfo[]): string | null {
  if (place === null) return null;
  for (const info of lead) {
    for (const hit of info.hits) {
      if (hit.owner.kind !== 'place') continue;
      const name = hit.owner.entry.name;
      if (name !== place && containersOf(name).includes(place)) return name;
    }
  }
  return place;
}

/** Labels of places, countries and actors: one per entry, built once. */
const ENTRY_LABELS = new WeakMap<object, string>();

/** Labels of vocabulary terms, which name the matched text: the last one built per term. */
const TERM_LABELS = new WeakMap<object, { readonly text: string; readonly label: string }>();

/**
 * `hitLabel(hit)`, without building the same label again for every hit (the same string each time, whose
 * hash the label set then has at hand).
 */
function labelOf(hit: TermHit): string {
  if (hit.owner.kind === 'vocabulary') {
    const known = TERM_LABELS.get(hit.term);
    if (known !== undefined && known.text === hit.text) return known.label;
    const built = hitLabel(hit);
    TERM_LABELS.set(hit.term, { text: hit.text, label: built });
    return built;
  }
  let label = ENTRY_LABELS.get(hit.owner.entry);
  if (label === undefined) {
    label = hitLabel(hit);
    ENTRY_LABELS.set(hit.owner.entry, label);
  }
  return label;
}

/** The first 40 distinct labels of the sentences' hits, background markers left out. */
function evidenceTerms(infos: readonly SentenceInfo[]): string[] {
  const labels = new Set<string>();
  for (const info of infos) {
    for (const hit of info.hits) {
      // Only vocabulary labels start with their category: background markers are known before the label.
      if (hit.owner.kind === 'vocabulary' && hit.owner.entry.category.startsWith('background')) continue;
      labels.add(labelOf(hit));
      if (labels.size === 40) return [...labels];
    }
  }
  return [...labels];
}

/** `{[field]: parts}` when a figure has a breakdown worth telling (more than one part, or one with a side). */
function breakdown<F extends 'killedBy' | 'woundedBy'>(
  field: F,
  parts: readonly TollPart[],
): { [K in F]?: readonly TollPart[] } {
  const telling = parts.length > 1 || parts.some((p) => p.side !== null || p.who !== 'people');
  return (telling ? { [field]: parts } : {}) as { [K in F]?: readonly TollPart[] };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * A line of page furniture rather than a sentence: a date, a time, "Updated", a view count ("3 January 2026,
 * 11:45", "2026-01-03", "Просмотров: 3 418"). Pages put one above the text; as a sentence it would push the
 * lead's sentences down and date nothing.
 */
const METADATA_LINE =
  /^(?:(?:updated|published|обновлено|опубликовано|просмотров|views)\s*:?\s*)?[\d\s.,:/-]*(?:\p{L}{3,9}\.?)?[\d\s.,:/-]*(?:utc|gmt|msk)?\s*$/iu;

/** A bulletin's table of contents: "IN THIS ISSUE:", "В этом выпуске:", "В номере:", "Contents:". */
const CONTENTS =
  /^(?:in this issue|in this edition|contents|в этом (?:выпуске|номере)|в номере|содержание)\s*:/iu;
/** An entry of a table of contents set out one per line: "1. Бой у Зигара", "2) Water talks". */
const CONTENTS_ENTRY = /^\d{1,2}\s*[.)]\s*\S/u;
const CONTENTS_ENTRY_MAX = 120;

/**
 * The text without a bulletin's table of contents: its headlines name every item, an earlier clash's among
 * them ("1. After the Vorukh clash: bus returns"), and as the lead they would make the bulletin a report of
 * it. The items themselves stay and are read as any sentences are.
 */
function withoutTableOfContents(text: string): string {
  const paragraphs = text.split('\n');
  // The first paragraph past blank lines and page furniture (a date line above the text).
  const at = paragraphs.findIndex((p) => p.trim() !== '' && !isMetadataLine(p));
  if (at < 0 || !CONTENTS.test(paragraphs[at]?.trim() ?? '')) return text;
  let end = at + 1;
  // A heading on a line of its own, the entries on the lines after it.
  if ((paragraphs[at]?.trim() ?? '').replace(CONTENTS, '').trim() === '') {
    while (
      end < paragraphs.length &&
      CONTENTS_ENTRY.test(paragraphs[end]?.trim() ?? '') &&
      (paragraphs[end]?.trim().length ?? 0) <= CONTENTS_ENTRY_MAX
    )
      end++;
  }
  return [...paragraphs.slice(0, at), ...paragraphs.slice(end)].join('\n');
}

function isMetadataLine(text: string): boolean {
  return (
    (/\d/.test(text) && METADATA_LINE.test(text.trim())) ||
    // (A header always holds "gmt" or opens on "text"/"excerpt": most sentences skip its costly pattern.)
    (MONITORING_HEADER_WORDS.test(text) && MONITORING_HEADER.test(text.trim()))
  );
}
const MONITORING_HEADER_WORDS = /gmt|^\s*(?:text|excerpt)/i;

/**
 * The text without editors' notes, paragraphs in square brackets: "[Transcript of the Border Hour programme,
 * broadcast Friday 6 May 2016. Edited for length.]", "[Segment ends]". A note's day is the broadcast's, not the
 * event's, and its words are no sentence of the report.
 */
function withoutEditorsNotes(text: string): string {
  return text.includes('[')
    ? text
        .split('\n')
        .filter((p) => !EDITORS_NOTE.test(p.trim()))
        .join('\n')
    : text;
}
const EDITORS_NOTE = /^\[[^\]]{3,200}\]$/u;

/**
 * A monitoring service's header above a broadcast it translates: the source line ("Voice of Shari'a radio,
 * Kabul, in Pashto 1530 gmt 25 Aug 99") and the note on what follows ("Text of report", "Excerpt from news
 * bulletin"). Neither is the lead.
 */
const MONITORING_HEADER =
  /^(?:[^.]{3,80},\s+in\s+(?:pashto|dari|persian|tajik|uzbek|russian|english|kyrgyz|turkmen),?\s+\d{3,4}\s+gmt\b.*|(?:text|excerpt|excerpts)\s+(?:of|from)\s+(?:a\s+|the\s+)?(?:report|news bulletin|bulletin|broadcast|commentary|interview)(?:\s+by\s+[^.]{1,60})?:?)$/iu;

/** The sentences without metadata lines, body sentences numbered again from 1. */
function withoutMetadataLines(sentences: readonly Sentence[]): Sentence[] {
  let index = 0;
  const kept: Sentence[] = [];
  for (const sentence of sentences) {
    if (!sentence.isTitle && isMetadataLine(sentence.text)) continue;
    kept.push(sentence.isTitle ? sentence : { ...sentence, index: ++index });
  }
  return kept;
}

/** The Afghan border named from this side: "на границе с Афганистаном", "the frontier with Afghanistan". */
const AFGHAN_BORDER =
  /(?:границ\p{L}* с афганистаном|афганск\p{L}* (?:границ|участк|берег|сторон|территори)\p{L}*|(?:из|с территории) афганистана|(?:border|frontier) with afghanistan|afghan (?:border|frontier|bank|side|territory)|from afghanistan)/u;
/** A border force speaking of its troops and posts: "пресс-центр пограничных войск", "пограничной заставы". */
const OWN_BORDER_TROOPS = /пограничн\p{L}* (?:войск|застав)|border troops|frontier post/u;
/** Afghanistan's other neighbours, whose reports of its border are not Tajikistan's. */
const OTHER_AFGHAN_NEIGHBOUR =
  /(?<![\p{L}])(?:узбек|uzbek|туркмен|turkmen|пакистан|pakistan|иран|iran|кита|china|chinese)/u;

/** The Panj, the river that is the Tajik–Afghan border and no other (the Amu Darya below it is Uzbekistan's too). */
function isPanjRiver(h: TermHit): boolean {
  return h.owner.kind === 'place' && h.owner.entry.kind === 'river' && h.owner.entry.name === 'Panj';
}

/**
 * A report of the Afghan border (or of the Panj) by the State Committee for National Security (the GKNB), naming none of
 * Afghanistan's other neighbours: Tajikistan's border, though the report never names Tajikistan (the other
 * GKNB, Kyrgyzstan's, has no Afghan border).
 */
function gknbOnAfghanBorder(core: readonly SentenceInfo[]): boolean {
  const panj = core.some((i) => i.hits.some(isPanjRiver));
  return (
    (panj || core.some((i) => says(i, AFGHAN_BORDER))) &&
    core.some(
      (i) =>
        i.hits.some(
          (h) => h.owner.kind === 'actor' && h.owner.entry.name === 'State Committee for National Security',
        ) ||
        // (Or, on the Panj, its border troops and their posts without the committee's name: "пресс-центр
        // пограничных войск", "на участке пограничной заставы «Рузвай»".)
        (panj && says(i, OWN_BORDER_TROOPS)),
    ) &&
    !core.some((i) => says(i, OTHER_AFGHAN_NEIGHBOUR)) &&
    // (A report that names Tajikistan and places none of its incident sentences there is about the far bank.)
    !core.some((i) => i.hits.some((h) => h.owner.kind === 'country' && h.owner.entry.code === 'TJ'))
  );
}

/**
 * A Kyrgyz or Uzbek service's report from its own district on Tajikistan's border that names Tajikistan only as
 * "the neighbouring state", in sentences of its own: "…на государственной границе в Сариасийском районе. … с
 * территории соседнего государства …". The lead names the district, its guards and the unnamed neighbour.
 */
function neighbourPostOnTajikBorder(core: readonly SentenceInfo[]): boolean {
  const lead = core.filter((i) => i.sentence.index <= 3);
  const place = lead.some((i) =>
    i.hits.some(
      (h) =>
        h.owner.kind === 'place' &&
        (h.owner.entry.country === 'KG' || h.owner.entry.country === 'UZ') &&
        h.owner.entry.kind !== 'region' &&
        h.owner.entry.borders.length > 0,
    ),
  );
  const leadSays = (pattern: RegExp) => lead.some((i) => says(i, pattern));
  // (Or a section of the line not yet described, which is the border itself, and the neighbour's village:
  // "на неописанном участке … жители соседнего села начали углублять русло".)
  return (
    place &&
    ((leadSays(UNNAMED_NEIGHBOUR) && leadSays(BORDER_FORCE_WORDS)) ||
      (leadSays(UNDESCRIBED_SECTION) && (leadSays(UNNAMED_NEIGHBOUR) || leadSays(NEIGHBOUR_VILLAGE))))
  );
}

/** Assesses one article. Pure: the same input always gives the same assessment. */
export function classifyArticle(input: ClassifyInput): Assessment {
  const items = bulletinItems(input.text ?? '');
  if (items.length === 0) return classifyReport(input);
  // A bulletin of numbered items (a weekly digest, a risk newsletter) is several reports under one title: each
  // item is read on its own, under its own first sentence, so that one item's place, toll and date never mix
  // with another's. The bulletin reports the item that reads most like a Tajik border incident, if any does.
  const assessed = items.map((item) =>
    classifyReport({ ...input, title: item.heading, text: item.body }, true),
  );
  let best = 0;
  for (let k = 1; k < assessed.length; k++) {
    if ((assessed[k] as Assessment).score > (assessed[best] as Assessment).score) best = k;
  }
  const chosen = assessed[best] as Assessment;
  const note = `bulletin of ${items.length} items, read one by one; item ${best + 1}: "${items[best]?.heading.slice(0, 80)}"`;
  return { ...chosen, evidence: { ...chosen.evidence, reasons: [note, ...chosen.evidence.reasons] } };
}

/** One item of a bulletin: its first sentence and the rest of its paragraphs. */
interface BulletinItem {
  readonly heading: string;
  readonly body: string;
}

/** A paragraph that opens a bulletin's numbered item: "1. TAJIKISTAN – Farkhor firefight. …", "2) Учения. …". */
const NUMBERED_ITEM = /^\s*(\d{1,2})\s*[.)]\s+(?=\S)/u;
/** The end of an item's first sentence. */
const FIRST_SENTENCE_END = /[.!?](?=\s+\S)/u;

/**
 * The items of a bulletin that numbers three or more of its paragraphs 1, 2, 3, …, or none. A paragraph without
 * a number goes on with the item before it, except after the last item: there it is the bulletin's outlook or
 * sign-off. The masthead before the first item and the closing after the last are the bulletin's own and are
 * not read as any item's.
 */
function bulletinItems(text: string): BulletinItem[] {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const items: string[][] = [];
  for (const paragraph of paragraphs) {
    const number = NUMBERED_ITEM.exec(paragraph);
    if (number && Number(number[1]) === items.length + 1) items.push([paragraph.slice(number[0].length)]);
    else if (items.length > 0 && !number) items[items.length - 1]?.push(paragraph);
  }
  if (items.length < 3) return [];
  // The last item keeps its own paragraph only: what comes after it is the bulletin's closing.
  const last = items[items.length - 1] as string[];
  last.splice(1);
  return items.map((paragraphs) => {
    const first = paragraphs[0] as string;
    const end = FIRST_SENTENCE_END.exec(first);
    const heading = end ? first.slice(0, end.index + 1) : first;
    const rest = end ? first.slice(end.index + 1).trim() : '';
    return { heading, body: [rest, ...paragraphs.slice(1)].filter((p) => p !== '').join('\n') };
  });
}

function classifyReport(input: ClassifyInput, bulletinItem = false): Assessment {
  const anchor = publicationDay(input.published);
  const sentences = withoutMetadataLines(
    splitSentences(
      normaliseText(input.title ?? ''),
      withoutTableOfContents(withoutEditorsNotes(normaliseText(input.text ?? ''))),
    ),
  );
  const infos = analyse(sentences, anchor);
  const reasons: string[] = [];

  const core = infos.filter((i) => !i.background);
  const incidentInfos = core.filter((i) => i.incident);
  const bodyIncidents = incidentInfos.filter((i) => !i.sentence.isTitle);
  // A report told from Tajikistan names the country once, in its title or lead, and then goes on about
  // "the border guards" and "the post": its incident sentences are Tajikistan's too.
  // (So does one told from a Kyrgyz or Uzbek post, whose lead names its village on the line and its guards.)
  const leadNamesSide = (i: SentenceInfo) =>
    i.sentence.index <= 2 &&
    i.tajik &&
    (namesTajikBorderSide(i) || kyrgyzOrUzbekBorderVillage(i.sentence, i.hits));
  const leadTajik = core.some(leadNamesSide);
  const neighbourLead =
    leadTajik && !core.some((i) => i.sentence.index <= 2 && i.tajik && namesTajikBorderSide(i));
  const gknbAfghan = !leadTajik && incidentInfos.some((i) => !i.tajik) && gknbOnAfghanBorder(core);
  const unnamedNeighbour = !leadTajik && !gknbAfghan && neighbourPostOnTajikBorder(core);
  const tajikIncidents = incidentInfos.filter((i) => i.tajik || leadTajik || gknbAfghan || unnamedNeighbour);
  for (const i of infos) {
    if (i.cut) reasons.push(`clause about another incident dropped at ${i.cut}`);
    if (i.background && i.incident)
      reasons.push(`background excluded (${i.background}): "${i.sentence.text.slice(0, 90)}"`);
  }

  const title = infos[0];
  // The lead's first sentence, not a dateline cut off as a sentence of its own ("ХОРОГ."); a sentence that
  // turned to another incident is still the lead, though only its opening words are kept.
  const leadSentence = infos.find((i) => !i.sentence.isTitle && (i.cut !== null || sixWordsOrMore(i)));
  const firstBody = leadSentence ? [leadSentence] : [];
  // A title listing a bulletin's items ("Digest: ceasefire holds; trade talks; Kazakh drill") is a table of
  // contents: the other items' contexts say nothing of the incident's.
  const listTitle = title !== undefined && title.sentence.text.split(';').length >= 3;
  const contextScope = [...(title && !listTitle ? [title] : []), ...firstBody];
  const titleIncident =
    title !== undefined && !title.background && title.incident && bodyIncidents.some((i) => i.tajik);
  const leadIncident = bodyIncidents.some((i) => i.sentence.index <= 2);

  // The incident's own sentences: title and body sentences with incident vocabulary, not background.
  const scope = tajikIncidents.length > 0 ? incidentInfos : [];
  const { votes, otherPair } = borderVotes(scope.length ? scope : core.filter((i) => i.sentence.index <= 2));
  // The incident's sentences name no Tajik place: the report's other sentences may correct the border they
  // voted for ("the post stands right on the Uzbek border, in Rudaki district"), never make one of none.
  const voted = bestBorder(votes, () => borderVotes(core).votes);
  // A report told from a border district names it once in its lead ("Страшная трагедия в районе Пяндж!") and
  // then tells of a drone or shells coming over without a place: the lead's border, when the incident's
  // sentences vote for none (fighting, seizures or floods in a border district need a border of their own).
  const overTheBorder = scope.some(
    (i) => i.categories.has('incident:drone') || i.categories.has('incident:shelling'),
  );
  const leadBorder = () =>
    bestBorder(
      borderVotes(core.filter((i) => i.sentence.index <= 2 && (namesTajikBorderSide(i) || leadNamesSide(i))))
        .votes,
    );
  const border =
    placeBorder(scope, votes) ??
    (voted !== null && tajikPlacesIn(scope) === 0 ? placeBorder(core, borderVotes(core).votes) : null) ??
    voted ??
    (leadTajik && (overTheBorder || neighbourLead) ? leadBorder() : null) ??
    neighbourVoiceBorder(scope, core);
  // Without Tajikistan in any incident sentence the article cannot be relevant: skip reading tolls and dates.
  const involved = tajikIncidents.length > 0;
  // Incident sentences date the event first; other sentences of the report may date it ("the incident
  // happened the day before").
  const date = involved
    ? (() => {
        const dating = [...incidentInfos, ...core.filter((i) => !i.incident)];
        return resolveEventDateFrom(
          anchor,
          dating.map((i) => i.sentence.lower),
          dating.map((i) => i.hints),
          incidentInfos.length,
          incidentInfos.filter((i) => i.sentence.index <= 2).length,
        );
      })()
    : { date: null, phrase: null };
  // A sentence dated days before the event's first day tells of an earlier incident ("On May 8, mortar
  // fire … wounded three"): its figures are not this incident's.
  const withTolls = involved
    ? core.filter((i) => !i.sentence.isTitle && hasTollWords(i) && !datedBefore(i, date.date))
    : [];
  // An early count the article says was overtaken counts only when no other sentence gives one (the codebook: the
  // latest of two figures for the same people), kind by kind: "по первоначальным данным, двое ранены" stands
  // when no other sentence gives a wounded figure.
  const current = withTolls.filter((i) => !says(i, SUPERSEDED));
  const read = (infos: readonly SentenceInfo[]) =>
    extractTolls(
      infos.map((i) => i.sentence.text),
      infos.map((i) => i.sentence.lower),
    );
  const latest = read(current.length > 0 ? current : withTolls);
  const overtaken = current.length < withTolls.length ? read(withTolls) : latest;
  const titleTolls =
    involved && title && !title.background && hasTollWords(title)
      ? extractTolls([title.sentence.text], [title.sentence.lower])
      : null;
  // An overtaken count stands in only where neither the current sentences nor the title give one.
  const onlyOvertaken = (kind: 'killed' | 'wounded') =>
    latest[kind] === null && (titleTolls?.[kind] ?? null) === null && (overtaken[kind] ?? 0) > 0;
  const tolls = {
    ...latest,
    // (An early "no casualties" the article says was overtaken is not taken back.)
    ...(onlyOvertaken('killed') || otherSideOnlyEarlier(latest.killedBy, overtaken.killedBy)
      ? { killed: overtaken.killed, killedBy: overtaken.killedBy, killedSentence: overtaken.killedSentence }
      : {}),
    ...(onlyOvertaken('wounded') || otherSideOnlyEarlier(latest.woundedBy, overtaken.woundedBy)
      ? {
          wounded: overtaken.wounded,
          woundedBy: overtaken.woundedBy,
          woundedSentence: overtaken.woundedSentence,
        }
      : {}),
  };
  const killed = tolls.killed ?? titleTolls?.killed ?? null;
  const wounded = tolls.wounded ?? titleTolls?.wounded ?? null;
  const massCrossing = incidentInfos.some((i) => i.tajik && largeGroupCrosses(i));
  const hasToll = killed !== null || wounded !== null;
  const borderWord = core.some(
    (i) =>
      namesBorderOrCrossing(i) ||
      i.hits.some(
        (h) => h.owner.kind === 'place' && h.owner.entry.borders.length > 0 && h.owner.entry.country === 'TJ',
      ),
  );
  const specific = hasToll || titleIncident || (leadIncident && date.phrase !== null) || massCrossing;

  let z = -2.2;
  const tajik = tajikIncidents.length > 0;
  z += tajik ? 1.4 : -4;
  if (!tajik) reasons.push('Tajikistan is not a party to or the place of any incident sentence');
  z += border ? 0.8 : -0.5;
  z += borderWord ? 0.8 : 0;
  z += titleIncident ? 1.3 : 0;
  z += leadIncident ? 1.0 : 0;
  z += Math.min(tajikIncidents.length, 4) * 0.25;
  z += hasToll ? 0.8 : 0;
  z += date.phrase ? 0.6 : 0;
  if (!specific) {
    // A bulletin's item is a few lines under a rubric: one that tells of no specific incident is the
    // bulletin's other news (trade across the border, talks, a look back), however its words read.
    z -= bulletinItem ? 5 : 2;
    reasons.push('no specific incident: no toll, no incident in the title, no dated incident in the lead');
  }
  let contextPenalty = 0;
  // Someone killed or hurt ("nobody was hurt" is a toll of 0, not violence).
  const casualties = (killed ?? 0) + (wounded ?? 0) > 0;
  // People detained after crossing, with no violence told ("Uzbek guards detained 12 Tajik citizens who crossed
  // illegally"): border news without an incident, unless many crossed together (a mass crossing).
  if (!hasToll && !massCrossing && peacefulCrossing(incidentInfos)) {
    contextPenalty += 7;
    reasons.push('people detained after crossing, no violence told');
  }
  // A funeral, a court or a body handed over days after violence the title or lead dates by looking back to
  // it ("after last Wednesday's incursion", "shot dead last Tuesday", "скончался пограничник, раненный в
  // субботу"): a follow-up that joins its incident, not a memorial of an old one.
  const followUp = contextScope.some((i) => says(i, RECENT_VIOLENCE) || says(i, DIED_LATER));
  const freshAnalysis =
    contextScope.some((i) => says(i, RECENT_VIOLENCE)) &&
    !(title && EXPLAINER_TITLE.test(title.sentence.lower));
  for (const c of HARD_CONTEXTS) {
    if (followUp && FOLLOW_UP_CONTEXTS.has(c)) continue;
    // "ANALYSIS — Friday's firefight near the Nizhny Panj post …": an analysis centred on an incident of days
    // ago, which its title or lead names by its day (not an explainer: "Why the border heated up").
    if (c === 'context:analysis' && freshAnalysis) continue;
    // ("Нарушители потеряли пятерых: троих убитыми, двое утонули": people drowned fleeing the guards, told
    // beside the violence, are its dead, not an accident's.)
    // (Nor are bodies handed over aid: "Bodies of three Khwahan men handed back by Tajikistan" is a
    // follow-up of the men's deaths.)
    const found = contextScope.find(
      (i) =>
        i.categories.has(c) &&
        !(c === 'context:accident' && drownedInViolence(i)) &&
        !(c === 'context:aid' && says(i, BODIES)),
    );
    if (found) {
      contextPenalty += 7;
      reasons.push(`${c.slice(8)} context in ${found.sentence.isTitle ? 'title' : 'lead'}`);
    }
  }
  // A question for a headline with no incident in it ("Is the frontier entering a new phase?") and no dated
  // incident in the lead: analysis.
  if (
    title &&
    !title.incident &&
    title.sentence.text.endsWith('?') &&
    !(leadIncident && date.phrase !== null)
  ) {
    contextPenalty += 7;
    reasons.push('analysis context in title (a question)');
  }
  // A headline of a trend, not an event: "why the frontier keeps exploding", "a year in three shootouts", "what
  // the flare-up says about the ceasefire", "чем грозит Таджикистану 2015 год", "новая угроза для границы".
  if (title && TREND_TITLE.test(title.sentence.lower)) {
    contextPenalty += 7;
    reasons.push('analysis context in title (a trend)');
  }
  if (!titleIncident) {
    for (const c of SOFT_CONTEXTS) {
      // ("Стороны договорились о прекращении огня у Ак-Сая": the talks are of a ceasefire after fighting.)
      if (c === 'context:diplomacy' && title && CEASEFIRE.test(title.sentence.lower)) continue;
      if (!listTitle && title?.categories.has(c)) {
        contextPenalty += 2.5;
        reasons.push(`${c.slice(8)} context in title`);
      }
    }
  }
  // Ordinary crime (a stabbing at a wedding, a quarrel at a market) told in a title and lead that name no
  // border, border force, infiltration or other country: a crime in a border town, not a border incident.
  // (A brawl at a market, between traders, is such a crime too.)
  // (Shots at a wedding that killed or wounded guests are such a crime too.)
  const crime = contextScope.find(
    (i) =>
      i.categories.has('context:crime') ||
      (says(i, MARKET) && says(i, BRAWL)) ||
      says(i, STABBING) ||
      (i.categories.has('context:celebration') && casualties),
  );
  const leadNamesBorderOrParty = contextScope.some(
    (i) =>
      i.categories.has('incident:infiltration') ||
      i.hits.some(
        (h) =>
          (h.owner.kind === 'vocabulary' &&
            (h.owner.entry.category === 'border' || h.owner.entry.category === 'border-segment') &&
            !BORDER_AREA.test(i.sentence.lower.slice(h.start, h.end + 12)) &&
            // ("a few hundred metres from the Uzbek border", "suspects detained near the border": where, not who)
            !DISTANCE_BEFORE.test(textBefore(i.sentence, h.start)) &&
            !NEAR_BEFORE.test(textBefore(i.sentence, h.start))) ||
          h.owner.kind === 'actor' ||
          (h.owner.kind === 'country' &&
            h.owner.entry.code !== 'TJ' &&
            !DISTANCE_BEFORE.test(textBefore(i.sentence, h.start)) &&
            !NEAR_BEFORE.test(textBefore(i.sentence, h.start))),
      ),
  );
  if (crime && !leadNamesBorderOrParty) {
    contextPenalty += 7;
    reasons.push(`crime context in ${crime.sentence.isTitle ? 'title' : 'lead'}, with no border in the lead`);
  }
  // A title that looks back half a year or more ("Год после стрельбы у Ак-Сая", "Полгода после январских
  // событий", "A year on from the Vorukh clash"): a retrospective, however it retells the event.
  // (Someone dying of wounds a month on is news of the event: "Kyrgyz guard dies a month after the clash".)
  if (title && says(title, RETROSPECTIVE) && !says(title, DIED_LATER)) {
    contextPenalty += 7;
    reasons.push('retrospective context in title (half a year or more after)');
  }
  // Tajik nationals killed fighting in Syria or Iraq, their families at home in a border district: war
  // abroad, unless the lead also puts something at the border ("fighters back from Syria crossed the Panj").
  // (A "border town" is an address, not something at the border.)
  const atTheBorder = (i: SentenceInfo) =>
    i.categories.has('incident:infiltration') ||
    (namesBorderOrCrossing(i) && !BORDER_AS_ADDRESS.test(i.sentence.lower));
  const warAbroad = contextScope.some(atTheBorder)
    ? undefined
    : contextScope.find((i) => says(i, WAR_ABROAD));
  if (warAbroad) {
    contextPenalty += 7;
    reasons.push(`war abroad in ${warAbroad.sentence.isTitle ? 'title' : 'lead'}, nothing at the border`);
  }
  // Deaths or injuries the report puts down to an accident, a disaster or an illness anywhere in it (not only
  // in its title or lead), with no act of violence told anywhere (no fire, shells, drone, crossing or armed
  // men): a lorry off a mountain road, a gas blast in a café, a soldier dead of meningitis at his post.
  const violent = (i: SentenceInfo) =>
    i.categories.has('armed-group') ||
    [...i.categories].some((c) => c.startsWith('incident:') && c !== 'incident:generic') ||
    says(i, FIREARMS);
  const mishap = core.find(
    (i) => i.categories.has('context:accident') || i.categories.has('context:disaster'),
  );
  if (mishap && !contextScope.includes(mishap) && casualties && !core.some(violent)) {
    contextPenalty += 7;
    reasons.push('casualties of an accident or illness, no act of violence told');
  }
  // Rumours of a clash with no toll and no crossing, or a denial of reports of one by a report that also says
  // there was no fighting at all: nothing happened (or nothing is known).
  const rumour = contextScope.find((i) => i.categories.has('context:rumour'));
  const denial = contextScope.find((i) => i.categories.has('context:denial'));
  if (rumour && !casualties && !massCrossing) {
    contextPenalty += 7;
    reasons.push(`rumour context in ${rumour.sentence.isTitle ? 'title' : 'lead'}, with no toll`);
  } else if ((denial || rumour) && core.some((i) => says(i, NEGATED_FIGHTING) || says(i, NOTHING_HAPPENED))) {
    // (Any toll here is the rumour's: "сообщения о шести убитых", "слухи о бое, в котором будто бы погибли трое".)
    contextPenalty += 7;
    const said = (denial ?? rumour) as SentenceInfo;
    reasons.push(`denial in ${said.sentence.isTitle ? 'title' : 'lead'} that there was any fighting`);
  }
  // Shots at a wedding or a holiday's fireworks, taken for a clash, with nobody hurt: nothing happened.
  const celebration = contextScope.find((i) => i.categories.has('context:celebration'));
  if (celebration && !casualties && !massCrossing) {
    contextPenalty += 7;
    reasons.push(`celebration context in ${celebration.sentence.isTitle ? 'title' : 'lead'}, with no toll`);
  }
  // Fighting on the far bank (Taliban and Afghan forces battling in a district across the Panj) that the report
  // places tens of kilometres from the border or says never reached the Tajik side ("no rounds had landed on
  // their side", "к нам ничего не долетело"), with no Tajik casualty: news from Afghanistan heard across the
  // river, not an incident on the border.
  const untouched = infos.find((i) => says(i, TAJIK_SIDE_UNTOUCHED) || says(i, AWAY_FROM_BORDER));
  const tajikCasualty = [...tolls.killedBy, ...tolls.woundedBy].some((g) => g.side === 'TJ' && g.count > 0);
  if (untouched && !tajikCasualty) {
    contextPenalty += 7;
    reasons.push(
      `fighting away from the Tajik border or not reaching its side: "${untouched.sentence.text.slice(0, 90)}"`,
    );
  }
  // A seizure without a casualty is still a seizure.
  const seizure = contextScope.some((i) => i.categories.has('context:seizure'));
  if (
    seizure &&
    !casualties &&
    !massCrossing &&
    !incidentInfos.some((i) => i.categories.has('incident:clash'))
  ) {
    // Drugs named make it a drug seizure, not troops "seizing" posts.
    contextPenalty += contextScope.some((i) => says(i, DRUGS)) ? 5 : 3;
    reasons.push('drug seizure without violence');
  }
  z -= Math.min(contextPenalty, 10);
  const borderVote = border ? (votes.get(border) ?? 0) : 0;
  // The title and first sentence say where the incident is: on another pair's border ("on the
  // Uzbek-Afghan border", an Uzbek enclave and a Kyrgyz village) with no word of Tajikistan there, the
  // article is about that border, whatever Tajik places it mentions further down.
  // (A dateline cut off as a sentence of its own, "ТЕРМЕЗ, 19 июня.", is not the first sentence.)
  const firstSentence = infos.find((i) => !i.sentence.isTitle && sixWordsOrMore(i));
  const leadInfos = infos.filter((i) => i.sentence.isTitle || i === firstSentence);
  if (!leadInfos.some((i) => i.tajik && namesTajikBorderSide(i)) && leadForeignPair(leadInfos)) {
    z -= 8;
    reasons.push("the lead puts the incident on another country pair's border");
  }
  if (otherPair > borderVote) {
    z -= 3;
    reasons.push("the incident is on another country pair's border");
  }
  // The title and lead name a country beyond Tajikistan's neighbours and no Tajik place, no border: news
  // abroad (an attack in Moscow by Tajik nationals), not a border incident.
  const leadHits = leadInfos.flatMap((i) => i.hits);
  const abroad = leadHits.find((h) => h.owner.kind === 'country' && !NEIGHBOURHOOD.has(h.owner.entry.code));
  const leadAtBorder = leadInfos.some(
    (i) =>
      i.categories.has('border') ||
      i.categories.has('border-segment') ||
      i.hits.some((h) => h.owner.kind === 'place' && h.owner.entry.country === 'TJ'),
  );
  if (abroad && !leadAtBorder) {
    z -= 4;
    reasons.push(`the lead is about news abroad (${abroad.text}), with no Tajik place or border in it`);
  }
  // The title and lead put the incident at a neighbour's place far from any Tajik border (Andarab in
  // Baghlan, Panjshir, Sokh): violence inside that country.
  const inland = leadHits.find(
    (h) =>
      h.owner.kind === 'place' &&
      h.owner.entry.country !== 'TJ' &&
      h.owner.entry.kind !== 'capital' &&
      h.owner.entry.borders.length === 0,
  );
  if (inland && !abroad && !leadAtBorder) {
    z -= 6;
    reasons.push(`the lead puts the incident inside a neighbour (${inland.text}), off the Tajik border`);
  }
  // The title and lead put the incident in a Tajik town or district off the border (a police shootout in
  // Kulob, a car ramming cyclists in Danghara) and name no border, border force, crossing or other country:
  // Tajik news, not a border incident. (Dushanbe, where agencies speak, places nothing.)
  const tajikPlaces = leadHits.filter(
    (h) => h.owner.kind === 'place' && h.owner.entry.country === 'TJ' && h.owner.entry.kind !== 'region',
  );
  const tajikInland = tajikPlaces.find(
    (h) =>
      h.owner.kind === 'place' &&
      h.owner.entry.borders.length === 0 &&
      h.owner.entry.name !== SEAT_OF_GOVERNMENT,
  );
  const tajikBorderPlace = tajikPlaces.some(
    (h) => h.owner.kind === 'place' && h.owner.entry.borders.length > 0,
  );
  if (tajikInland && !tajikBorderPlace && !leadNamesBorderOrParty) {
    z -= 6;
    reasons.push(`the lead puts the incident in Tajikistan off the border (${tajikInland.text})`);
  }
  const score = Math.round(sigmoid(z) * 1000) / 1000;
  const relevant = score >= RELEVANCE_THRESHOLD && border !== null && tajik;
  if (border === null && tajik)
    reasons.push("no border: the incident's sentences name no border, neighbour or place on a border");

  const terms = evidenceTerms(relevant ? scope : core);
  if (!relevant) {
    return {
      relevant: false,
      score,
      border: null,
      type: null,
      place: null,
      eventDate: null,
      killed: null,
      wounded: null,
      evidence: { terms, killedSentence: null, woundedSentence: null, reasons },
    };
  }
  const type = decideType(scope, border, [...tolls.killedBy, ...tolls.woundedBy], core);
  reasons.unshift(
    `border ${border} (votes ${[...votes].map(([b, v]) => `${b}=${v.toFixed(1)}`).join(', ')})`,
  );
  reasons.push(type.reason, ...tolls.reasons);
  if (date.phrase) reasons.push(`event date from "${date.phrase}"`);
  else if (date.date !== null) reasons.push('event date: publication day');
  else reasons.push('event date: unknown (no date in the text and no publication date)');
  return {
    relevant,
    score,
    border,
    type: type.type,
    place: narrowedByLead(
      placeOfReport(scope, core, border, type.type),
      core.filter((i) => i.sentence.index <= 2),
    ),
    eventDate: date.date,
    killed,
    wounded,
    evidence: {
      terms,
      killedSentence: tolls.killedSentence ?? (killed !== null ? (titleTolls?.killedSentence ?? null) : null),
      woundedSentence:
        tolls.woundedSentence ?? (wounded !== null ? (titleTolls?.woundedSentence ?? null) : null),
      ...breakdown('killedBy', tolls.killed !== null ? tolls.killedBy : (titleTolls?.killedBy ?? [])),
      ...breakdown('woundedBy', tolls.wounded !== null ? tolls.woundedBy : (titleTolls?.woundedBy ?? [])),
      reasons,
    },
  };
}
