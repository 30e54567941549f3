/**
 * Casualty figures of one incident from news text. Works sentence by sentence on tokens: a toll word
 * ("killed", "погибли", "neutralised") takes the count attached to a victim noun before it (passive:
 * "two border guards were killed") or after it (active: "killing three civilians"), coordinated counts are
 * summed ("two border guards and a civilian" = 3), ordinals after a count are one more victim ("wounding a
 * fourth" = 1), vague quantities ("dozens", "several", "hundreds") give no number (the codebook).
 * Sentences marked as background (cumulative, historical, other incidents) are skipped by the caller.
 */

import { VOCABULARY } from '../baseline/index.js';
import { isAsciiDigit, letterLengthAt, matchesAfterNonLetter } from './chars.js';
import { remembered } from './remembered.js';
import { compileTermSet, compileTermSets, findTerms, type Span } from './term-matcher.js';
import { type Token, tokenize } from './text.js';
import type { TollPart } from './types.js';

/** Who the victims were, so that figures for different groups in different sentences can be added. */
export type VictimGroup = 'perpetrator' | 'defender' | 'civilian' | 'generic';

/** Whose people a figure counts: a country's side of the border, or not said. */
export type TollSide = 'TJ' | 'KG' | 'UZ' | 'AF' | null;

/** One figure read from one sentence. */
export interface TollFigure {
  readonly kind: 'killed' | 'wounded';
  readonly value: number;
  readonly group: VictimGroup;
  /** The side the counted people belong to, from the nationality nearest the count; null when not said. */
  readonly side: TollSide;
  /** True for "death toll rose to N" / "число погибших достигло N": the whole incident's total. */
  readonly total: boolean;
  /** "one of them later died": dead who were counted among the wounded before. */
  readonly ofWounded?: true;
  /**
   * With `ofWounded`: the dead of a tally of the hurt in the same sentence ("18 пострадали, двое из них
   * скончались"): the incident's dead so far, not more dead beside others counted.
   */
  readonly ofTally?: true;
  /**
   * The figures one predicate reads share this number within their sentence: the coordinated people of
   * "a guard and three Afghans were wounded, as was a boy" are different people, whatever their groups.
   */
  readonly predicate?: number;
  /** One person named in the singular without a number ("погиб пограничник", "the dead man"). */
  readonly single?: true;
  /** With `single`: the rank the sentence names the person by ("сержант", "private"), when it names one. */
  readonly rank?: string;
}

/** What one sentence says about casualties. */
export interface SentenceTolls {
  readonly figures: readonly TollFigure[];
  /** "no one was killed". */
  readonly noneKilled: boolean;
  /** "no one was hurt", "no casualties", "пострадавших нет" (no killed or wounded). */
  readonly noneHurt: boolean;
  /** "двое подростков подорвались на мине": the people a blast hit, the dead and the wounded together. */
  readonly blasted?: number;
}

/** The toll of an article. */
export interface TollResult {
  readonly killed: number | null;
  readonly wounded: number | null;
  /** Whose dead and wounded the figures count, per group and side, as far as the sentences say. */
  readonly killedBy: readonly TollPart[];
  readonly woundedBy: readonly TollPart[];
  readonly killedSentence: string | null;
  readonly woundedSentence: string | null;
  readonly reasons: readonly string[];
}

/** The terms of one vocabulary category, longest first (the order an alternation of them would try). */
function categoryTerms(category: string): string[] {
  const terms = VOCABULARY.filter((v) => v.category === category).flatMap((v) => v.terms.map((t) => t.text));
  return terms.sort((a, b) => b.length - a.length);
}

/** The words of a beating, as the toll reader reads them (see `TOLL_WORDS`). */
const BEATEN_WORDS = ['beaten', 'beaten up', 'избит*', 'избил*', 'побои', 'побоев'];
const BEATING = compileTermSet(BEATEN_WORDS);

/** True when the sentence tells of a beating, whose people the toll reader counts among the wounded. */
export function tellsOfBeating(lower: string): boolean {
  return BEATING.test(lower);
}

/** Death words, wound words and "no one was hurt" phrases, found in one scan of a sentence. */
const TOLL_WORDS = compileTermSets([
  // People who drowned crossing or fleeing are dead ("двое солдат утонули при переправе"): the baseline names
  // the Russian word an accident's, which relevance weighs; the toll reader counts its people.
  [...categoryTerms('toll:death'), 'утонул*'],
  // People beaten are hurt: the baseline names the beating an incident word ("избили", "beaten"), the toll
  // reader counts its people among the wounded.
  [...categoryTerms('toll:wound'), ...BEATEN_WORDS],
  categoryTerms('toll:none'),
  categoryTerms('hospital'),
  categoryTerms('toll:state'),
]);
/**
 * Verbs that take people to care: with a hospital word beside them ("taken to hospital", "в больницу
 * доставлены пятеро", "обратились за медицинской помощью") they count the wounded.
 */
const TO_CARE =
  /^(?:taken|brought|admitted|rushed|airlifted|flown|evacuated|put|treated|sought|needed|needing|required|requiring|received|receiving|undergoing|hospitali[sz]ed|remain|remains|remained|находятся|находится|остаются|остается|остаётся|доставл\p{L}*|достави\p{L}*|госпитализ\p{L}*|поступил\p{L}*|привез\p{L}*|обратил\p{L}*|обращал\p{L}*)$/u;
/** Tokens either side of a hospital word searched for its verb. */
const CARE_WINDOW = 6;
/** "Among Kyrgyz guards there were no casualties": a "none" said of one group only, not of everyone. */
const ONE_GROUP_ONLY = /(?:^|\s)(?:среди|among)\s/u;
/** After a "none" phrase: "no casualties were mentioned" says nothing either way. */
const NOT_A_NONE = /^[^.;]{0,30}\bmentioned\b/u;
/**
 * The other kind of toll said with a dash after a figure: "число жертв достигло 59, раненых — 144",
 * "погибших — 3" (not an age: "среди погибших — 45-летний фермер").
 */
const DASHED_TOLL =
  /(?:^|[\s,;(])(раненых|пострадавших|погибших|убитых|жертв)\s*[—–-]\s*(\d{1,5})(?![\d.,]*\s*(?:%|км|km|кг|kg)|[\d-])/gu;
const NONE_GROUP = /no\s+(?:[\p{L}-]+\s+){0,2}(?:were|was)\s+(?:reported\s+)?(hurt|injured|wounded|killed)/gu;
/** Every match of `NONE_GROUP` starts with "no" and whitespace. */
const NO_AND_SPACE = /no\s/;
/** "погибших нет", with an aside between: "погибших, по предварительным данным, нет", "погибших, к счастью, нет". */
const NONE_KILLED_RU = /погибших(?:\s*,[^,.;!?]{1,40},)?\s+нет|никто\s+не\s+погиб/u;
/** "No deaths were reported", "no fatalities", "nobody died": no one killed, said without "killed". */
const NONE_KILLED_EN =
  /(?<![\p{L}])(?:no (?:deaths|fatalities|one died|dead)|nobody died|(?:no one|nobody) killed)(?![\p{L}])/u;
const NONE_HURT_RU = /не\s+пострадал/gu;
/**
 * "Пострадавших, по предварительным данным, нет", "обошёлся без инцидентов и пострадавших": nobody hurt, with
 * words between (not "пострадавших среди жителей нет", nobody of one group, nor "других пострадавших нет").
 */
const NONE_HURT_RU_APART =
  /(?<!(?:других|иных|больше)\s+)пострадавших\s*,[^,.;!?]{1,40},\s+нет|без\s+(?:\p{L}+\s+и\s+)?пострадавших/u;

/**
 * Russian number words in the case forms a toll takes ("погибли семеро", "по семерым погибшим", "о
 * двенадцати раненых", "с пятью ранеными"): cardinals and the collective numerals (двое … десятеро), which
 * count people.
 */
const RU_NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, 'один одна одно одного одному одним одной одну одном'],
      [2, 'два две двух двум двумя двое двоих двоим двоими оба обе обоих обеих обоим обеим'],
      [3, 'три трех трём трем тремя трое троих троим троими'],
      [4, 'четыре четырех четырем четырьмя четверо четверых четверым четверыми'],
      [5, 'пять пяти пятью пятеро пятерых пятерым пятерыми'],
      [6, 'шесть шести шестью шестеро шестерых шестерым шестерыми'],
      [7, 'семь семи семеро семерых семерым семерыми'],
      [8, 'восемь восьми восемью восьмеро восьмерых восьмерым восьмерыми'],
      [9, 'девять девяти девятью девятеро девятерых девятерым девятерыми'],
      // ("около десятка человек": a ten, said roughly.)
      [10, 'десять десяти десятью десятеро десятерых десятерым десятерыми десяток десятка'],
      [11, 'одиннадцать одиннадцати'],
      [12, 'двенадцать двенадцати дюжина дюжины'],
      [13, 'тринадцать тринадцати'],
      [14, 'четырнадцать четырнадцати'],
      [15, 'пятнадцать пятнадцати'],
      [16, 'шестнадцать шестнадцати'],
      [17, 'семнадцать семнадцати'],
      [18, 'восемнадцать восемнадцати'],
      [19, 'девятнадцать девятнадцати'],
      [20, 'двадцать двадцати'],
      [30, 'тридцать тридцати'],
      [40, 'сорок сорока'],
      [50, 'пятьдесят пятидесяти'],
      [100, 'сто ста'],
      [1000, 'тысяча тысячи'],
      // "десятки" ("tens") stands for at least ten.
      [10, 'десятки'],
    ] as const
  ).flatMap(([value, words]) => words.split(' ').map((word) => [word, value] as const)),
);

/** Number words (a Map: looking up a word just cut from a sentence in an object costs more). */
const SMALL: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    both: 2,
    couple: 2,
    dozen: 12,
    another: 1,
    ...RU_NUMBER_WORDS,
  }),
);
/** Ordinals count one victim when they follow a count ("killed three ... and wounded a fourth"). */
const ORDINALS = new Set([
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'второй',
  'третий',
  'третья',
  'третьего',
  'четвертый',
  'четвертая',
  'пятый',
  'пятая',
]);
/** Collective numerals, which count people and so stand without a noun ("погибли семеро"). */
const COLLECTIVE = new Set(
  Object.keys(RU_NUMBER_WORDS).filter((word) =>
    /^(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)/u.test(word),
  ),
);
const QUALIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'up',
  'to',
  'roughly',
  'approximately',
  'не',
  'менее',
  'более',
  'свыше',
  'около',
  'по',
  'меньшей',
  'мере',
  'как',
  'минимум',
  'порядка',
  'почти',
  'еще',
  'ещё',
  'between',
  'от',
  'from',
  // "погибли до 40 боевиков": up to forty, read as forty ("up to 40" already is)
  'до',
]);
/** English month names and abbreviations: a count before one is a date, not a toll. */
const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

const UNITS = new Set([
  'km',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'kilograms',
  'kilogram',
  'kg',
  'miles',
  'mile',
  'metres',
  'meters',
  'percent',
  '%',
  'years',
  'year',
  'months',
  'days',
  'hours',
  'minutes',
  'houses',
  'homes',
  'tons',
  'tonnes',
  'rounds',
  'shells',
  'cartons',
  'cattle',
  'horses',
  'rifles',
  'weapons',
  'vehicles',
  'trucks',
  'megawatts',
  'million',
  'billion',
  'units',
  'incidents',
  'attacks',
  'clashes',
  'times',
  'villages',
  'districts',
  'posts',
  'outposts',
  'кг',
  'км',
  'лет',
  'года',
  'год',
  'дней',
  'дня',
  'суток',
  'часов',
  'минут',
  'домов',
  'тонн',
  'тонны',
  'процентов',
  'лошадей',
  'январь',
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
  ...MONTHS_EN,
  'инцидентов',
  'нападений',
  'сел',
  'раз',
  'килограммов',
  'километров',
  'миллионов',
  'тысяч',
]);
const MONTHS = new Set<string>(MONTHS_EN);

/**
 * Victim nouns per group, in the order the groups are tried: whole words, and stems (`*`: any further
 * letters) for Russian case forms.
 */
const VICTIM_WORDS: readonly [VictimGroup, string][] = [
  [
    'perpetrator',
    'gunman gunmen militant militants terrorist terrorists insurgent insurgents attacker attackers assailant ' +
      'assailants intruder intruders violator violators smuggler smugglers trafficker traffickers courier ' +
      'couriers members fighter fighters jihadist jihadists extremist extremists bandit bandits mujahid ' +
      'mujahideen infiltrator infiltrators raider raiders rebel rebels моджахед* боевик* экстремист* диверсант* ' +
      'налетчик* повстанц* ' +
      'террорист* нарушител* контрабандист* наркоконтрабандист* наркоторговц* наркокурьер* нападавш* бандит* бандгрупп* бандформировани* участник*',
  ],
  [
    'defender',
    'guard guards soldier soldiers serviceman servicemen troops officer officers policeman policemen police ' +
      'personnel troopers conscript conscripts commander commanders lieutenant sergeant captain corporal ' +
      'defender defenders ' +
      'colonel private privates пограничник* ' +
      'военнослужащ* солдат* военный военных военные военного военному офицер* сотрудник* милиционер* ' +
      'силовик* начальник* командир* комендант* прапорщик* сержант* лейтенант* капитан* майор* ' +
      'подполковник* полковник* рядов* ефрейтор* сослуживц* товарищ* участковый участкового участковому участковым comrade comrades ' +
      // The guards as the attackers' side names them: "уничтожены семнадцать оккупантов".
      'оккупант* occupiers',
  ],
  [
    'civilian',
    'civilian civilians resident residents villager villagers worker workers ' +
      'shepherd shepherds farmer farmers woman women children child boy boys girl girls employee employees ' +
      'herder herders teenager teenagers student students fishermen fisherman driver drivers pupil pupils ' +
      'engineer engineers mother father son daughter sons daughters grandmother grandfather uncle aunt brother ' +
      'brothers sisters uncles husbands wives grandson grandsons granddaughter granddaughters niece nieces ' +
      'sister wife husband neighbour neighbours neighbor neighbors cousin cousins nephew nephews watchman ' +
      'watchmen hunter hunters passenger passengers tourist tourists teacher teachers builder builders trader traders ' +
      'pensioner pensioners ' +
      'рыбак* рыболов* охотник* пассажир* турист* ' +
      'жител* рабоч* работник* чабан* пастух* фермер* женщин* дет* ребен* ' +
      'школьник* мирн* несовершеннолетн* подрост* мальчик* девочк* юнош* водител* сторож* взросл* бабушк* ' +
      'дедушк* дяд* тёт* тет* ' +
      'сын сына сыну сыновья сыновей дочь дочери дочерей брат брата брату братья братьев сестра сестры сестер жена жены муж мужа мать матери ' +
      'отец отца племянник* ' +
      'сосед соседа соседка соседи соседей ' +
      'adults',
  ],
  [
    'generic',
    // Nationals counted by nationality: "three Afghans were wounded".
    // Citizens and nationals say a nationality, not a role: "пятеро граждан Кыргызстана" may all be guards.
    'people person persons man men others individuals afghans tajiks uzbeks russians citizen citizens national nationals ' +
      // The Taliban by the movement's name ("ранены двое военнослужащих и один талиб"): a side, not a role.
      'талиб талиба талибы талибов ' +
      'таджиков таджика таджики узбеков узбека узбеки афганцев афганца афганцы россиян россиянина россияне ' +
      'кыргызстанцев кыргызстанца кыргызстанцы ' +
      'companion companions спутник спутника спутники спутников ' +
      // "a member of an armed group", "a member of the patrol": whose member the words after it say.
      'member член члена члены членов ' +
      'человек человека людей люди лиц граждан* мужчин',
  ],
];

/** Nationality and country stems that say whose people a count is ("11 граждан Кыргызстана", "two Uzbek guards"). */
const SIDE_STEMS: readonly [Exclude<TollSide, null>, readonly string[]][] = [
  ['TJ', ['tajik', 'таджик', 'dushanbe', 'душанбе']],
  ['KG', ['kyrgyz', 'кыргыз', 'киргиз', 'bishkek', 'бишкек', 'batken', 'баткен']],
  ['UZ', ['uzbek', 'узбек', 'tashkent', 'ташкент']],
  ['AF', ['afghan', 'афган', 'taliban', 'талиб', 'emirate', 'эмират', 'kabul', 'кабул']],
];

/** Every stem of `SIDE_STEMS` at the start of a word: most words name no side, and one test rules them out. */
const ANY_SIDE_STEM = new RegExp(`^(?:${SIDE_STEMS.flatMap(([, stems]) => stems).join('|')})`);

function sideOfWord(word: string): TollSide {
  if (!ANY_SIDE_STEM.test(word)) return null;
  for (const [side, stems] of SIDE_STEMS) {
    if (!stems.some((stem) => word.startsWith(stem))) continue;
    // "kyrgyz-tajik", "кыргызско-таджикской": the pair's border, nobody's side.
    const hyphen = word.indexOf('-');
    if (hyphen > 0 && sideOfWord(word.slice(hyphen + 1)) !== null) return null;
    return side;
  }
  return null;
}

/** Words after "Kyrgyz border" that make it a side's agency ("the Kyrgyz border service said"). */
const BORDER_AGENCY = new Set([
  'guard',
  'guards',
  'troops',
  'service',
  'services',
  'force',
  'forces',
  'police',
  'policeman',
  'policemen',
  'officer',
  'officers',
  'officials',
  'official',
  'post',
  'posts',
  'outpost',
  'detachment',
  'unit',
  'units',
  'agency',
  'patrol',
  'commander',
  'commanders',
  'authorities',
]);
const BORDER_NOUNS = /^(?:border|frontier|границ[аеуы]|границей|рубеж[еау]?|участк[еау])$/u;

/**
 * True when the word at `k` is a dateline's place ("BISHKEK, April 10 (Wire) –", "ДУШАНБЕ, 25.12.2025."):
 * where the report was filed, not whose people it counts.
 */
function isDateline(tokens: readonly Token[], k: number): boolean {
  if (k !== 0 || tokens[1]?.text !== ',') return false;
  const next = tokens[2]?.text ?? '';
  return MONTHS.has(next) || isAsciiDigit(next.charCodeAt(0));
}

/**
 * True when the nationality word at `k` names a border, not a side: "on the Kyrgyz border", "на кыргызской
 * границе", "на границе с Кыргызстаном", "the border with Afghanistan".
 */
function namesBorder(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  if (BORDER_NOUNS.test(next) && !BORDER_AGENCY.has(tokens[k + 2]?.text ?? '')) return true;
  const prev = tokens[k - 1]?.text ?? '';
  return (prev === 'с' || prev === 'со' || prev === 'with') && BORDER_NOUNS.test(tokens[k - 2]?.text ?? '');
}

/** The dead in the genitive, as someone's owners or kin: "спутники погибшего", "семьи погибших". */
const OF_THE_DEAD = /^погибш(?:его|ей|их)$/u;

/**
 * True when the count at `at` (of `value` people) stands in a list in apposition to a larger counted group
 * before it: "two servicemen, a private and a junior sergeant", "three guards, a lieutenant and two privates".
 */
function listedAfterCount(tokens: readonly Token[], at: number, value: number): boolean {
  // A list opens on "a"/"an", or the count is a later item of it ("…, a lieutenant and two privates"), not the
  // subject of a clause of its own ("погибли трое пограничников, ещё двое ранены").
  const article = tokens[at]?.text === 'a' || tokens[at]?.text === 'an';
  const laterItem = ELIDING_AND.has(tokens[at - 1]?.text ?? '');
  if (!article && !laterItem) return false;
  for (let k = at - 1; k >= Math.max(1, at - 8); k--) {
    const text = tokens[k]?.text ?? '';
    if (text !== ',') {
      if (PHRASE_ENDS.has(text)) return false;
      continue;
    }
    const noun = victimGroup(tokens[k - 1]?.text ?? '');
    if (!noun) return false;
    for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
      const count = countAt(tokens, j);
      if (count && count.end <= k - 1 && count.value > value) return true;
    }
    return false;
  }
  return false;
}

/** The sides a toll's people can be on: Tajikistan and its three neighbours. */
const SIDES: ReadonlySet<string> = new Set(SIDE_STEMS.map(([side]) => side));

/** The country of the village, town or district a word names ("kulundu", "воруха"), else null. */
function readPlaceSide(word: string): TollSide {
  if (letterLengthAt(word, 0) === 0) return null;
  let side: TollSide = null;
  for (const hit of findTerms(word)) {
    if (hit.owner.kind !== 'place') continue;
    const { country, kind } = hit.owner.entry;
    if ((kind === 'village' || kind === 'town' || kind === 'district') && SIDES.has(country))
      side = country as TollSide;
  }
  return side;
}

/** `readPlaceSide`, remembered: places are looked up a sentence's word at a time. */
const placeSideOf = remembered(readPlaceSide, 10_000);

/**
 * The side of civilians counted at `at` by the place they are of: "two residents of Kulundu", "пятеро жителей
 * Воруха", "one Maksat resident". Null when no such place is named beside the count's noun.
 */
function residentSide(tokens: readonly Token[], at: number, placeSideAt: (k: number) => TollSide): TollSide {
  if (at < 0) return null;
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) {
    const group = victimGroup(tokens[j]?.text ?? '');
    if (group === null) {
      // "one Maksat resident": the place before the noun
      if (j === at + 1 && victimGroup(tokens[j + 1]?.text ?? '') === 'civilian') return placeSideAt(j);
      continue;
    }
    if (group !== 'civilian') return null;
    const next = tokens[j + 1]?.text ?? '';
    return next === 'of' || next === 'from' || next === 'из' ? placeSideAt(j + 2) : placeSideAt(j + 1);
  }
  return null;
}

/** "Other" between a count and its toll noun: "two other wounded", "двое других раненых". */
const OTHER_WORDS = new Set(['other', 'других', 'остальных']);

/** "two others", "another": more of the people just counted, on their side. */
function othersOf(tokens: readonly Token[], at: number): boolean {
  if (at < 0) return false;
  const after = tokens[at + 1]?.text;
  return after === 'others' || after === 'other' || tokens[at]?.text === 'another';
}

/** Words that open a sentence on the group its counts are part of. */
const PARTITIVE_OPENERS = new Set(['из', 'среди', 'among', 'of']);

/**
 * The group a sentence opens on ("из нападавших, …", "among the attackers, …", "of the guards, …"), whose
 * people its unnamed counts are; null when it opens otherwise.
 */
function partitiveGroup(tokens: readonly Token[]): VictimGroup | null {
  // "Со стороны пограничников погибли трое": the side named by its people.
  const sideOf = tokens[0]?.text === 'со' && tokens[1]?.text === 'стороны';
  if (!sideOf && !PARTITIVE_OPENERS.has(tokens[0]?.text ?? '')) return null;
  const at = sideOf ? 2 : 1;
  const noun = tokens[at]?.text === 'the' ? tokens[at + 1]?.text : tokens[at]?.text;
  const group = victimGroup(noun ?? '');
  return group === 'generic' ? null : group;
}

/** Marks that end a noun phrase for the side search (an apostrophe, "Kyrgyzstan's", does not). */
const PHRASE_ENDS = new Set([';', ':', '.', '(', ')', '—', '–', '"']);

/** Dashes: they open and close an aside ("двое взрослых — её бабушка и дядя — получили ранения"). */
const DASHES = new Set(['—', '–', '-']);

/** Tokens either side of a count searched for its nationality. */
const SIDE_WINDOW = 6;

/**
 * The side of the people counted at token `at`: the nearest nationality word a few tokens either way (after
 * first, at equal distance), else the only side the sentence names.
 */
function sideAt(tokens: readonly Token[], at: number, sentenceSide: TollSide | 'several'): TollSide {
  // "таджикский военнослужащий" read as one person: the count's own word may be the nationality.
  const own = at >= 0 ? sideOfWord(tokens[at]?.text ?? '') : null;
  if (own !== null) return own;
  if (at >= 0) {
    // Outward from the count, each way until a coordinator or a punctuation mark ends its noun phrase:
    // in "two Tajik guards and three militants", the militants are not Tajik.
    let forward = true;
    let backward = true;
    for (let d = 1; d <= SIDE_WINDOW && (forward || backward); d++) {
      for (const [k, open] of [
        [at + d, forward],
        [at - d, backward],
      ] as const) {
        if (!open) continue;
        const text = tokens[k]?.text;
        // "Tajikistan, 35 dead": the country and its figure across a comma.
        if (k === at - 1 && text === ',' && sideOfWord(tokens[at - 2]?.text ?? '') !== null)
          return sideOfWord(tokens[at - 2]?.text ?? '');
        if (text === undefined || COORDINATORS.has(text) || PHRASE_ENDS.has(text)) {
          if (k > at) forward = false;
          else {
            backward = false;
            // "По данным кыргызской стороны, погибли трое граждан": whose report it is, whose people it counts.
            const source = text === ',' ? sourceSideBefore(tokens, k) : null;
            if (source !== null) return source;
          }
          continue;
        }
        const side = sideOfWord(text);
        if (side !== null && !namesBorder(tokens, k) && !isDateline(tokens, k)) return side;
      }
    }
  }
  return sentenceSide === 'several' ? null : sentenceSide;
}

/** Words that open whose report a figure is: "по данным", "according to". */
const SOURCE_OPENERS = new Set(['данным', 'информации', 'сведениям', 'according']);

/**
 * The side of a report named in the clause that ends with the comma at `comma` ("по данным кыргызской стороны,",
 * "according to Tajik officials,"), else null.
 */
function sourceSideBefore(tokens: readonly Token[], comma: number): TollSide {
  for (let k = comma - 1; k >= Math.max(0, comma - 6); k--) {
    const text = tokens[k]?.text ?? '';
    if (PHRASE_ENDS.has(text) || text === ',') return null;
    if (!SOURCE_OPENERS.has(text)) continue;
    for (let j = k + 1; j < comma; j++) {
      const side = sideOfWord(tokens[j]?.text ?? '');
      if (side !== null) return side;
    }
    return null;
  }
  return null;
}

/** The one side a sentence names, 'several', or null. */
function sentenceSide(tokens: readonly Token[]): TollSide | 'several' {
  let found: TollSide = null;
  for (const [k, token] of tokens.entries()) {
    const side = sideOfWord(token.text);
    if (side === null || side === found || namesBorder(tokens, k) || isDateline(tokens, k)) continue;
    if (found !== null) return 'several';
    found = side;
  }
  return found;
}

const VICTIMS = VICTIM_WORDS.map(([group, list]) => {
  const words = list.split(' ');
  return {
    group,
    words: new Set(words.filter((w) => !w.endsWith('*'))),
    stems: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  };
});

/** An English victim noun in the singular ("sergeant", "boy", "nephew"; not "guards"). */
function singularEnglishVictim(word: string): boolean {
  return /^[a-z]+[^s]$/.test(word) && victimGroup(word) !== null;
}

/**
 * The token at `j` ends a month's name: "March", or the full stop of "Dec." ("DUSHANBE, Dec. 28 – Two …": a
 * day of a month, not a count).
 */
function monthEndsAt(tokens: readonly Token[], j: number): boolean {
  const text = tokens[j]?.text ?? '';
  return MONTHS.has(text) || (text === '.' && MONTHS.has(tokens[j - 1]?.text ?? ''));
}

/** True when `word` from `from` on is letters only (what `\p{L}*$` accepts). */
function lettersFrom(word: string, from: number): boolean {
  for (let i = from; i < word.length; ) {
    const len = letterLengthAt(word, i);
    if (len === 0) return false;
    i += len;
  }
  return true;
}

/** `readVictimGroup`, remembered: the same words are asked about again and again. */
const victimGroup = remembered(readVictimGroup, 50_000);

/** The victim group a word names ("пограничник", "villagers", "сын-подросток"), else null. */
function readVictimGroup(word: string): VictimGroup | null {
  let found: VictimGroup | null = null;
  for (const { group, words, stems } of VICTIMS) {
    if (words.has(word) || stems.some((stem) => word.startsWith(stem) && lettersFrom(word, stem.length))) {
      found = group;
      break;
    }
  }
  // "сын-подросток", "пограничник-контрактник": the noun before the hyphen.
  const hyphen = word.indexOf('-');
  if (found === null && hyphen > 0) found = victimGroup(word.slice(0, hyphen));
  return found;
}

const AUX = new Set([
  'were',
  'was',
  'have',
  'has',
  'been',
  'had',
  'are',
  'is',
  'reportedly',
  // "was himself badly injured"
  'himself',
  'herself',
  'themselves',
  'badly',
  // "five were seriously wounded", "two were reported killed", "three were said to be wounded"
  'seriously',
  'critically',
  'severely',
  'gravely',
  'slightly',
  'lightly',
  'moderately',
  'reported',
  'confirmed',
  'said',
  'believed',
  'feared',
  'known',
  'to',
  'тяжело',
  'легко',
  'серьезно',
  'also',
  'all',
  'later',
  'subsequently',
  'being',
  'be',
  'who',
  'had',
  'then',
  'получили',
  'получил',
  'получила',
  'получивший',
  'получившая',
  'получившего',
  'получившей',
  'получившие',
  'получивших',
  // "трое имеют огнестрельные ранения"
  'имеют',
  'имеет',
  'имели',
  'имел',
  'имела',
  'были',
  'был',
  'была',
  'оказались',
  'тяжелые',
  'легкие',
  'легкое',
  'тяжелое',
  'огнестрельные',
  'огнестрельное',
  'осколочные',
  'осколочное',
  'пулевые',
  'пулевое',
  'различные',
  'ножевое',
  'ножевые',
  'серьезное',
  'серьезные',
  'множественные',
  'проникающее',
  // "ранения различной степени тяжести получили семеро"
  'различной',
  'степени',
  'тяжести',
  'на',
  'месте',
  'числятся',
  'числится',
  'значатся',
  // "one was detained with gunshot wounds", "один задержан с огнестрельным ранением": a wounded captive
  'detained',
  'captured',
  'arrested',
  'with',
  'задержан',
  'задержаны',
  'с',
  'огнестрельным',
  'осколочным',
  'пулевым',
  'тяжелым',
  'легким',
]);
/** Verbs of change before "from": "rose from 24 to 36", "up from 24". */
const CHANGE_BEFORE_FROM = new Set([
  'up',
  'down',
  'rose',
  'risen',
  'increased',
  'climbed',
  'jumped',
  'revised',
]);

/** The count at `at` is the earlier figure of a change the sentence reports. */
function earlierCount(tokens: readonly Token[], at: number): boolean {
  // A count read as a range starts at its "from" ("from 24" in "up from 24").
  if (tokens[at]?.text === 'from') return CHANGE_BEFORE_FROM.has(tokens[at - 1]?.text ?? '');
  const before = tokens[at - 1]?.text;
  if (before === 'from') return CHANGE_BEFORE_FROM.has(tokens[at - 2]?.text ?? '');
  if (before === 'против') return true;
  if (before === 'с') return tokens.slice(at + 1, at + 4).some((t) => t.text === 'до');
  return false;
}

/** Words opening a part of a figure just given: "including two civilians", "among them". */
const PART_OPENERS = new Set(['including', 'among', 'включая', 'среди']);
const THEM = new Set(['them', 'них']);

/** "в том числе двое пограничников", "из них" before the count at `at`. */
function partOpenedRu(tokens: readonly Token[], at: number): boolean {
  const [a, b, c] = [tokens[at - 3]?.text, tokens[at - 2]?.text, tokens[at - 1]?.text];
  return (a === 'в' && b === 'том' && c === 'числе') || (b === 'из' && c === 'них');
}

/** The count after a side said elliptically: "— один", ": 15", " 10" (not "10 km", "5 %"). */
const ELLIPTICAL_COUNT = String.raw`\s*[—–:-]?\s*(\d{1,4}|один|одна|двое|два|две|трое|три|четверо|четыре|пятеро|пять|шестеро|шесть|семеро|семь|восемь|девять|десять)(?![\d.,]*\s*(?:%|км|km|кг|kg))(?![\p{L}])`;

/**
 * The other side's figure said elliptically after the first: "13 on the Kyrgyz side and 10 on the Tajik
 * side", "с кыргызской стороны погибли 24 человека, с таджикской — 15".
 */
const ELLIPTICAL_SIDE = new RegExp(
  String.raw`(?:,|\band\b|\bи\b|\bа\b|\bwhile\b)\s+(?:on|с|со|from)\s+(?:the\s+)?(tajik|kyrgyz|uzbek|afghan|таджикск\p{L}*|кыргызск\p{L}*|киргизск\p{L}*|узбекск\p{L}*|афганск\p{L}*)(?:\s+(?:side|стороны))?${ELLIPTICAL_COUNT}`,
  'gu',
);

/** A side named by its country in the genitive, after "со стороны": "со стороны Таджикистана". */
const SIDE_COUNTRY_RU = String.raw`со?\s+стороны\s+(таджикистана|кыргызстана|киргизии|узбекистана|афганистана)`;

/** The same, the side named by its country: "погибли трое, со стороны Таджикистана — один пограничник". */
const ELLIPTICAL_COUNTRY = new RegExp(
  String.raw`(?:,|\bи\b|\bа\b)\s+${SIDE_COUNTRY_RU}${ELLIPTICAL_COUNT}`,
  'gu',
);

/** A sentence that opens on a side told by its country: "Со стороны Кыргызстана, по данным …, погибли трое". */
const FIRST_COUNTRY_SIDE = new RegExp(String.raw`^${SIDE_COUNTRY_RU}(?![\p{L}])`, 'u');

/** "Five of its servicemen were hurt, while the other side said seven": the other side's figure, side unnamed. */
const OTHER_SIDE_SAID =
  /(?:,|;|\bwhile\b|\band\b|\bbut\b)\s+(?:while\s+)?the other side (?:said|reported|gave|counted|put (?:it|the figure|its toll|its figure) at)\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}\d])/u;

/** The same, the number first: "and 10 on the Tajik side", "and two from Uzbekistan". */
const ELLIPTICAL_SIDE_AFTER =
  /(?:,|\band\b|\bwhile\b)\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:on|from)\s+the\s+(tajik|kyrgyz|uzbek|afghan)\s+side|from\s+(tajikistan|kyrgyzstan|uzbekistan|afghanistan))/gu;

/** "Ещё": one more. */
const STILL = new Set(['еще', 'ещё']);

/** "были убиты и двое нападавших", "were also": words between a predicate and its count. */
const ALSO = new Set(['и', 'также', 'еще', 'тоже', 'уже', 'теперь', 'now']);
/** Parts of the body in the genitive, after a wound: "ранение ноги", "ранения головы и груди". */
const BODY_PART_RU =
  /^(?:ноги|ног|руки|рук|головы|живота|плеча|бедра|груди|спины|шеи|лица|глаза|колена|стопы)$/u;
/** Prepositions of where or in what the people of a Russian tally died: "погибших в том бою". */
const WHERE_RU = new Set(['в', 'во', 'при', 'на']);

/**
 * The index of a count after a short phrase of where, at `at`: "в (том) бою (теперь) четверо". Null when no
 * such phrase and count follow.
 */
function countAfterWhere(tokens: readonly Token[], at: number): number | null {
  if (!WHERE_RU.has(tokens[at]?.text ?? '')) return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    const text = tokens[k]?.text ?? '';
    if (isNumberToken(text)) return k;
    if (!/^[а-яё]+$/u.test(text)) return null;
  }
  return null;
}
const SINGULAR_AUX = new Set([
  'was',
  'получил',
  'получила',
  'был',
  'была',
  // "житель района, получивший огнестрельное ранение"
  'получивший',
  'получившая',
  'получившего',
  'получившей',
]);
/**
 * Russian predicates of one person: verbs ("погиб пограничник") and participles of one named or described
 * victim ("похоронили Вохида, застреленного у границы", "раненный на границе чабан").
 */
const RU_SINGULAR =
  /^(?:погиб|погибла|ранило|убило|убит|убита|ранен|ранена|уничтожен|ликвидирован|нейтрализован|застрелен|застрелена|скончался|скончалась|раненн?(?:ый|ая|ого|ой|ому|ую|ым)|застреленн(?:ый|ая|ого|ой|ому|ую|ым)|погибш(?:ий|ая|его|ей|ему|ую|им))$/u;
/**
 * A toll word in the plural of an attribute ("троих раненых солдат", "двух погибших"): it never says a
 * singular noun after it was the victim ("солдат" is also the singular's form).
 */
const PLURAL_ATTRIBUTE = /^[а-яё]+(?:ых|их)$/u;
const COORDINATORS = new Set(['and', ',', 'и', 'а', 'plus']);
/** "killed and two wounded", "погиб и двое ранены": the "and" before a count whose noun is left out. */
const ELIDING_AND = new Set(['and', 'и']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'the', 'ее', 'её', 'его', 'их']);
const TOTAL_NOUNS = /^(?:toll|число|количество|number|count|tally)$/u;
const CHANGE_WORDS = new Set([
  'to',
  'at',
  'reached',
  'до',
  'составило',
  'достигло',
  'составляет',
  'достигает',
  'stood',
  'stands',
  'is',
  'was',
]);

interface Count {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly ordinal: boolean;
  readonly collective: boolean;
  readonly bare: boolean;
}

// Patterns used per token, built once.
const DIGIT_GROUPS = /^\d+(?:[.,]\d{3})*$/;
const GROUP_SEPARATORS = /[.,]/g;
const COMPOUND_NUMBER = /^([a-z]+)-([a-z]+)$/;
const YEAR = /^(?:19|20)\d\d$/;

/** The value of a number written in digits ("1,037") or words ("two", "twenty-one", "двое"), or null. */
export function numberValue(word: string): number | null {
  if (isAsciiDigit(word.charCodeAt(0)) && DIGIT_GROUPS.test(word)) {
    return Number(word.replace(GROUP_SEPARATORS, ''));
  }
  // "трёх", "четырёх": ё is written as е as often as not.
  const direct = SMALL.get(word.includes('ё') ? word.replaceAll('ё', 'е') : word);
  if (direct !== undefined) return direct;
  const compound = word.includes('-') ? COMPOUND_NUMBER.exec(word) : null;
  if (compound) {
    const tens = SMALL.get(compound[1] ?? '');
    const ones = SMALL.get(compound[2] ?? '');
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}

/** True when the text of some token in `tokens[from..to)` passes `test`. */
function someText(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (text: string) => boolean,
): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (test((tokens[k] as Token).text)) return true;
  return false;
}

/** True when `test` holds for an index in [from, to). */
function someIndex(from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(k)) return true;
  return false;
}

/** Parses a count starting at token `i`: digits, number words, "a dozen", "a fourth", ranges (lower bound). */
function countAt(tokens: readonly Token[], i: number): Count | null {
  let k = i;
  while (k < tokens.length && QUALIFIERS.has(tokens[k]?.text ?? '') && k - i < 3) k++;
  const first = tokens[k]?.text;
  if (first === undefined) return null;
  // "half a dozen" = 6
  if (first === 'half' && tokens[k + 1]?.text === 'a' && tokens[k + 2]?.text === 'dozen')
    return { value: 6, start: i, end: k + 3, ordinal: false, collective: false, bare: false };
  if ((first === 'a' || first === 'an') && tokens[k + 1]) {
    const next = tokens[k + 1]?.text ?? '';
    // "a dozen" read from inside "half a dozen": the count is the whole phrase.
    if (next === 'dozen' && k === i && tokens[i - 1]?.text === 'half') return countAt(tokens, i - 1);
    if (next === 'dozen')
      return { value: 12, start: i, end: k + 2, ordinal: false, collective: false, bare: false };
    if (ORDINALS.has(next))
      return { value: 1, start: i, end: k + 2, ordinal: true, collective: false, bare: false };
    if (next === 'few')
      return { value: 2, start: i, end: k + 2, ordinal: false, collective: false, bare: false };
    return { value: 1, start: i, end: k + 1, ordinal: false, collective: false, bare: true };
  }
  if (ORDINALS.has(first))
    return { value: 1, start: i, end: k + 1, ordinal: true, collective: false, bare: false };
  // "killing one of them and wounding the other", "убив одного и ранив другого": the other one of a pair.
  const other = otherOfPair(tokens, k);
  if (other > k) return { value: 1, start: i, end: other, ordinal: true, collective: false, bare: false };
  // "45-летний фермер": one person, by age.
  if (AGE.test(first)) return { value: 1, start: i, end: k, ordinal: false, collective: false, bare: true };
  let value = numberValue(first);
  if (value === null) return null;
  if (YEAR.test(first)) return null;
  // "a grandmother of 62", "a man of 45": an age, after one person's noun.
  const person = tokens[k - 2]?.text ?? '';
  if (tokens[k - 1]?.text === 'of' && singularEnglishVictim(person)) return null;
  // "FAIZABAD, March 26 – Two men …": a day of a month, not a count.
  if (isAsciiDigit(first.charCodeAt(0)) && monthEndsAt(tokens, k - 1)) return null;
  let end = k + 1;
  // "two dozen", "twenty four", "2,5 тысячи"
  const next = tokens[end]?.text ?? '';
  if ((next === 'dozen' || next === 'hundred' || next === 'thousand') && value < 100) {
    value *= SMALL.get(next) ?? 1;
    end++;
  } else if (value >= 20 && value < 100 && value % 10 === 0) {
    const ones = numberValue(next);
    if (ones !== null && ones < 10 && !isAsciiDigit(next.charCodeAt(0))) {
      value += ones;
      end++;
    }
  } else if (next === 'тысяч' || next === 'тысячи') {
    value *= 1000;
    end++;
  }
  // Ranges: "5-7", "5 to 7", "от 5 до 7": the lower bound stands.
  const joiner = tokens[end]?.text;
  const opened = someText(tokens, i, k, (text) => text === 'between');
  if (
    (joiner === '-' || joiner === 'to' || joiner === 'до' || (joiner === 'and' && opened)) &&
    tokens[end + 1]
  ) {
    const upper = numberValue(tokens[end + 1]?.text ?? '');
    if (upper !== null && upper > value) end += 2;
  }
  return { value, start: i, end, ordinal: false, collective: COLLECTIVE.has(first), bare: false };
}

/** One more of the attackers, held: ", один задержан с ранением", ", one was captured wounded". */
const ONE_MORE_HELD =
  /[,;]\s+(?:(?:ещё|еще)\s+)?(?:один|one|another)\s+(?:\p{L}+\s+)?(?:задержан\p{L}*|взят\p{L}*|захвачен\p{L}*|detained|captured|arrested|held)(?![\p{L}])/u;

/** The other one's wound told by where it struck, after one's: ", второй — в руку", ", the other in the arm". */
const OTHER_WOUNDED_IN =
  /,\s+(?:второй|другой|the other)\s*[—–-]?\s*(?:в|во|in)\s+(?:the\s+|his\s+|her\s+)?(?:руку|ногу|бедро|плечо|голову|живот|грудь|спину|шею|лицо|arm|leg|thigh|shoulder|head|stomach|chest|back|neck|face|hand|foot)(?![\p{L}])/u;

const OTHER_OF_PAIR_RU = new Set(['другого', 'другую', 'второго', 'вторую', 'третьего', 'третью']);
/** The last one of a few, after the others were counted: "killing two of them and injuring the third". */
const OTHER_OF_FEW_EN = new Set(['other', 'third', 'fourth', 'fifth', 'last']);

/**
 * The other one of a pair, at `k`: "the other" (or "the other one", "the other man") and "другого",
 * "второго" (or "другого нарушителя"), standing alone or before one person's noun ("the other side", "the
 * other two", "другого берега" are none). The end of the phrase, else -1.
 */
function otherOfPair(tokens: readonly Token[], k: number): number {
  const first = tokens[k]?.text ?? '';
  const at =
    first === 'the' && OTHER_OF_FEW_EN.has(tokens[k + 1]?.text ?? '')
      ? k + 2
      : OTHER_OF_PAIR_RU.has(first)
        ? k + 1
        : -1;
  if (at < 0) return -1;
  const next = tokens[at]?.text ?? '';
  if (next === '' || !/^\p{L}/u.test(next)) return at;
  if (next === 'one') return at + 1;
  const group = victimGroup(next);
  const singular = group !== null && (/^[a-z]+[^s]$/.test(next) || /^[а-я]+(?:а|я)$/u.test(next));
  return singular && numberValue(next) === null ? at + 1 : -1;
}

/** The verbs of a tally before its count: "раненых насчитывается 144", "погибших было трое". */
const TALLIED = new Set(['насчитывается', 'насчитывалось', 'насчитали', 'было', 'стало']);

/** The nouns of a source in an aside: "по последним данным", "по её словам", "по оценке штаба". */
const SOURCE_NOUNS_RU = new Set([
  'данным',
  'сведениям',
  'словам',
  'информации',
  'оценке',
  'оценкам',
  'подсчетам',
]);

/** Words that join two counts of one unit: "14 and 12 years", "от 5 до 7 км". */
const UNIT_JOINERS = new Set(['and', 'or', 'to', '-', 'и', 'или', 'до']);

/**
 * True when the count ending at token `end` measures something: a unit follows it, or another count and a
 * unit ("пострадавшим 14 и 12 лет" are ages, not people).
 */
function measuredAfter(tokens: readonly Token[], end: number): boolean {
  if (UNITS.has(tokens[end]?.text ?? '')) return true;
  return (
    UNIT_JOINERS.has(tokens[end]?.text ?? '') &&
    numberValue(tokens[end + 1]?.text ?? '') !== null &&
    UNITS.has(tokens[end + 2]?.text ?? '')
  );
}

/** "of them", "из них" at token `k`: the people just named, a part of whom a count before it tells of. */
function ofThemAt(tokens: readonly Token[], k: number): boolean {
  const [a, b] = [tokens[k]?.text, tokens[k + 1]?.text];
  return (a === 'of' && b === 'them') || (a === 'из' && b === 'них');
}

/** An age written as one word before its noun. */
const AGE = /^\d{1,3}-(?:year-old|летн\p{L}*)$/u;

/** The victim noun a count is attached to (looking at most four words ahead) and its token index. */
function attachedNoun(
  tokens: readonly Token[],
  count: Count,
  limit: number,
): { group: VictimGroup; index: number } | null {
  if (measuredAfter(tokens, count.end) || ofThemAt(tokens, count.end)) return null;
  for (let j = count.end; j < Math.min(count.end + 5, limit); j++) {
    const word = tokens[j]?.text ?? '';
    // "a 15-year-old boy", "65-летнего жителя"
    if (AGE.test(word)) continue;
    if (letterLengthAt(word, 0) === 0 && word !== '-') return null;
    const group = victimGroup(word);
    if (group) return { group, index: j };
    if (UNITS.has(word)) return null;
  }
  return null;
}

/** Words after a wound that make it a fatal one. */
const FATAL_AFTER = /^(?:несовместим|incompatible)/u;

/** A word that tells of a death. */
const DEATH_WORD = /^(?:killed|dead|died|погиб\p{L}*|убит\p{L}*|скончал\p{L}*)$/u;

/** Nouns for a group of people already named: "two of the group", "трое из группы". */
const GROUP_NOUNS = new Set(['group', 'gang', 'men', 'band', 'группы', 'банды', 'нападавших']);

/** Words that open a clause of its own. */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'и', 'а', 'но']);

/**
 * "Two of them and a sergeant were killed", with "them" the men of an earlier sentence: a count of its own
 * when nothing is counted before it in its clause ("five were wounded, two of them seriously" is a part).
 */
function ofThoseBefore(
  tokens: readonly Token[],
  count: Count,
  limit?: number,
  predicateStarts?: ReadonlySet<number>,
): VictimGroup | null {
  const [of, them, noun] = [
    tokens[count.end]?.text,
    tokens[count.end + 1]?.text,
    tokens[count.end + 2]?.text,
  ];
  // "two of them", "two of the group", "двое из них", "двое из группы"
  const those =
    (of === 'of' &&
      (them === 'them' || them === 'those' || (them === 'the' && GROUP_NOUNS.has(noun ?? '')))) ||
    (of === 'из' && (them === 'них' || GROUP_NOUNS.has(them ?? '')));
  if (!those) return null;
  // "Five were wounded, two of them seriously", "four people, two of them children, were wounded": a part of
  // a count made before in the same clause. A new clause after ';' or a conjunction ("five armed men
  // crossed …, and that four of them … died") counts anew.
  let clause = count.start;
  while (
    clause > 0 &&
    tokens[clause - 1]?.text !== ';' &&
    !CLAUSE_OPENERS.has(tokens[clause - 1]?.text ?? '')
  )
    clause--;
  // ("двое нарушителей задержаны, один из них ранен": the part is the subject of the predicate just after it,
  // when the count before it is no toll's: "шесть человек пострадали, двое из них госпитализированы" is a part.)
  const subject =
    limit !== undefined &&
    !someText(tokens, count.end + 3, limit, (w) => !AUX.has(w)) &&
    !someIndex(clause, count.start, (k) => predicateStarts?.has(k) === true);
  if (!subject && someText(tokens, clause, count.start, (w) => numberValue(w) !== null)) return null;
  // "of the group", "из группы": the armed group the report is about.
  return them === 'them' || them === 'those' || them === 'них' ? 'generic' : 'perpetrator';
}

function attachedGroup(tokens: readonly Token[], count: Count, limit: number): VictimGroup | null {
  return attachedNoun(tokens, count, limit)?.group ?? null;
}

function isNumberToken(text: string): boolean {
  return (
    numberValue(text) !== null ||
    ORDINALS.has(text) ||
    text === 'a' ||
    text === 'an' ||
    text === 'half' ||
    AGE.test(text)
  );
}

/** The start of a range that ends at token `k` ("between 5 and 7", "от 5 до 7", "5-7"), else `k`. */
function rangeStart(tokens: readonly Token[], k: number): number {
  const joiner = tokens[k - 1]?.text ?? '';
  if (!['and', 'to', '-', 'до'].includes(joiner) || numberValue(tokens[k - 2]?.text ?? '') === null) return k;
  // ("March 26 – two men": a day of a month before a dash.)
  if (monthEndsAt(tokens, k - 3)) return k;
  const opener = tokens[k - 3]?.text ?? '';
  return opener === 'between' || opener === 'от' || opener === 'from' ? k - 3 : k - 2;
}

interface Predicate {
  readonly kind: 'killed' | 'wounded';
  readonly start: number;
  readonly end: number;
}

/** The first token at or after `offset`, searching from token `from` on (-1: none). */
function tokenAt(tokens: readonly Token[], offset: number, from: number): number {
  for (let k = from; k < tokens.length; k++) if ((tokens[k] as Token).start >= offset) return k;
  return -1;
}

/** The death and wound words of a sentence as token ranges, in order. */
function predicates(tokens: readonly Token[], deaths: readonly Span[], wounds: readonly Span[]): Predicate[] {
  const out: Predicate[] = [];
  for (const [spans, kind] of [
    [deaths, 'killed'],
    [wounds, 'wounded'],
  ] as const) {
    // Matches come left to right, so each token search goes on from the previous one.
    let from = 0;
    for (const [matchStart, matchEnd] of spans) {
      const start = tokenAt(tokens, matchStart, from);
      if (start < 0) continue;
      from = start;
      let end = tokenAt(tokens, matchEnd, start);
      if (end === -1) end = tokens.length;
      out.push({ kind, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Part {
  readonly value: number;
  readonly group: VictimGroup;
  /** Token index of the count, -1 for an implied single victim. */
  readonly countStart: number;
  readonly total?: boolean;
  /** One person named in the singular, without a number ("погиб пограничник"). */
  readonly single?: boolean;
}

/** A count at `k` read already, with or without its qualifiers ("не менее двух", "at least two"). */
function claimedAt(tokens: readonly Token[], k: number, claimed: ReadonlySet<number>): boolean {
  for (let j = k; j >= 0 && (j === k || QUALIFIERS.has(tokens[j]?.text ?? '')); j--)
    if (claimed.has(j)) return true;
  return false;
}

/** "two border guards and a civilian": counts joined by "and"/"," before index `start`, each with its noun. */
function coordinatedBefore(
  tokens: readonly Token[],
  count: Count,
  floor: number,
  claimed: ReadonlySet<number>,
  predicateStarts: ReadonlySet<number>,
): Part[] {
  const parts: Part[] = [];
  let cursor = count.start - 1;
  while (cursor > floor && COORDINATORS.has(tokens[cursor]?.text ?? '')) {
    let found: Part | null = null;
    for (let k = cursor - 1; k >= Math.max(floor, cursor - 6); k--) {
      if (!isNumberToken(tokens[k]?.text ?? '')) continue;
      const c = countAt(tokens, k);
      if (!c || c.end > cursor || claimedAt(tokens, k, claimed)) continue;
      const noun = attachedNoun(tokens, c, cursor);
      // "two servicemen of the Border Troops and two civilians": the noun may carry a phrase of its own.
      if (noun && ownPhraseUntil(tokens, noun.index, cursor, predicateStarts))
        found = { value: c.value, group: noun.group, countStart: k };
      // "two of them and a sergeant"
      const those = c.end + 2 === cursor ? ofThoseBefore(tokens, c) : null;
      if (those) found = { value: c.value, group: those, countStart: k };
      break;
    }
    // "his younger brother and a neighbour were wounded": one relative, without a count of their own.
    if (!found) {
      const relative = victimGroup(tokens[cursor - 1]?.text ?? '');
      const owner = [cursor - 2, cursor - 3].find(
        (k) => k >= floor && POSSESSIVES.has(tokens[k]?.text ?? ''),
      );
      // ("The lieutenant and two of the intruders died": one man named with "the", in the singular.)
      const theOne = (at: number) =>
        /^[a-z]+[^s]$/.test(tokens[cursor - 1]?.text ?? '') && tokens[at - 1]?.text !== 'of';
      if (relative && owner !== undefined && (tokens[owner]?.text !== 'the' || theOne(owner))) {
        parts.push({ value: 1, group: relative, countStart: -1 });
        cursor = owner - 1;
        continue;
      }
      break;
    }
    parts.push(found);
    cursor = found.countStart - 1;
  }
  return parts;
}

/**
 * The group of a relative named with a possessive at `owner` and no count of their own ("her son", "их
 * командир"), else null.
 */
function relativeAfter(tokens: readonly Token[], owner: number): VictimGroup | null {
  const word = tokens[owner]?.text ?? '';
  if (!POSSESSIVES.has(word) || word === 'the') return null;
  const noun = tokens[owner + 1]?.text ?? '';
  if (numberValue(noun) !== null || countAt(tokens, owner + 1)) return null;
  return victimGroup(noun);
}

/** A predicate within the phrase from `from` on (before a comma, ';' or '.'): the phrase is its subject. */
function predicateAhead(
  tokens: readonly Token[],
  from: number,
  predicateStarts: ReadonlySet<number>,
): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const text = tokens[k]?.text ?? '';
    if (text === ',' || text === ';' || text === '.') return false;
    if (predicateStarts.has(k)) return true;
  }
  return false;
}

/**
 * True when a predicate follows `from` within the same clause, before any "and" or the clause's end: the noun
 * phrase before `from` is that predicate's subject.
 */
function subjectOfNextPredicate(
  tokens: readonly Token[],
  from: number,
  predicateStarts: ReadonlySet<number>,
): boolean {
  // Past an aside between dashes that names the people counted: "двое взрослых — её бабушка и дядя —
  // получили ранения".
  let start = from;
  if (DASHES.has(tokens[from]?.text ?? '')) {
    for (let k = from + 1; k < Math.min(tokens.length, from + 10); k++) {
      if (DASHES.has(tokens[k]?.text ?? '')) {
        start = k + 1;
        break;
      }
    }
  }
  for (let k = start; k < Math.min(tokens.length, start + 14); k++) {
    const text = tokens[k]?.text ?? '';
    if (text === 'and' || text === 'и' || text === ';' || text === '.') return false;
    if (predicateStarts.has(k) || (AUX.has(text) && /^[а-яё]/u.test(text))) return true;
  }
  return false;
}

/** Words of a victim noun's own after it ("a conscript from the next district and three of the intruders"). */
const MODIFIERS = 4;
/** Prepositions that open a noun's own phrase before "and" ("two servicemen of the Border Troops and …"). */
const OWN_PHRASE_OPENERS = new Set(['of', 'from']);

/**
 * True when the words after a victim noun at `noun` up to `end` are the noun's own: none, or a short phrase
 * opened by a preposition ("of the Border Troops", "from the Panj detachment").
 */
function ownPhraseUntil(
  tokens: readonly Token[],
  noun: number,
  end: number,
  predicateStarts: ReadonlySet<number>,
): boolean {
  const words = end - 1 - noun;
  if (words === 0) return true;
  if (words < 0 || words > MODIFIERS || !OWN_PHRASE_OPENERS.has(tokens[noun + 1]?.text ?? '')) return false;
  for (let k = noun + 1; k < end; k++) if (!isModifierWord(tokens, k, predicateStarts)) return false;
  return true;
}

/**
 * True when the token at `k` can be a word of a victim noun's own modifier ("of the Border Troops",
 * "Пограничных войск"): a word, not a number, a coordinator, an auxiliary or a predicate.
 */
function isModifierWord(tokens: readonly Token[], k: number, predicateStarts: ReadonlySet<number>): boolean {
  const text = tokens[k]?.text ?? '';
  return (
    !COORDINATORS.has(text) &&
    !AUX.has(text) &&
    !predicateStarts.has(k) &&
    letterLengthAt(text, 0) > 0 &&
    numberValue(text) === null
  );
}

/**
 * True when the person after the comma at `cursor` is the one person of `group` counted last, named again
 * ("пограничник, 22-летний сержант"), not another.
 */
function namedAgain(
  tokens: readonly Token[],
  cursor: number,
  parts: readonly Part[],
  group: VictimGroup,
): boolean {
  const last = parts.at(-1);
  return tokens[cursor]?.text === ',' && last?.value === 1 && last.group === group;
}

/** "Both", which counts whatever it is said of: people only with a victim noun. */
const BOTH = new Set(['both', 'оба', 'обе', 'обоих', 'обеих', 'обоим', 'обеим']);
/** Prepositions before a count of body parts, not people: "injuries to both legs", "ранения в обе ноги". */
const WOUND_PREPOSITIONS = new Set(['to', 'in', 'into', 'of', 'в', 'во', 'на']);
/** A word of three letters or more: a noun a wounded count may be of. */
const WORD_OF_THREE = /^\p{L}{3,}$/u;

/** Counts after a predicate: "killing three civilians and wounding a fourth", "wounding a woman and her two children". */
function forwardParts(
  tokens: readonly Token[],
  from: number,
  limit: number,
  predicateStarts: ReadonlySet<number>,
  kind: 'killed' | 'wounded' | null = null,
): Part[] | null {
  // "погибли мать и ее сын": one person named in the singular, without a count.
  const counted = countAt(tokens, from);
  const single = counted ? null : singularRussianVictim(tokens, from);
  const first = single
    ? { value: 1, start: from, end: single.index, ordinal: false, collective: false, bare: true }
    : counted;
  if (!first) return null;
  const group = single?.group ?? attachedGroup(tokens, first, limit);
  const after = tokens[first.end]?.text ?? '';
  const standsAlone =
    first.collective ||
    first.ordinal ||
    tokens[from]?.text === 'another' ||
    after === '' ||
    after === '.' ||
    after === ',' ||
    after === ';' ||
    after === 'and' ||
    after === 'и' ||
    after === 'on' ||
    after === 'in' ||
    after === 'at' ||
    after === 'when' ||
    after === 'after' ||
    after === 'others' ||
    after === 'more' ||
    // "opened fire on the boatmen, killing two of them", "убив двоих из них"
    ofThemAt(tokens, first.end);
  // Only people are wounded: "ранения получили две сборщицы хлопка" counts people whatever the noun (not
  // what a preposition governs: "injuries to both legs", "ранения в обе ноги").
  const woundedNoun =
    kind === 'wounded' &&
    !first.bare &&
    !WOUND_PREPOSITIONS.has(tokens[first.start - 1]?.text ?? '') &&
    !WOUND_PREPOSITIONS.has(tokens[first.start]?.text ?? '') &&
    // ("ранения получили жители обеих сёл": "both" of places, not of people.)
    !BOTH.has(tokens[first.start]?.text ?? '') &&
    WORD_OF_THREE.test(after) &&
    !ANIMALS.has(after) &&
    !UNITS.has(after) &&
    !measuredAfter(tokens, first.end);
  if (!group && !woundedNoun && (!standsAlone || first.bare || measuredAfter(tokens, first.end))) return null;
  const parts: Part[] = [
    { value: first.value, group: group ?? 'generic', countStart: first.start, single: single !== null },
  ];
  // Coordinated objects: "... and her two children".
  let cursor = first.end;
  while (cursor < limit && tokens[cursor] && !COORDINATORS.has(tokens[cursor]?.text ?? '')) {
    if (victimGroup(tokens[cursor]?.text ?? '')) {
      cursor++;
      // The noun's own modifiers after it: "один военнослужащий Пограничных войск и один сотрудник".
      let modifiers = 0;
      while (modifiers < MODIFIERS && cursor < limit && isModifierWord(tokens, cursor, predicateStarts)) {
        cursor++;
        modifiers++;
      }
      break;
    }
    if (letterLengthAt(tokens[cursor]?.text ?? '', 0) === 0 && !AGE.test(tokens[cursor]?.text ?? '')) break;
    cursor++;
  }
  while (COORDINATORS.has(tokens[cursor]?.text ?? '')) {
    let k = cursor + 1;
    // ", и двое жителей", ", and two residents"
    if (tokens[cursor]?.text === ',' && (tokens[k]?.text === 'и' || tokens[k]?.text === 'and')) k++;
    // "a woman and her son": one relative, without a count of their own.
    const relative = relativeAfter(tokens, k);
    if (relative) {
      // "погиб мальчик, его мать и двое братьев ранены": the relative opens the subject of the next predicate.
      if (predicateAhead(tokens, k + 2, predicateStarts)) break;
      parts.push({ value: 1, group: relative, countStart: -1 });
      cursor = k + 2;
      continue;
    }
    if (POSSESSIVES.has(tokens[k]?.text ?? '')) k++;
    const c = countAt(tokens, k);
    // "двое военнослужащих и жительница махалли": one person, named in the singular without a count.
    const single = c ? null : singularRussianVictim(tokens, k);
    if (single) {
      const next = single.index + 1;
      if (predicateStarts.has(next) || AUX.has(tokens[next]?.text ?? '')) break;
      // "военнослужащий Пограничных войск, рядовой срочной службы": one person named again.
      if (!namedAgain(tokens, cursor, parts, single.group))
        parts.push({ value: 1, group: single.group, countStart: -1 });
      cursor = next;
      continue;
    }
    if (!c) break;
    const noun = attachedNoun(tokens, c, limit);
    if (!noun) break;
    // "погиб таджикский пограничник, 22-летний сержант родом из Исфары": one person named again with an age.
    if (AGE.test(tokens[k]?.text ?? '') && namedAgain(tokens, cursor, parts, noun.group)) {
      cursor = noun.index + 1;
      while (cursor < limit && isModifierWord(tokens, cursor, predicateStarts)) cursor++;
      continue;
    }
    // "погибли двое, ещё 11 человек ранены": the next noun phrase is the subject of another predicate, also
    // past its own words and an aside ("погиб один гражданин, трое сотрудников компании, в том числе …,
    // получили ранения").
    const next = noun.index + 1;
    if (predicateStarts.has(next) || AUX.has(tokens[next]?.text ?? '')) break;
    if (tokens[cursor]?.text === ',' && subjectOfNextPredicate(tokens, next, predicateStarts)) break;
    parts.push({ value: c.value, group: noun.group, countStart: c.start });
    cursor = next;
  }
  return parts;
}

/**
 * The group of a Russian victim noun at `k` in the nominative singular ("жительница", "военнослужащий",
 * "житель"; nominative plurals end in -и, -ы, -е, genitive plurals in -х, -в, -ей), else null.
 */
function singularRussianVictim(
  tokens: readonly Token[],
  k: number,
): { group: VictimGroup; index: number } | null {
  // "пожилой житель": past one adjective.
  const first = tokens[k]?.text ?? '';
  const index = /^[а-яё]+(?:ой|ый|ий|ая|яя)$/u.test(first) && !victimGroup(first) ? k + 1 : k;
  const word = tokens[index]?.text ?? '';
  if (!/^[а-яё]+$/u.test(word) || /(?:[иыехв]|ей)$/u.test(word)) return null;
  const group = victimGroup(word);
  return group ? { group, index } : null;
}

/** A Russian surname, and an initial after it: "курбонов ш.", "юсупова ш. а.". */
const SURNAME = /^[а-яё]{3,}$/u;
const INITIAL = /^[а-яё]$/u;

/**
 * The people a communiqué names after its predicate, a victim noun first: "(ранения получили) жители джамоата
 * Ворух Рахимов Д., 1977 года рождения, и Одинаев А., 1990 года рождения, а также военнослужащий рядовой
 * Мирзоев Ф." is three, one per surname with its initials, up to the sentence's end or the next predicate.
 */
function namedVictimsAfter(
  tokens: readonly Token[],
  at: number,
  ceiling: number,
  predicateStarts: ReadonlySet<number>,
): Part | null {
  const group = victimGroup(tokens[at]?.text ?? '');
  if (!group) return null;
  let names = 0;
  for (let k = at + 1; k + 2 < ceiling; k++) {
    const word = tokens[k]?.text ?? '';
    if (word === ';' || predicateStarts.has(k)) break;
    if (!SURNAME.test(word) || !INITIAL.test(tokens[k + 1]?.text ?? '') || tokens[k + 2]?.text !== '.')
      continue;
    names++;
    k += 2;
    // A second initial: "юсупова ш. а."
    if (INITIAL.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === '.') k += 2;
  }
  return names > 0 ? { value: names, group, countStart: -1 } : null;
}

/** The nearest victim noun before a predicate, for the group of a singular "was killed". */
function nearestGroupBefore(tokens: readonly Token[], index: number): VictimGroup {
  for (let k = index - 1; k >= Math.max(0, index - 20); k--) {
    const g = victimGroup(tokens[k]?.text ?? '');
    if (g) return g;
  }
  return 'generic';
}

/** A Russian subject after its verb: "погиб военнослужащий", "ранен водитель" (a few words on, no count). */
function groupAfter(tokens: readonly Token[], index: number): VictimGroup | null {
  for (let k = index; k < Math.min(tokens.length, index + 3); k++) {
    const text = tokens[k]?.text ?? '';
    if (letterLengthAt(text, 0) === 0 || numberValue(text) !== null) return null;
    const g = victimGroup(text);
    if (g) return g;
  }
  return null;
}

/** Animals, whose deaths are no toll: "корову", "овец", "donkeys". */
const ANIMAL =
  /^(?:коров\p{L}*|овц\p{L}*|овец|баран\p{L}*|скот\p{L}*|коз\p{L}*|осл\p{L}*|ишак\p{L}*|лошад\p{L}*|верблюд\p{L}*|cows?|sheep|goats?|donkeys?|horses?|cattle|livestock|camels?)$/u;

/** The words at `at` name animals, with or without a count: "корову", "two donkeys". */
function animalsAt(tokens: readonly Token[], at: number): boolean {
  if (ANIMAL.test(tokens[at]?.text ?? '')) return true;
  const count = countAt(tokens, at);
  return count !== null && count.end === at + 1 && ANIMAL.test(tokens[at + 1]?.text ?? '');
}

/** Predicates said of security forces' enemies only: "neutralised", "ликвидированы". */
const OF_ENEMIES =
  /^(?:neutrali[sz]ed|eliminated|liquidated|уничтожен\p{L}*|ликвидирован\p{L}*|ликвидировал\p{L}*|нейтрализован\p{L}*|нейтрализовал\p{L}*|уничтожил\p{L}*)$/u;

function readPredicate(
  tokens: readonly Token[],
  p: Predicate,
  claimed: ReadonlySet<number>,
  predicateStarts: ReadonlySet<number>,
): Part[] {
  const floor = 0;
  const ceiling = tokens.length;
  const prev = tokens[p.start - 1]?.text ?? '';
  const prev2 = tokens[p.start - 2]?.text ?? '';
  // "двое спутников погибшего", "родственники погибших": the dead as whose companions or family they are,
  // after a noun: the noun's count is not theirs; "погибшего" still says one man died ("тела двух погибших",
  // with a count before, counts as ever).
  if (
    OF_THE_DEAD.test(tokens[p.start]?.text ?? '') &&
    victimGroup(prev) !== null &&
    numberValue(prev) === null &&
    !TOTAL_NOUNS.test(prev)
  )
    return tokens[p.start]?.text === 'погибших' ? [] : [{ value: 1, group: 'generic', countStart: -1 }];
  // Animals killed are no toll: "убило корову", "a mine killed two donkeys".
  if (animalsAt(tokens, p.end)) return [];
  // Bones counted, not people: "(he was taken to hospital) with two broken ribs", "three fractures": one person.
  if (/^(?:broken|fractures)$/.test(tokens[p.start]?.text ?? '') && numberValue(prev) !== null)
    return [{ value: 1, group: 'generic', countStart: -1 }];
  // Totals: "the death toll rose to 13", "число погибших ... возросло до 13 человек".
  // ("bringing the number of troops hurt over the two nights to two", "число раненых военнослужащих": the
  // people counted may stand between the noun and the predicate.)
  const numberOfPeople = numberOfPeopleBefore(tokens, p.start);
  const isTotal =
    TOTAL_NOUNS.test(tokens[p.end - 1]?.text ?? '') ||
    TOTAL_NOUNS.test(prev) ||
    TOTAL_NOUNS.test(prev2) ||
    numberOfPeople;
  if (isTotal) {
    for (let k = p.end; k < Math.min(ceiling, p.end + 25); k++) {
      if (!CHANGE_WORDS.has(tokens[k]?.text ?? '')) continue;
      const c = countAt(tokens, k + 1);
      // "brings the toll to one soldier and two gunmen dead": parts listed, which the predicate after them reads.
      if (c && partsListedFrom(tokens, c.end)) return [];
      if (c && !UNITS.has(tokens[c.end]?.text ?? '')) {
        return [{ value: c.value, group: 'generic', countStart: c.start, total: true }];
      }
    }
  }
  // "neutralised him", "shot him dead", "застрелили его": one person, the object of the verb (Russian "его"
  // only where no noun follows it: "ранили его брата" counts the brother).
  if (oneObjectPronoun(tokens, p)) return [{ value: 1, group: 'generic', countStart: -1 }];
  // "wounded dozens", "ранены десятки": an unquantified object adds nothing, and the count before the
  // predicate is another's.
  if (UNQUANTIFIED.has(tokens[p.end]?.text ?? '')) return [];
  // Active voice: a count right after the predicate, or after its auxiliary ("ранения получили трое").
  let after = p.end;
  // "claimed the lives of three guards", "the dead included a girl and her grandmother"
  const lifeOf = /^li(?:fe|ves)$/.test(tokens[p.end - 1]?.text ?? '') && tokens[p.end]?.text === 'of';
  // "среди погибших — трое военнослужащих": the dead listed after a dash
  const listed =
    tokens[p.end]?.text === 'included' ||
    tokens[p.end]?.text === 'include' ||
    (DASHES.has(tokens[p.end]?.text ?? '') && (prev === 'среди' || prev === 'among'));
  // "the killing of a Tajik herder", "the deaths of two soldiers": the dead named after "of" ("the death of" is
  // one term, its people right after it).
  const deathOf =
    /^(?:killing|killings|death|deaths)$/.test(tokens[p.end - 1]?.text ?? '') && tokens[p.end]?.text === 'of';
  if (lifeOf || listed || deathOf) after++;
  // "жертвой стрельбы стал житель села": one victim, named after "стал"/"стала".
  if (tokens[p.start]?.text === 'жертвой') {
    const became = becameAfter(tokens, p.end);
    const one = became >= 0 ? singularRussianVictim(tokens, became + 1) : null;
    if (one) return [{ value: 1, group: one.group, countStart: -1 }];
  }
  // "жертвами обстрела стали двое мирных жителей"
  if (tokens[p.start]?.text === 'жертвами') {
    const became = becameAfter(tokens, p.end);
    if (became >= 0) after = became + 1;
    // ("жертвами мин стали десятки жителей": no number.)
    if (UNQUANTIFIED.has(tokens[after]?.text ?? '')) return [];
  }
  // "claimed the life of a serviceman": one victim, named after "of".
  if (lifeOf && tokens[p.end - 1]?.text === 'life') {
    let group: VictimGroup = 'generic';
    for (let k = p.end + 1; k < Math.min(tokens.length, p.end + 5); k++) {
      const found = victimGroup(tokens[k]?.text ?? '');
      if (found) {
        group = found;
        break;
      }
    }
    return [{ value: 1, group, countStart: -1 }];
  }
  // "ранены, по последним данным, 19 человек": an aside on the source between the predicate and its count.
  let asideEnd = p.end;
  // (Not after a passive, whose people stand before it: "two Tajiks were killed, according to the border troops,
  // who said six … were wounded".)
  const englishPassive =
    PASSIVE_AUX.has(tokens[p.start - 1]?.text ?? '') && tokens[after + 1]?.text === 'according';
  if (
    tokens[after]?.text === ',' &&
    (tokens[after + 1]?.text === 'по' || tokens[after + 1]?.text === 'according') &&
    !englishPassive
  ) {
    for (let k = after + 2; k < Math.min(tokens.length, after + 8); k++) {
      if (tokens[k]?.text !== ',') continue;
      // "по последним данным (обеих сторон)", "according to …"
      if (
        tokens[after + 1]?.text === 'according' ||
        someText(tokens, after + 2, k, (w) => SOURCE_NOUNS_RU.has(w))
      ) {
        after = k + 1;
        asideEnd = after;
      }
      break;
    }
  }
  // "Погибших — двое, раненых — пятеро": a tally in the genitive plural, a dash, its count.
  // "погибших талибов уже трое": the tally's people named between it and its count.
  if (
    PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '') &&
    after === p.end &&
    (victimGroup(tokens[after]?.text ?? '') !== null || sideOfWord(tokens[after]?.text ?? '') !== null) &&
    [tokens[after + 1]?.text, tokens[after + 2]?.text].some((w) => COLLECTIVE.has(w ?? ''))
  )
    after++;
  if (PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '') && DASHES.has(tokens[after]?.text ?? '')) after++;
  // "Раненых насчитывается 144", "погибших было трое": the tally's verb before its count.
  else if (PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '') && TALLIED.has(tokens[after]?.text ?? ''))
    after++;
  // "погибших в том бою теперь четверо": where they died, between the tally and its count.
  if (PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '') && after === p.end) {
    const count = countAfterWhere(tokens, after);
    if (count !== null) after = count;
  }
  // "ранение в руку получил младший сержант": where the wound is, between the predicate and its auxiliary.
  if ((tokens[after]?.text === 'в' || tokens[after]?.text === 'во') && AUX.has(tokens[after + 2]?.text ?? ''))
    after += 2;
  // "огнестрельное ранение ноги получил военнослужащий": the part of the body in the genitive.
  else if (BODY_PART_RU.test(tokens[after]?.text ?? '') && AUX.has(tokens[after + 1]?.text ?? '')) after += 1;
  while (
    after < Math.max(p.end, asideEnd) + 5 &&
    (AUX.has(tokens[after]?.text ?? '') ||
      ALSO.has(tokens[after]?.text ?? '') ||
      // "wounding her two children"
      (POSSESSIVES.has(tokens[after]?.text ?? '') && tokens[after]?.text !== 'the'))
  )
    after++;
  for (const at of after === p.end ? [p.end] : [p.end, after]) {
    if (
      isNumberToken(tokens[at]?.text ?? '') ||
      otherOfPair(tokens, at) > at ||
      QUALIFIERS.has(tokens[at]?.text ?? '') ||
      // "погибли мать и ее сын": a Russian subject after its verb, in the singular; "ранение получил
      // военнослужащий": after the singular auxiliary
      ((at === p.end ||
        SINGULAR_AUX.has(tokens[at - 1]?.text ?? '') ||
        // "ранение получил и военнослужащий"
        (ALSO.has(tokens[at - 1]?.text ?? '') && SINGULAR_AUX.has(tokens[at - 2]?.text ?? ''))) &&
        !PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '') &&
        singularRussianVictim(tokens, at) !== null)
    ) {
      const forward = forwardParts(tokens, at, ceiling, predicateStarts, p.kind);
      // "о двух погибших и десяти раненых": past "и", a count followed by another predicate is that one's.
      const ownCount =
        at === p.end ||
        !forward?.some((part) => part.countStart >= 0 && predicateStarts.has(part.countStart + 1));
      if (forward && ownCount) return forward;
    }
  }
  // "ранения получили военнослужащие Курбонов Ш. и Сафаров Д., а также жительница села Юсупова Ш.": a
  // communiqué names its casualties instead of counting them.
  const named = namedVictimsAfter(tokens, after, ceiling, predicateStarts);
  if (named) return [named];
  // "killed ... along with two Tajik border guards" adds the second group.
  const along: Part[] = [];
  const t1 = tokens[p.end]?.text;
  const t2 = tokens[p.end + 1]?.text;
  if ((t1 === 'along' || t1 === 'together') && t2 === 'with') {
    const extra = forwardParts(tokens, p.end + 2, ceiling, predicateStarts);
    if (extra) along.push(...extra);
  }
  // "three were wounded, as was a 15-year-old boy": one more group after "as was".
  const t3 = tokens[p.end + 2]?.text;
  if (t1 === ',' && t2 === 'as' && (t3 === 'was' || t3 === 'were')) {
    const extra = forwardParts(tokens, p.end + 3, ceiling, predicateStarts);
    if (extra) along.push(...extra);
  }
  const apposed = apposedTotal(tokens, p);
  if (apposed) return [apposed, ...along];
  // Passive voice / noun phrase before the predicate: the nearest attached count.
  // A death or a wound may follow its victims' names in apposition or a participle's clause: "two servicemen,
  // Senior Sergeant Sh. Rahimov and Private M. Odinaev, died", "двое подростков из кишлака Суджина,
  // собиравших металлолом у линии границы, вчера днём получили ранения": the count is looked for further back.
  const reach = 22;
  // "Three civilians were killed: a woman, her son and a neighbour who died of his wounds": the list after a
  // toll and a colon names its people again.
  for (let k = p.start - 1; k >= Math.max(floor, p.start - reach); k--) {
    if (tokens[k]?.text !== ':') continue;
    if (predicateStarts.has(k - 1) || (k >= 2 && predicateStarts.has(k - 2))) return along;
    // "погибших в том бою теперь четверо: трое контрабандистов, убитых на месте, и пограничник": the parts of
    // the tally's count before the colon.
    // (Of the same kind: "пострадавших … до шести: один пограничник погиб, пятеро ранены" lists a death too.)
    const sameKind = p.kind === 'killed' ? DEATH_WORD : WOUNDED_WORD;
    if (
      isNumberToken(tokens[k - 1]?.text ?? '') &&
      someIndex(
        Math.max(0, k - 8),
        k - 1,
        (j) => predicateStarts.has(j) && sameKind.test(tokens[j]?.text ?? ''),
      )
    )
      return along;
    break;
  }
  // "Ещё два гражданина — жители села Сурх Исмоилов Д., 1978 года рождения, и Назаров А. — получили ранения":
  // the people named between dashes before the predicate are the count's; the count stands before them.
  const aside = dashedAsideBefore(tokens, p.start);
  const lowest = Math.max(floor, aside ? aside.open - 8 : p.start - reach);
  for (let k = p.start - 1; k >= lowest; k--) {
    if (aside && k > aside.open && k <= aside.close) continue;
    const word = tokens[k]?.text ?? '';
    if (word === ';' || word === ':') break;
    if (!isNumberToken(word) && otherOfPair(tokens, k) < 0) continue;
    let count = countAt(tokens, rangeStart(tokens, k));
    const longer = k > 0 ? countAt(tokens, k - 1) : null;
    if (longer && longer.end > k && (!count || longer.start < count.start)) count = longer;
    if (!count || count.end > p.start) continue;
    // "Two Tajik servicemen, a private and a junior sergeant, were wounded": the people listed after a count
    // and a comma are that count's people; the count is looked for further back.
    if (listedAfterCount(tokens, count.start, count.value)) continue;
    // "один из двух братьев скончался", "one of the two brothers died": the whole is not the figure, the one is.
    const ofAt = tokens[count.start - 1]?.text === 'the' ? count.start - 2 : count.start - 1;
    const ofWord = tokens[ofAt]?.text;
    // ("he was one of three servicemen killed", "был одним из трёх погибших": the whole is the figure.)
    if (
      (ofWord === 'из' || ofWord === 'of') &&
      numberValue(tokens[ofAt - 1]?.text ?? '') !== null &&
      !COPULAS.has(tokens[ofAt - 2]?.text ?? '') &&
      // ("one of the two guards wounded … has died": the wounded who died, read as such.)
      !someText(tokens, count.end, p.start, (w) => WOUNDED_WORD.test(w)) &&
      // ("один из двух раненных": the count of the participle right after it is that participle's.)
      count.end < p.start
    )
      continue;
    // "мать пятерых детей", "a father of three": the children a parent has are not the victims.
    if (
      PARENT.test(tokens[count.start - 1]?.text ?? '') ||
      (tokens[count.start - 1]?.text === 'of' && PARENT.test(tokens[count.start - 2]?.text ?? ''))
    )
      continue;
    // A count another predicate read ("четверо террористов нейтрализованы, один задержан с ранением") is
    // that predicate's people.
    if (claimedAt(tokens, count.start, claimed)) continue;
    // "seven people, including two civilians, were killed", "two civilians, one of them a woman, were hurt": a
    // part named after its total is not the figure.
    if (
      PART_OPENERS.has(tokens[count.start - 1]?.text ?? '') ||
      partOpenedRu(tokens, count.start) ||
      // "one of them a woman", "among them a shepherd", "среди них двое детей"
      (THEM.has(tokens[count.start - 1]?.text ?? '') &&
        (tokens[count.start - 2]?.text === 'of' || PART_OPENERS.has(tokens[count.start - 2]?.text ?? '')))
    )
      continue;
    const group =
      attachedGroup(tokens, count, p.start) ??
      ofThoseBefore(tokens, count, p.start, predicateStarts) ??
      // "двое раненых пограничников": the people named after the toll word as their attribute
      (count.end === p.start && PLURAL_ATTRIBUTE.test(tokens[p.end - 1]?.text ?? '')
        ? victimGroup(tokens[p.end]?.text ?? '')
        : null);
    // "three Tajik deaths", "двое других раненых", "three more were injured": a nationality, "other" or "more"
    // between a count and its toll noun. (A state between them is no word of another: "второй в тяжелом
    // состоянии доставлен в больницу".)
    const adjacent = !someText(
      tokens,
      count.end,
      stateBefore(tokens, p.start),
      (w) => !AUX.has(w) && !OTHER_WORDS.has(w) && w !== 'more' && sideOfWord(w) === null,
    );
    // "Двое наших погибли", "трое ребят получили ранения": a collective numeral counts people, whatever the one
    // word after it names them by.
    const collectiveNamed =
      count.collective &&
      p.start === count.end + 1 &&
      /^[а-яё]+$/u.test(tokens[count.end]?.text ?? '') &&
      !UNITS.has(tokens[count.end]?.text ?? '');
    // "Ещё пятеро, в том числе двое детей, получили ранения": a count whose part follows it stands alone.
    const partFollows =
      tokens[count.end]?.text === ',' &&
      (PART_OPENERS.has(tokens[count.end + 1]?.text ?? '') || partOpenedRu(tokens, count.end + 4));
    // "один из них наступил на мину и погиб": one of those named before died, however far his verb.
    // "led two guards away, one of them with a head injury": the wounded of those just named.
    const ofThemCount = ofThemAt(tokens, count.end);
    // Not of the wounded counted before in the sentence ("пострадали шесть человек, двое из них
    // госпитализированы"), of the dead ("four were killed, two of them shot in the head"), or a part of a
    // count told in commas ("four people, two of them children, were wounded").
    const oneOfThem =
      ofThemCount &&
      (p.kind === 'wounded'
        ? !someIndex(
            0,
            count.start,
            (k) => predicateStarts.has(k) || DEATH_WORD.test(tokens[k]?.text ?? ''),
          ) && !someText(tokens, count.end, p.start, (w) => w === ',')
        : count.value === 1);
    if (
      !group &&
      !oneOfThem &&
      !((adjacent || partFollows || collectiveNamed) && !count.bare && !measuredAfter(tokens, count.end))
    )
      continue;
    const parts: Part[] = [{ value: count.value, group: group ?? 'generic', countStart: count.start }];
    // "one of its servicemen, a 23-year-old sergeant, died": a single person in commas after the count
    // names that count's people again.
    const noun = attachedNoun(tokens, count, p.start);
    const apposed =
      count.bare &&
      tokens[count.start - 1]?.text === ',' &&
      noun !== null &&
      // "..., a private, was hit", "..., a private who was hit"
      someText(tokens, noun.index + 1, p.start, (w) => w === ',' || DESCRIBES_VICTIM.has(w));
    // ("two guards, one of them with a head injury": "one of them" is a part of the count before, not beside it.)
    if (!apposed && !(oneOfThem && p.kind === 'wounded'))
      parts.push(...coordinatedBefore(tokens, count, floor, claimed, predicateStarts));
    // "a woman and her son were killed": a relative after the counted people, without a count of their own.
    const relative =
      noun && noun.index + 3 < p.start && COORDINATORS.has(tokens[noun.index + 1]?.text ?? '')
        ? relativeAfter(tokens, noun.index + 2)
        : null;
    if (relative) parts.push({ value: 1, group: relative, countStart: -1 });
    return [...parts, ...along];
  }
  if (along.length) return along;
  // Singular without a number: "a 34-year-old resident ... was shot dead", "погиб пограничник".
  const word = tokens[p.start]?.text ?? '';
  // The auxiliary may stand before a few modifiers: "получил тяжелое огнестрельное ранение".
  let aux = p.start - 1;
  while (aux > 0 && AUX.has(tokens[aux]?.text ?? '') && !SINGULAR_AUX.has(tokens[aux]?.text ?? '')) aux--;
  const singular =
    RU_SINGULAR.test(word) ||
    // "сержант смертельно ранен": the adverb the term opens with, then the singular participle.
    (p.end - p.start === 2 && /о$/u.test(word) && RU_SINGULAR.test(tokens[p.start + 1]?.text ?? '')) ||
    // "пограничник в тяжелом состоянии доставлен в больницу": one person taken to care, named just before
    (CARED_FOR_ONE.test(word) &&
      victimGroup(tokens[stateBefore(tokens, p.start) - 1]?.text ?? '') !== null) ||
    SINGULAR_AUX.has(tokens[aux]?.text ?? '') ||
    (prev === 'been' && (prev2 === 'has' || prev2 === 'had')) ||
    // "a guard wounded on Friday has died"
    (prev === 'has' && p.kind === 'killed') ||
    // "the sergeant died of his wounds": one man's death, his noun right before the verb ("he died on the
    // way to hospital": his pronoun)
    (p.kind === 'killed' &&
      DIED.test(word) &&
      (singularEnglishVictim(prev) || prev === 'he' || prev === 'she')) ||
    // "a third, wounded in the leg, was detained": one more man, his wound told in commas after him
    (p.kind === 'wounded' && prev === ',' && oneInCommasBefore(tokens, p.start - 1)) ||
    // "his nephew lost a leg": one man's limb, his noun right before the verb
    (p.kind === 'wounded' &&
      word === 'lost' &&
      singularEnglishVictim(prev) &&
      /^(?:his|her|their|the|a|an)$/.test(prev2)) ||
    // "his sister is still being treated for shrapnel wounds", "a fourth man is held with a bullet wound"
    (p.kind === 'wounded' && treatedOrHeldWithWounds(tokens, p.start)) ||
    // "the junior sergeant received a gunshot wound": one wound of one man, his noun before the verb
    (p.kind === 'wounded' && oneWoundOfOneMan(tokens, p.start)) ||
    // "Kholov … died of his injuries": one man's wounds, one man's death
    (p.kind === 'killed' &&
      OF_ONES_WOUNDS.test(
        tokens
          .slice(p.start, p.end)
          .map((t) => t.text)
          .join(' '),
      ));
  // "whether anyone was hurt": nobody counted; "пограничник не был ранен", "никого не ранило": denied.
  if (singular && someText(tokens, Math.max(0, aux - 2), aux, (w) => INDEFINITE.has(w))) return [];
  if (singular && someText(tokens, Math.max(0, aux - 1), p.start, (w) => NEGATIONS.has(w))) return [];
  // "A cow was killed": livestock are not casualties.
  // ("Взрывом убило трёх ослов": a count of animals after the verb.)
  const object = numberValue(tokens[p.end]?.text ?? '') !== null ? p.end + 1 : p.end;
  if (singular && (ANIMALS.has(tokens[aux - 1]?.text ?? '') || ANIMALS.has(tokens[object]?.text ?? '')))
    return [];
  if (singular) {
    const group =
      (RU_SINGULAR.test(word) ? groupAfter(tokens, p.end) : null) ?? nearestGroupBefore(tokens, p.start);
    return [{ value: 1, group, countStart: -1 }];
  }
  return [];
}

/** One person named before a comma: "a third", "the last", "the other", "another". */
const ONE_OF_SEVERAL = new Set([...ORDINALS, 'last', 'other']);

/**
 * One person named right before the comma at `comma` that opens an aside on his wound: "a third, wounded in
 * the leg, was detained", "the last, wounded in the leg,", "the other, shot in the arm,", "another, hit in
 * the hand,", "the boy, hit in the hip,".
 */
function oneInCommasBefore(tokens: readonly Token[], comma: number): boolean {
  const word = tokens[comma - 1]?.text ?? '';
  const article = tokens[comma - 2]?.text ?? '';
  if (word === 'another') return true;
  if (!/^(?:a|an|the)$/.test(article)) return false;
  return ONE_OF_SEVERAL.has(word) || singularEnglishVictim(word);
}

const OBJECT_PRONOUNS_EN = new Set(['him', 'her']);
const OBJECT_PRONOUNS_RU = new Set(['его', 'ее', 'её']);
/** Words that may follow a pronoun object: "killed him on Monday", "wounded her in the leg". */
const AFTER_OBJECT_EN = new Set([
  'on',
  'in',
  'at',
  'and',
  'as',
  'when',
  'with',
  'after',
  'before',
  'near',
  'while',
  'during',
  'outright',
  'instantly',
]);
const ACTIVE_PAST_RU = /^(?:убил|застрелил|ранил|ликвидировал|уничтожил|нейтрализовал)\p{L}*$/u;

/** The predicate's object is one person's pronoun: "neutralised him", "shot him dead", "застрелили его". */
function oneObjectPronoun(tokens: readonly Token[], p: Predicate): boolean {
  // ("shot him dead" is one term; "succumbed to her wounds" names no one killed.)
  for (let k = p.start; k < p.end; k++)
    if (OBJECT_PRONOUNS_EN.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'dead') return true;
  const next = tokens[p.end]?.text ?? '';
  // ("wounded her two children": "her" before a noun is a possessive.)
  if (OBJECT_PRONOUNS_EN.has(next)) {
    const after = tokens[p.end + 1]?.text ?? '';
    return (
      /(?:ed|ing)$/.test(tokens[p.end - 1]?.text ?? '') &&
      (after === '' || letterLengthAt(after, 0) === 0 || AFTER_OBJECT_EN.has(after))
    );
  }
  if (!ACTIVE_PAST_RU.test(tokens[p.end - 1]?.text ?? '')) return false;
  // The object before its verb, as Russian puts it: "его застрелили в среду вечером", "в среду её ранили".
  // (Not a possessive: "его брата застрелили" has a noun between.)
  if (p.end - p.start === 1 && OBJECT_PRONOUNS_RU.has(tokens[p.start - 1]?.text ?? '')) return true;
  if (!OBJECT_PRONOUNS_RU.has(next)) return false;
  const after = tokens[p.end + 1]?.text ?? '';
  return after === '' || letterLengthAt(after, 0) === 0 || after === 'и' || after === 'в' || after === 'на';
}

/**
 * One person in care or in custody with wounds, the wound's words at `start`: "(she) is still being treated
 * for shrapnel wounds", "(a fourth man) is being held in Tajikistan with a bullet wound". The verb is
 * singular ("is", "was"), "for" or "with" opens the wound's words.
 */
function treatedOrHeldWithWounds(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  for (let skipped = 0; skipped < 2 && !/^(?:an?|for|with)$/.test(tokens[k]?.text ?? ''); skipped++) k--;
  if (/^an?$/.test(tokens[k]?.text ?? '')) k--;
  if (!/^(?:for|with)$/.test(tokens[k]?.text ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const text = tokens[j]?.text ?? '';
    if (text === 'is' || text === 'was') return someText(tokens, j + 1, k, (w) => CARE_OR_HELD.has(w));
    if (text === 'are' || text === 'were' || text === ';' || text === '.') return false;
  }
  return false;
}
const CARE_OR_HELD = new Set([
  'treated',
  'held',
  'detained',
  'hospitalised',
  'hospitalized',
  'admitted',
  'recovering',
]);

/** English verbs of a wound received: "received a gunshot wound", "suffered a cut", "sustained a wound". */
const WOUND_RECEIVED = new Set(['received', 'suffered', 'sustained']);

/**
 * A wound told as one received by one man named by his noun: "the sergeant received a gunshot wound", "the
 * junior sergeant suffered a cut to the forearm", "the guard sustained a wound". The wound's words start at
 * `start`; "a" or "an" stands before them or opens them (up to two words such as "minor", "shrapnel" between).
 */
function oneWoundOfOneMan(tokens: readonly Token[], start: number): boolean {
  let k = WOUND_RECEIVED.has(tokens[start]?.text ?? '') ? start + 1 : start - 1;
  for (let skipped = 0; skipped < 2 && !/^an?$/.test(tokens[k]?.text ?? '') && k > start - 3; skipped++) k--;
  if (!/^an?$/.test(tokens[k]?.text ?? '')) return false;
  const verb = WOUND_RECEIVED.has(tokens[start]?.text ?? '') ? start : k - 1;
  if (!WOUND_RECEIVED.has(tokens[verb]?.text ?? '')) return false;
  const noun = tokens[verb - 1]?.text ?? '';
  return singularEnglishVictim(noun);
}

/**
 * An aside between dashes that ends just before the token at `at` (an auxiliary may stand between): the
 * indices of its opening and closing dash, else null.
 */
function dashedAsideBefore(tokens: readonly Token[], at: number): { open: number; close: number } | null {
  let close = -1;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (DASHES.has(tokens[k]?.text ?? '')) {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  for (let k = close - 1; k >= Math.max(0, close - 40); k--) {
    const word = tokens[k]?.text ?? '';
    // (The full stop of an initial, "Исмоилов Д.", ends nothing.)
    if (word === ';' || (word === '.' && !INITIAL.test(tokens[k - 1]?.text ?? ''))) return null;
    if (DASHES.has(word)) return { open: k, close };
  }
  return null;
}

/** "died of his wounds", "died of her injuries": one person's wounds, one person's death. */
const OF_ONES_WOUNDS = /^died of (?:his|her) (?:wounds|injuries)$/;

/** A Russian care verb said of one person ("доставлен", "госпитализирована", "находится"). */
const CARED_FOR_ONE =
  /^(?:доставлен|доставлена|госпитализирован|госпитализирована|эвакуирован|эвакуирована|находится|остается|поступил|поступила)$/u;

/**
 * Where a state said just before the predicate at `at` begins ("в тяжелом состоянии доставлен", "in serious
 * condition, was flown"), else `at`.
 */
function stateBefore(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && (AUX.has(tokens[k - 1]?.text ?? '') || tokens[k - 1]?.text === ',')) k--;
  const [opens, , noun] = [tokens[k - 3]?.text, tokens[k - 2]?.text, tokens[k - 1]?.text];
  const state = (opens === 'в' && noun === 'состоянии') || (opens === 'in' && noun === 'condition');
  if (state) return k - 3;
  // "сестра с тяжёлыми ранениями доставлена", "with gunshot wounds, was taken": the wounds one is taken with.
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const text = tokens[j]?.text ?? '';
    if (text === 'с' || text === 'со' || text === 'with')
      return someText(tokens, j + 1, k, (w) => WITH_WOUNDS.test(w)) ? j : at;
    if (letterLengthAt(text, 0) === 0) break;
  }
  return at;
}
/** Wounds one is taken to care with: "с ранениями", "с переломом", "with gunshot wounds". */
const WITH_WOUNDS = /^(?:ранени\p{L}*|травм\p{L}*|перелом\p{L}*|ожог\p{L}*|wounds?|injur\p{L}*)$/u;

/** A word that names people wounded: "(one of the two guards) wounded (… has died)". */
const WOUNDED_WORD = /^(?:wounded|injured|hurt|ранен\p{L}*|пострадавш\p{L}*)$/u;
/** A copula before "one of": "he was one of three servicemen killed". */
const COPULAS = new Set([
  ',',
  'was',
  'is',
  'became',
  'были',
  'был',
  'была',
  'стал',
  'стала',
  'оказался',
  'оказалась',
]);
/** A parent, before the count of their children ("мать пятерых детей", "father of three"). */
const PARENT = /^(?:mother|father|мать|матери|отец|отца|отцом|матерью)$/u;
/** Words that deny a singular predicate just before it. */
const NEGATIONS = new Set(['не', 'not', 'never']);
/** Pronouns of nobody in particular before a singular predicate. */
const INDEFINITE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'кто-либо', 'кто-нибудь', 'кто-то']);

/** Amounts that give no number (the codebook: "dozens" alone, "several" add nothing). */
const UNQUANTIFIED = new Set([
  'dozens',
  'scores',
  'several',
  'many',
  'numerous',
  'hundreds',
  'десятки',
  'несколько',
  'многие',
  'множество',
  'сотни',
]);

/** Livestock, whose deaths are no casualty figure. */
const ANIMALS = new Set(
  (
    'cow cows sheep goat goats horse horses donkey donkeys cattle livestock dog dogs camel camels yak yaks ' +
    'корова коровы овца овцы коза козы лошадь лошади осел осёл скот ишак ' +
    'коров овец коз лошадей ослов осла ослы ишака ишаков баранов барана бараны скота'
  ).split(' '),
);

/**
 * A total with its parts between dashes before the predicate: "Six Kyrgyz - five border guards and a
 * policeman - were wounded", "Еще 11 человек — шесть пограничников и пять жителей — получили ранения". The
 * total is the figure; the parts only break it down.
 */
function apposedTotal(tokens: readonly Token[], p: Predicate): Part | null {
  let close = p.start - 1;
  while (close > 0 && (AUX.has(tokens[close]?.text ?? '') || ALSO.has(tokens[close]?.text ?? ''))) close--;
  if (!DASHES.has(tokens[close]?.text ?? '')) return null;
  let open = close - 1;
  while (open > 0 && open > close - 14 && !DASHES.has(tokens[open]?.text ?? '')) open--;
  if (!DASHES.has(tokens[open]?.text ?? '') || open === close - 1) return null;
  // The count just before the opening dash, with at most a noun or a nationality between.
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    if (!isNumberToken(tokens[k]?.text ?? '')) continue;
    const count = countAt(tokens, k);
    if (!count || count.end > open || count.bare) return null;
    const between = tokens.slice(count.end, open).map((t) => t.text);
    if (!between.every((w) => victimGroup(w) !== null || sideOfWord(w) !== null)) return null;
    const noun = between.map(victimGroup).find((g) => g !== null);
    return { value: count.value, group: noun ?? 'generic', countStart: count.start };
  }
  return null;
}

/** The care verbs beside the sentence's hospital words, as wound predicates. */
function carePredicates(tokens: readonly Token[], care: readonly Span[]): Predicate[] {
  const out: Predicate[] = [];
  let from = 0;
  for (const [matchStart] of care) {
    const at = tokenAt(tokens, matchStart, from);
    if (at < 0) continue;
    from = at;
    for (let d = 0; d <= CARE_WINDOW; d++) {
      const k = [at - d, at + d].find((j) => j >= 0 && TO_CARE.test(tokens[j]?.text ?? ''));
      if (k === undefined) continue;
      if (!out.some((p) => p.start === k)) out.push({ kind: 'wounded', start: k, end: k + 1 });
      break;
    }
  }
  return out;
}

/**
 * Verbs of a death that follows a wounding ("a guard wounded on Friday has died", "скончался в больнице"); the
 * event-date reader uses them too, to tell the day of such a death from the day of the violence.
 */
export const DIED_VERBS = String.raw`died|dies|succumbed|скончал\p{L}*|умер|умерла|умерли`;
const DIED = new RegExp(`^(?:${DIED_VERBS})$`, 'u');
/** Words before a wound word that make it describe someone named in the sentence, not a new victim. */
const DESCRIBES_VICTIM = new Set(['who', 'который', 'которая', 'которые', 'being']);

/** A dead body: "the body of a fourth gunman", "тело ещё одного нарушителя". */
const BODY = /^(?:body|bodies|corpse|corpses|remains|тело|тела|телом|труп|трупа|трупы)$/u;

/** True when a wound word describes a body found ("тело нарушителя с огнестрельными ранениями"). */
function woundsOfABody(tokens: readonly Token[], wound: Predicate): boolean {
  // The wounds are the body's own, "with" them: "the body of a gunman with gunshot wounds".
  let withWounds = false;
  for (let k = wound.start - 1; k >= Math.max(0, wound.start - 8); k--) {
    const text = tokens[k]?.text ?? '';
    if (PHRASE_ENDS.has(text) || COORDINATORS.has(text)) return false;
    if (text === 'with' || text === 'с' || text === 'со') withWounds = true;
    if (BODY.test(text)) return withWounds;
  }
  return false;
}

/**
 * A wound word that describes the one who died, not another victim: "a guard wounded in the clash has
 * died", "a guard who was seriously wounded on Friday died", "died two days after he was wounded", "a
 * wounded guard died", "раненный в перестрелке пограничник скончался". The wound word is a participle or
 * relative clause about the dead (a victim word just before or after it, "who was", "after he was",
 * "after being"), the death is one of "died"/"succumbed"/"скончался", and no count or ';' lies between them,
 * so the death has no subject of its own.
 */
function woundOfTheDead(tokens: readonly Token[], wound: Predicate, preds: readonly Predicate[]): boolean {
  // ("… where his sister is still being treated for shrapnel wounds": the living one's.)
  if (treatedOrHeldWithWounds(tokens, wound.start)) return false;
  // "скончался от полученных ранений", "двое из них умерли от ран": the wounds one died of.
  const ofWounds =
    tokens[wound.start - 1]?.text === 'от' ||
    (tokens[wound.start - 2]?.text === 'от' && /^полученн/u.test(tokens[wound.start - 1]?.text ?? ''));
  if (ofWounds && tokens.some((t) => DIED_OF_RU.test(t.text))) return true;
  const death = preds.find((p) => p.kind === 'killed' && DIED.test(tokens[p.start]?.text ?? ''));
  if (!death) return false;
  if (death.start > wound.start && sameManDied(tokens, wound, death)) return true;
  const [from, to] = death.start > wound.start ? [wound.end, death.start] : [death.end, wound.start];
  for (let k = from; k < to; k++) {
    const text = (tokens[k] as Token).text;
    // A count of people gives the death a subject of its own; "two days after" counts no one.
    if (text === ';' || (numberValue(text) !== null && !UNITS.has(tokens[k + 1]?.text ?? ''))) return false;
  }
  const before = tokens.slice(Math.max(0, wound.start - 4), wound.start).map((t) => t.text);
  const previous = before.at(-1) ?? '';
  const next = tokens[wound.end]?.text ?? '';
  // "a guard wounded in …", "a wounded guard", "раненный … пограничник", "who was (seriously) wounded".
  const participle =
    (previous !== '' && victimGroup(previous) !== null && numberValue(before.at(-2) ?? '') === null) ||
    victimGroup(next) !== null ||
    // Past the words on where: "раненный в ночном бою у заставы сержант скончался".
    (WOUNDED_PARTICIPLE.test(tokens[wound.start]?.text ?? '') && nounOfParticiple(tokens, wound.end, to)) ||
    // In commas after its noun: "мать пятерых детей, раненная осколком, скончалась", "a fourth man, hit in
    // the chest, … died"; or in commas just before the death: "третий, раненный и задержанный, скончался".
    (previous === ',' && before.slice(0, -1).some((w) => victimGroup(w) !== null)) ||
    (previous === ',' &&
      WOUNDED_PARTICIPLE.test(tokens[wound.start]?.text ?? '') &&
      tokens[death.start - 1]?.text === ',');
  const relative =
    before.some((w) => DESCRIBES_VICTIM.has(w)) || (before.includes('after') && !before.includes('and'));
  // After the death, a participle in commas after the dead's noun: "скончался второй пограничник, раненный
  // при обстреле".
  // ("скончался 22-летний пограничник, получивший тяжёлое ранение": the participle of a wound received and
  // its modifiers stand between the comma and the wound.)
  let received = wound.start;
  while (received > wound.start - 3 && AUX.has(tokens[received - 1]?.text ?? '')) received--;
  const opened = /^получивш/u.test(tokens[received]?.text ?? '') ? received : wound.start;
  const apposedAfter =
    tokens[opened - 1]?.text === ',' && victimGroup(tokens[opened - 2]?.text ?? '') !== null;
  return death.start > wound.start ? participle || relative : relative || apposedAfter;
}

/** Russian verbs of dying of wounds: "скончался", "умерли", "погиб". */
const DIED_OF_RU = /^(?:скончал|умер|умир|погиб)/u;

/** A participle of the wounded one: "раненный", "раненого". */
const WOUNDED_PARTICIPLE = /^раненн?(?:ый|ая|ого|ой|ому)$/u;

/** A victim noun between a participle and its verb, in one phrase: "(раненный) в бою у заставы сержант". */
function nounOfParticiple(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = tokens[k]?.text ?? '';
    if (PHRASE_ENDS.has(text) || COORDINATORS.has(text)) return false;
    if (victimGroup(text) !== null) return true;
  }
  return false;
}

/** Words that take up the one man before: "он", "he", "от которого (скончался)". */
const SAME_MAN = new Set(['он', 'она', 'he', 'she', 'которого', 'которой', 'which']);

/**
 * One man wounded, and then dead, in one sentence: "получил тяжёлые ранения и был передан …; позднее он
 * скончался", "получил ранение, от которого скончался на месте", "был тяжело ранен, …, но в воскресенье он
 * скончался". The wound is said in the singular, and the death takes him up again with a pronoun, naming no
 * one new.
 */
function sameManDied(tokens: readonly Token[], wound: Predicate, death: Predicate): boolean {
  const aux = tokens.slice(Math.max(0, wound.start - 3), wound.start).map((t) => t.text);
  if (!aux.some((w) => SINGULAR_AUX.has(w)) && !oneWoundOfOneMan(tokens, wound.start)) return false;
  const pronoun = tokens
    .slice(Math.max(wound.end, death.start - 3), death.start)
    .some((t) => SAME_MAN.has(t.text));
  // "он был тяжело ранен во вторник …, и скончался ночью": the same subject's second verb, also past an aside
  // in commas ("получил ранение и, несмотря на усилия врачей, скончался").
  const aside =
    tokens[death.start - 1]?.text === ',' &&
    tokens
      .slice(wound.end, death.start - 1)
      .some((t, k, near) => ELIDING_AND.has(t.text) && near[k + 1]?.text === ',');
  const coordinated = ELIDING_AND.has(tokens[death.start - 1]?.text ?? '') || aside;
  if (!pronoun && !coordinated) return false;
  for (let k = wound.end; k < death.start; k++) {
    const text = (tokens[k] as Token).text;
    if (victimGroup(text) !== null || numberValue(text) !== null) return false;
  }
  return true;
}

/** Words of the hurt, dead and wounded together: "18 people were hurt", "пострадали 18 человек". */
const TALLY_OF_HURT = /(?<![\p{L}])(?:hurt|casualties|пострадал\p{L}*|пострадавш\p{L}*)(?![\p{L}])/u;

/**
 * "Two were wounded; one of them later died", "one of the (two) wounded (guards) died", "один из них
 * скончался", "один из двух раненных вчера пограничников скончался".
 */
const OF_THEM_DIED =
  /(?<![\p{L}\d])(\p{L}+|\d{1,3})\s+(?:of them|of whom|of the (?:\p{L}+\s+)?(?:wounded|injured)(?:\s+\p{L}+)?|из них|из которых|из (?:\p{L}+\s+)?раненн?ых(?:\s+\p{L}+){0,2}|из (?:\p{L}+\s+){0,2}\p{L}+,\s+(?:получивш|раненн?ых|пострадавш)[^,;]{0,100},|of the \p{L}+(?:\s+\p{L}+)?,?\s+who\s+(?:were|was)\s+(?:wounded|injured|hurt)[^,;]{0,100}(?=,))(?:,[^,;]{1,60},)?(?:\s+[^,.;]{0,40}?(?:ранени|ранен|wound|injur)[^,.;]{0,30}?\s+(?:и|and))?(?:\s+(?:later|subsequently|позже|позднее|впоследствии|затем|ночью|утром|вечером|сегодня|вчера|overnight|today|yesterday))?\s+(?:died|succumbed|fatally|скончал\p{L}*|умер\p{L}*)/u;

/** The other of a pair, after one of them: ", the other", "while the other", ", второй". */
const PAIR_SPLIT = /(?:,|\band|\bwhile)\s+the\s+other\b|,\s+(?:второй|вторая|другой|другая)\b/u;

/** Ranks of the dead: "второй", "a third", "четвёртая". */
const RANKS = new Map<string, number>([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['второй', 2],
  ['вторая', 2],
  ['третий', 3],
  ['третья', 3],
  ['четвертый', 4],
  ['четвертая', 4],
  ['пятый', 5],
  ['пятая', 5],
]);
/** Auxiliaries of a passive death: "was killed", "has been killed". */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'был', 'была', 'были']);
/** How far before a death its subject's rank may stand: "a second Tajik border guard has died". */
const RANK_WINDOW = 5;

/** "victim", "жертва": a person named by what befell them. */
const VICTIM_NOUN = /^(?:victim|жертв\p{L}*)$/u;
/** A Russian death word said of the one who died: "погиб", "погибший", "убит". */
const DIED_OR_KILLED = /^(?:погиб\p{L}*|убит\p{L}?)$/u;

/**
 * The rank of the one who died, when the sentence says it ("скончался второй пограничник", "a second victim
 * died", "the third, a guard, died"): the rank names a person (a victim noun or "victim" after it, a comma, or
 * the death itself), not a day or a time ("во второй половине дня", "for the second time").
 */
function deathRank(tokens: readonly Token[], preds: readonly Predicate[]): number | null {
  const person = (k: number) => {
    const next = tokens[k + 1]?.text ?? '';
    const after = tokens[k + 2]?.text ?? '';
    return (
      next === ',' ||
      victimGroup(next) !== null ||
      VICTIM_NOUN.test(next) ||
      // "второй раненый пограничник", "a second Tajik guard"
      victimGroup(after) !== null
    );
  };
  for (const p of preds) {
    // The one who died, not who killed: "a second guard died", "the third was killed", "погиб второй", not
    // "the second guard fired, fatally wounding one of them".
    const word = tokens[p.start]?.text ?? '';
    const intransitive =
      DIED.test(word) || DIED_OR_KILLED.test(word) || PASSIVE_AUX.has(tokens[p.start - 1]?.text ?? '');
    if (p.kind !== 'killed' || !intransitive) continue;
    // Verb first: "умер второй мальчик".
    const right = RANKS.get(tokens[p.end]?.text ?? '');
    if (right !== undefined && person(p.end)) return right;
    for (let k = p.start - 1; k >= Math.max(0, p.start - RANK_WINDOW); k--) {
      const text = tokens[k]?.text ?? '';
      if (text === ';' || text === '.' || preds.some((q) => q.end - 1 === k)) break;
      const rank = RANKS.get(text);
      if (rank !== undefined && (person(k) || k === p.start - 1)) return rank;
    }
    // The rank heads the sentence, its person told at length before the verb: "The second, Ikrom, 27, who
    // was shot in the thigh, died on 10 December", "Second victim of Konibodom border shooting dies".
    const head = /^(?:the|a)$/.test(tokens[0]?.text ?? '') ? 1 : 0;
    const headRank = RANKS.get(tokens[head]?.text ?? '');
    if (
      headRank !== undefined &&
      person(head) &&
      p.start - head <= HEAD_RANK_WINDOW &&
      !preds.some((q) => q !== p && q.kind === 'killed' && q.start > head && q.start < p.start)
    )
      return headRank;
  }
  return null;
}
/** How far the verb may stand from a rank that heads its sentence. */
const HEAD_RANK_WINDOW = 16;

/**
 * "the number of (Tajik) troops" just before `at`: a total noun, "of", and people named by a victim noun, with
 * their nationality or "other" between.
 */
function numberOfPeopleBefore(tokens: readonly Token[], at: number): boolean {
  // "Число граждан Кыргызстана, погибших в ходе эскалации, выросло до 59": the people counted, then in
  // commas the predicate that says which of them.
  if (tokens[at - 1]?.text === ',') {
    for (let k = at - 2; k >= Math.max(0, at - 5); k--) {
      const text = tokens[k]?.text ?? '';
      if (TOTAL_NOUNS.test(text)) return victimGroup(tokens[k + 1]?.text ?? '') !== null;
      if (letterLengthAt(text, 0) === 0) return false;
    }
    return false;
  }
  if (victimGroup(tokens[at - 1]?.text ?? '') === null) return false;
  for (let k = at - 2; k >= Math.max(1, at - 4); k--) {
    const text = tokens[k]?.text ?? '';
    if (text === 'of') return TOTAL_NOUNS.test(tokens[k - 1]?.text ?? '');
    // ("the number of Afghan drug smugglers killed": the people's nationality, trade or other words.)
    if (letterLengthAt(text, 0) === 0) return false;
  }
  return false;
}

/** The index of "стал"/"стала"/"стали" within ten tokens from `from` (the victims follow it), else -1. */
function becameAfter(tokens: readonly Token[], from: number): number {
  return tokens.findIndex((t, k) => k >= from && k < from + 10 && /^стал[аи]?$/.test(t.text));
}

/** A count's people listed after a dash, two or more joined by "and": "двое - наш подросток и кыргызский военный". */
function listedAfterDash(tokens: readonly Token[], countStart: number): boolean {
  if (countStart < 0 || !DASHES.has(tokens[countStart + 1]?.text ?? '')) return false;
  for (let k = countStart + 2; k < Math.min(tokens.length, countStart + 8); k++) {
    const text = tokens[k]?.text ?? '';
    if (text === 'и' || text === 'and') return true;
    if (PHRASE_ENDS.has(text)) return false;
  }
  return false;
}

/** A victim noun or two after a count, then "and" and another count: "one soldier and two gunmen". */
function partsListedFrom(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < Math.min(tokens.length, end + 3); j++) {
    const text = tokens[j]?.text ?? '';
    if (text === 'and' || text === 'и') return countAt(tokens, j + 1) !== null;
    if (victimGroup(text) === null) return false;
  }
  return false;
}

/** A single quotation mark at a word's edge: "'more than 40 Russian soldiers'", "'martyred'". */
const SINGLE_QUOTES = /(?<![\p{L}\d])'|'(?![\p{L}\d])/gu;

/**
 * One side's losses told as such: "Потери нападавших, по предварительным данным, — не менее пяти человек",
 * "потери боевиков составили около 30 человек": the dead of whose losses the word after "потери" says.
 */
const LOSSES =
  /потери\s+(?<who>\p{L}+)(?:\s*,[^,.;]{1,60},)?\s*(?:[—–-]|составил\p{L}*|составляют)\s*(?:не менее|не меньше|около|до|более|свыше)?\s*(?<count>\d{1,4}|\p{L}+)\s+(?:человек|убитыми)(?![\p{L}])/u;

/**
 * Men a side lost: "пограничники потеряли двоих своих товарищей", "the post lost two of its men" (the dead;
 * "lost a leg", "lost 40 kilograms" name no people).
 */
const LOST_MEN =
  /(?:потерял\p{L}*|lost)\s+(?<count>\d{1,4}|\p{L}+)\s+(?:of\s+(?:its|their|our|his)\s+|(?:its|their|our|своих|своего)\s+)?(?:own\s+)?(?<who>человек|бойц\p{L}*|товарищ\p{L}*|военнослужащ\p{L}*|солдат|пограничник\p{L}*|men|soldiers|servicemen|fighters|guards|troops|comrades)(?![\p{L}])/u;

/** The sentence tells one side's losses in people (`LOSSES`, `LOST_MEN`). */
export function tellsOfLosses(lower: string): boolean {
  return lossesIn(lower).length > 0;
}

/** The dead of one side's losses (`LOSSES`, `LOST_MEN`), as a figure of its people's group. */
function lossesIn(lower: string): TollFigure[] {
  if (!lower.includes('потер') && !lower.includes('lost')) return [];
  const m = (lower.includes('потери') ? LOSSES.exec(lower) : null) ?? LOST_MEN.exec(lower);
  const value = m ? numberValue(m.groups?.count ?? '') : null;
  if (!m || value === null || value <= 0) return [];
  const group = victimGroup(m.groups?.who ?? '') ?? 'generic';
  return [{ kind: 'killed', value, group, side: null, total: false }];
}

/** "…, а также", "…, as well as": one more item of a list, as "и" and "and" join one. */
const AS_WELL_AS = /,?\s+(?:а также|as well as)\s+/gu;

/** Reads the casualty figures of one sentence. */
export function readSentenceTolls(sentence: string): SentenceTolls {
  const listed =
    sentence.includes('а также') || sentence.includes('as well as')
      ? sentence.replace(AS_WELL_AS, (m) => (m.includes('as well') ? ' and ' : ' и '))
      : sentence;
  // Single quotation marks around a quote ("had killed 'more than 40 Russian soldiers'") are no words; an
  // apostrophe inside a word ("Tajikistan's") stays.
  const lower = listed.includes("'") ? listed.replace(SINGLE_QUOTES, ' ') : listed;
  // Each pattern runs only where its key word occurs (cheap substring tests).
  let noneKilled =
    (lower.includes('погиб') && NONE_KILLED_RU.test(lower)) ||
    (lower.includes('no') && NONE_KILLED_EN.test(lower));
  let noneHurt =
    (lower.includes('пострадал') && matchesAfterNonLetter(NONE_HURT_RU, lower).length > 0) ||
    (lower.includes('пострадавших') && NONE_HURT_RU_APART.test(lower)) ||
    lower.includes('никого не ранил');
  // Quotes do not break a phrase for the toll words; "no one was hurt" phrases are read as written.
  const quoted = lower.includes('"');
  const unquoted = quoted ? lower.replace(/"/g, ' ') : lower;
  const [found = [], wounds = [], nones = [], care = [], states = []] = TOLL_WORDS.findAll(unquoted);
  // "получил ранение, несовместимое с жизнью": the wound and the words that make it fatal are one death word.
  const deaths: Span[] = found.map(([s, e]) => {
    if (!FATAL_AFTER.test(unquoted.slice(s, e))) return [s, e];
    const wound = wounds.find(([, end]) => s >= end && s - end <= 3);
    return wound ? [wound[0], e] : [s, e];
  });
  // A phrase found with the quotes in place is also found with them blanked, so without one there, no
  // second scan is needed.
  const asWritten = quoted && nones.length > 0 ? (TOLL_WORDS.findAll(lower)[2] ?? []) : nones;
  for (const [start, end] of asWritten) {
    if (ONE_GROUP_ONLY.test(lower.slice(0, start)) || NOT_A_NONE.test(lower.slice(end))) continue;
    if (lower.slice(start, end).includes('killed')) noneKilled = true;
    else noneHurt = true;
  }
  if (NO_AND_SPACE.test(lower)) {
    for (const m of matchesAfterNonLetter(NONE_GROUP, lower)) {
      if (m[1] === 'killed') noneKilled = true;
      else noneHurt = true;
    }
  }
  const blast = unquoted.includes('подорвались');
  const losses = lossesIn(lower);
  // Without a death, wound or hospital word there is no figure to read.
  const anyToll = deaths.length > 0 || wounds.length > 0 || care.length > 0 || states.length > 0;
  if (!anyToll && !blast) return { figures: losses, noneKilled, noneHurt };
  const tokens = tokenize(unquoted);
  const blasted = blast ? blastedCount(tokens) : null;
  if (!anyToll) return { figures: losses, noneKilled, noneHurt, ...(blasted ? { blasted } : {}) };
  // "смертельное ранение" is a death, not a wound as well.
  const ownWounds = wounds.filter(([start, end]) => !deaths.some(([s, e]) => s <= start && end <= e));
  // "one of them later died" is read on its own (below): its death word counts nobody else.
  const ofThem =
    (deaths.length > 0 || unquoted.includes('fatally')) &&
    (unquoted.includes(' of them') ||
      unquoted.includes(' of whom') ||
      unquoted.includes(' of the ') ||
      unquoted.includes('из '))
      ? OF_THEM_DIED.exec(unquoted)
      : null;
  const ofThemDeaths = ofThem
    ? deaths.filter(([start]) => start >= ofThem.index && start < ofThem.index + ofThem[0].length)
    : [];
  const said = predicates(
    tokens,
    deaths.filter((span) => !ofThemDeaths.includes(span)),
    ownWounds,
  ).filter((p) => {
    // "no one was killed" was read above; "died of his wounds" is not a wounded figure; "no one among the
    // patrol was hurt" counts nobody.
    return (
      !someText(tokens, Math.max(0, p.start - 3), p.start, (w) => w === 'no' || w === 'nobody') &&
      !someText(
        tokens,
        Math.max(0, p.start - 8),
        p.start,
        (w) => w === 'nobody' || w === 'none' || w === 'никто',
      ) &&
      !tokens
        .slice(Math.max(0, p.start - 8), p.start)
        .some((t, k, near) => t.text === 'no' && near[k + 1]?.text === 'one')
    );
  });
  // The wounds of the one who died are not another figure, nor those of a body found.
  const preds = said.filter(
    (p) => p.kind !== 'wounded' || (!woundOfTheDead(tokens, p, said) && !woundsOfABody(tokens, p)),
  );
  const figures: TollFigure[] = [];
  const claimed = new Set<number>();
  const usedCounts = new Set<string>();
  const predicateStarts = new Set(preds.map((p) => p.start));
  const wholeSentenceSide = sentenceSide(tokens);
  // "Из нападавших погибли трое", "among the attackers, three were killed": whose the unnamed counts are.
  const partitive = partitiveGroup(tokens);
  /**
   * The figures of one predicate's counts. A count already read for this kind of toll is read once; with
   * `unclaimedOnly`, a count any predicate read is left to it (a care verb reads only counts no toll word did).
   */
  /** Which predicate read each figure. */
  const readBy = new Map<TollFigure, Predicate>();
  /** The country of the village, town or district named by the token at `k`. */
  const placeSideAt = (k: number): TollSide => placeSideOf(tokens[k]?.text ?? '');
  /**
   * The one figure of the other toll's predicate that ends just before "and" and the count at `countStart`,
   * else undefined.
   */
  const elidedAfter = (countStart: number, p: Predicate): TollFigure | undefined => {
    if (countStart < 2 || !ELIDING_AND.has(tokens[countStart - 1]?.text ?? '')) return undefined;
    const before = preds.find((q) => q.kind !== p.kind && q.end === countStart - 1);
    const own = before ? figures.filter((f) => readBy.get(f) === before) : [];
    return own.length === 1 ? own[0] : undefined;
  };
  const readFigures = (p: Predicate, unclaimedOnly: boolean) => {
    // "все трое были уничтожены": people "neutralised" are the attackers, named or not.
    const ofEnemies = p.kind === 'killed' && OF_ENEMIES.test(tokens[p.start]?.text ?? '');
    for (const read of readPredicate(tokens, p, claimed, predicateStarts)) {
      const part: Part = ofEnemies && read.group === 'generic' ? { ...read, group: 'perpetrator' } : read;
      // "one Tajik villager was killed and two wounded": a bare count right after the other toll's predicate
      // and "and" names the same people as that predicate's one figure (its group and side).
      const elided = part.group === 'generic' ? elidedAfter(part.countStart, p) : undefined;
      const key = `${p.kind}:${part.countStart}`;
      if (part.countStart >= 0 && (usedCounts.has(key) || (unclaimedOnly && claimed.has(part.countStart))))
        continue;
      // "up from 24 dead the day before", "rose from 24 to 36", "с 24 до 36": the earlier count, overtaken.
      if (part.countStart >= 0 && earlierCount(tokens, part.countStart)) continue;
      usedCounts.add(key);
      if (part.countStart >= 0) claimed.add(part.countStart);
      // A count's own nationality, else the one side the sentence names, else the home of the people it counts
      // ("one Maksat resident", "пятеро жителей Воруха").
      // (Attackers take no side from the sentence: "Tajikistan says an armed group … five of them were killed"
      // names the reporting side, not theirs.)
      // (Nor people listed after a dash, "пострадали двое - наш подросток и кыргызский военный": the sentence's
      // one side is of one of them.)
      const ownSide = () =>
        wholeSentenceSide !== null &&
        wholeSentenceSide !== 'several' &&
        part.group !== 'perpetrator' &&
        !listedAfterDash(tokens, part.countStart)
          ? sideAt(tokens, part.countStart, wholeSentenceSide)
          : (sideAt(tokens, part.countStart, null) ?? residentSide(tokens, part.countStart, placeSideAt));
      const side = elided
        ? elided.side
        : othersOf(tokens, part.countStart)
          ? (figures.at(-1)?.side ?? ownSide())
          : ownSide();
      // "двое нападавших уничтожены, ещё один ранен": one more of the people just counted, of their group.
      // (The count may start at "ещё" itself; "ещё четверо граждан" names its own people.)
      const numberAt = STILL.has(tokens[part.countStart]?.text ?? '') ? part.countStart + 1 : part.countStart;
      const moreOfThose =
        part.group === 'generic' &&
        part.countStart > 0 &&
        (STILL.has(tokens[part.countStart - 1]?.text ?? '') || numberAt > part.countStart) &&
        victimGroup(tokens[numberAt + 1]?.text ?? '') === null
          ? figures.at(-1)?.group
          : undefined;
      const group =
        elided?.group ?? moreOfThose ?? (part.group === 'generic' ? (partitive ?? 'generic') : part.group);
      // "двое взрослых … получили ранения и госпитализированы": another predicate of the same people (the
      // same figure for the same group and side) is not more people; one predicate's coordinated parts are.
      if (
        figures.some(
          (f) =>
            readBy.get(f) !== p &&
            f.kind === p.kind &&
            f.value === part.value &&
            f.group === group &&
            f.side === side,
        )
      )
        continue;
      // "12 people were hurt, seven of them on the Tajik side": both sides' people, a total of its own side's part.
      const ofBothSides = part.countStart >= 0 && partOnOneSideAfter(tokens, part.countStart);
      // "пятеро: двое таджикских военнослужащих и трое контрабандистов": the parts' nationalities are theirs.
      const brokenDown = part.countStart >= 0 && brokenDownAfter(tokens, part.countStart, part.value);
      const figure: TollFigure = {
        kind: p.kind,
        // "one guard on each side", "по одному пограничнику с каждой стороны": as many on both sides.
        value: part.countStart >= 0 && onEachSide(tokens, part.countStart) ? part.value * 2 : part.value,
        group,
        side: ofBothSides || brokenDown ? null : side,
        // One side's death toll ("Tajikistan put its death toll at 15") is that side's figure, added to the
        // other's. (A count of "пострадавших" may hold the dead as well: it stays a total.)
        total: ofBothSides || (part.total === true && (side === null || p.kind === 'wounded')),
        predicate: preds.indexOf(p),
        ...(part.value === 1 &&
        (part.countStart < 0 || part.single || INDEFINITE_ARTICLES.has(tokens[part.countStart]?.text ?? ''))
          ? { single: true as const, ...rankNear(tokens, p) }
          : {}),
      };
      figures.push(figure);
      readBy.set(figure, p);
    }
  };
  for (const p of preds) readFigures(p, false);
  // Taken to hospital: the wounded, when the sentence counts them no other way.
  if (care.length > 0 && !figures.some((f) => f.kind === 'wounded')) {
    for (const p of carePredicates(tokens, care)) readFigures(p, true);
  }
  // In critical condition: the wounded, when nothing else in the sentence counts them.
  if (states.length > 0 && !figures.some((f) => f.kind === 'wounded')) {
    for (const p of predicates(tokens, [], states)) readFigures(p, true);
  }
  // "two guards were killed - one of them succumbed to his wounds in hospital": "them" are the dead counted
  // just before (no wound word before it), who are not moved from the wounded.
  const ofTheDead =
    ofThem !== null &&
    deaths.some(([start]) => start < ofThem.index) &&
    !ownWounds.some(([start]) => start < ofThem.index);
  // "one of them died at the scene, the other was taken to hospital": a pair split between the dead and
  // the wounded; the one who died was never among the wounded.
  const pairSplit = ofThem !== null && PAIR_SPLIT.test(unquoted.slice(ofThem.index + ofThem[0].length));
  const died = ofThem && !ofTheDead ? numberValue(ofThem[1] ?? '') : null;
  // A tally of the hurt, which holds the dead ("18 пострадали, двое из них скончались", "one of them fatally");
  // not the wounded, some of whom died later ("two were wounded; one of them later died").
  const tallied =
    ofThem !== null &&
    figures.some((f) => f.kind === 'wounded') &&
    (ofThem[0].includes('fatally') || TALLY_OF_HURT.test(unquoted));
  if (died)
    figures.push({
      kind: 'killed',
      value: died,
      group: 'generic',
      side: null,
      total: false,
      ...(pairSplit ? {} : { ofWounded: true as const }),
      ...(tallied && !pairSplit ? { ofTally: true as const } : {}),
    });
  // "умер второй пастух", "a second victim died", "the third guard died of his wounds": the rank says how many
  // have died in all, a floor for the toll that is never added to its parts.
  const rank = deathRank(tokens, preds);
  if (rank !== null && !figures.some((f) => f.kind === 'killed' && f.value >= rank))
    figures.push({ kind: 'killed', value: rank, group: 'generic', side: null, total: true });
  // "…, раненых — 144": the other kind of toll after a dash.
  if (lower.includes('—') || lower.includes('-') || lower.includes('–')) {
    for (const m of lower.matchAll(DASHED_TOLL)) {
      const kind = m[1] === 'раненых' || m[1] === 'пострадавших' ? 'wounded' : 'killed';
      const value = Number(m[2]);
      if (value > 0 && !figures.some((f) => f.kind === kind && f.value === value))
        figures.push({
          kind,
          value,
          group: 'generic',
          side: wholeSentenceSide === 'several' ? null : wholeSentenceSide,
          total: false,
        });
    }
  }
  // "четверо террористов нейтрализованы, один задержан с огнестрельным ранением": the one held wounded is one
  // more of the attackers just counted, not someone the guards' wounded may include.
  const attackersKilled = figures.some((f) => f.kind === 'killed' && f.group === 'perpetrator');
  if (attackersKilled && ONE_MORE_HELD.test(lower)) {
    for (const [k, f] of figures.entries())
      if (f.kind === 'wounded' && f.group === 'generic' && f.value === 1 && f.side === null)
        figures[k] = { ...f, group: 'perpetrator' };
  }
  // "Один ранен в бедро, второй — в руку", "one was shot in the leg, the other in the arm": the other one's
  // wound told elliptically by where it struck.
  const wounded = figures.filter((f) => f.kind === 'wounded');
  if (wounded.length === 1 && wounded[0]?.value === 1 && OTHER_WOUNDED_IN.test(lower))
    figures.push({ ...wounded[0], single: true });
  // One kind of toll in the sentence, and the other side's figure given elliptically after it.
  const kinds = new Set(figures.map((f) => f.kind));
  if (
    kinds.size === 1 &&
    (lower.includes(' on ') ||
      lower.includes(' from ') ||
      lower.includes('с ') ||
      lower.includes('со ') ||
      lower.includes('the other side'))
  ) {
    const [kind] = kinds;
    const said = [
      ...[...lower.matchAll(ELLIPTICAL_SIDE)].map((m) => [m[1], m[2]] as const),
      ...[...lower.matchAll(ELLIPTICAL_COUNTRY)].map((m) => [m[1], m[2]] as const),
      ...[...lower.matchAll(ELLIPTICAL_SIDE_AFTER)].map((m) => [m[2] ?? m[3], m[1]] as const),
    ];
    // "Со стороны Кыргызстана погибли трое, со стороны Таджикистана — один": the first figure's side is told
    // the same way before it.
    const firstSide = said.length > 0 ? FIRST_COUNTRY_SIDE.exec(lower) : null;
    if (firstSide && firstSide[1] !== said[0]?.[0]) {
      const side = sideOfWord(firstSide[1] ?? '');
      for (const [k, f] of figures.entries())
        if (f.side === null && f.kind === kind) figures[k] = { ...f, side };
    }
    for (const [sideWord, figure] of said) {
      const side = sideOfWord(sideWord ?? '');
      const value = numberValue(figure ?? '') ?? 0;
      if (kind && side && value > 0 && !figures.some((f) => f.side === side && f.value === value))
        figures.push({ kind, value, group: 'generic', side, total: false });
    }
    // The other side's people, counted by the same predicate as the first figure: different people, added.
    const other = kind && lower.includes('the other side') ? OTHER_SIDE_SAID.exec(lower) : null;
    const first = figures.find((f) => f.kind === kind && f.predicate !== undefined);
    const value = other ? (numberValue(other[1] ?? '') ?? 0) : 0;
    if (kind && first && value > 0)
      figures.push({ kind, value, group: 'generic', side: null, total: false, predicate: first.predicate });
  }
  for (const f of losses)
    if (!figures.some((g) => g.kind === 'killed' && g.group === f.group)) figures.push(f);
  return { figures, noneKilled, noneHurt, ...(blasted ? { blasted } : {}) };
}

/** Words between "подорвались" and its count: "подорвались на противопехотной мине двое пастухов". */
const ON_A_MINE = /^(?:на|противопехотной|мине|минах|мину)$/u;

/**
 * The people "подорвались" counts, before it ("двое братьев-подростков подорвались") or after it
 * ("подорвались на мине двое пастухов"), else null.
 */
function blastedCount(tokens: readonly Token[]): number | null {
  const at = tokens.findIndex((t) => t.text === 'подорвались');
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const word = tokens[k]?.text ?? '';
    if (letterLengthAt(word, 0) === 0) break;
    const count = countAt(tokens, k);
    if (count && !count.ordinal && !measuredAfter(tokens, count.end)) return count.value;
  }
  let k = at + 1;
  while (ON_A_MINE.test(tokens[k]?.text ?? '')) k++;
  const count = countAt(tokens, k);
  return count && !count.ordinal && !measuredAfter(tokens, count.end) ? count.value : null;
}

const GROUPS: readonly VictimGroup[] = ['perpetrator', 'defender', 'civilian'];
/** The victim groups in a subscriber's words. */
const WHO: Readonly<Record<VictimGroup, TollPart['who']>> = {
  perpetrator: 'attackers',
  defender: 'forces',
  civilian: 'civilians',
  generic: 'people',
};

/** The figures one sentence gives, with the sentence as written and in lower case. */
interface SentenceFigures {
  /** The sentence's index among those `extractTolls` reads. */
  readonly index: number;
  readonly sentence: string;
  readonly lower: string;
  readonly figures: readonly TollFigure[];
}

/**
 * True when every figure of `kind` is one person named in the singular, so that they may all be one person:
 * unless a sentence tells of another ("также погиб местный житель", "a second man died"), or an attacker and a
 * guard are among them (two people, however each is named).
 */
function singlesOnly(perSentence: readonly SentenceFigures[], kind: 'killed' | 'wounded'): boolean {
  let any = false;
  let perpetrator = false;
  let defender = false;
  for (const { figures } of perSentence) {
    for (const f of figures) {
      if (f.kind !== kind || f.ofWounded) continue;
      if (!f.single) return false;
      any = true;
      perpetrator ||= f.group === 'perpetrator';
      defender ||= f.group === 'defender';
    }
  }
  // (Another person told of in a sentence of the other toll, "двое сослуживцев также получили ранения", is no
  // second death.)
  return (
    any &&
    !(perpetrator && defender) &&
    !perSentence.some((s) => s.figures.some((f) => f.kind === kind) && ANOTHER_PERSON.test(s.lower))
  );
}

/** "on each side", "on either side", "с каждой стороны" within a few words after the count at `at`. */
function onEachSide(tokens: readonly Token[], at: number): boolean {
  // ("погибли двое — по одному с каждой стороны": how a count just given splits, not more people.)
  for (let k = Math.max(0, at - 3); k < at; k++) if (DASHES.has(tokens[k]?.text ?? '')) return false;
  for (let k = at + 1; k < Math.min(tokens.length - 2, at + 6); k++) {
    const [a, b, c] = [tokens[k]?.text, tokens[k + 1]?.text, tokens[k + 2]?.text];
    if (a === ',' || DASHES.has(a ?? '')) return false;
    if (a === 'on' && (b === 'each' || b === 'either') && c === 'side') return true;
    if (a === 'с' && b === 'каждой' && c === 'стороны') return true;
  }
  return false;
}

/** Military ranks, by the stem that all their forms share ("младшего сержанта" and "sergeant" are one rank). */
const RANK_STEMS: readonly [string, RegExp][] = [
  ['private', /^(?:private|рядов\p{L}*)$/u],
  ['corporal', /^(?:corporal|ефрейтор\p{L}*)$/u],
  ['sergeant', /^(?:sergeant|сержант\p{L}*)$/u],
  ['warrant officer', /^(?:прапорщик\p{L}*)$/u],
  ['lieutenant', /^(?:lieutenant|лейтенант\p{L}*)$/u],
  ['captain', /^(?:captain|капитан\p{L}*)$/u],
  ['major', /^(?:major|майор\p{L}*)$/u],
  ['colonel', /^(?:colonel|полковник\p{L}*|подполковник\p{L}*)$/u],
];

/**
 * The one rank named near a predicate of one person ("Сержант Саидов получил осколочное ранение"), as
 * `{ rank }`, or nothing when none or several are named.
 */
function rankNear(tokens: readonly Token[], p: Predicate): { rank?: string } {
  const found = new Set<string>();
  for (let k = Math.max(0, p.start - 8); k < Math.min(tokens.length, p.end + 6); k++) {
    const word = tokens[k]?.text ?? '';
    for (const [rank, pattern] of RANK_STEMS) if (pattern.test(word)) found.add(rank);
  }
  const [rank] = found;
  return found.size === 1 && rank ? { rank } : {};
}

/** "a suspected smuggler", "an Afghan national": one person named in the singular, as "the smuggler" is. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/**
 * After the count at `at`, in its sentence: its part on one side ("…, seven of them on the Tajik side", "…, из них
 * семеро — с таджикской стороны").
 */
function partOnOneSideAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length - 4, at + 12); k++) {
    const a = tokens[k]?.text;
    if (a === ';' || a === '.') return false;
    // "seven of them" (the count first), "из них семеро" (the count after).
    const englishAfterCount = tokens[k + 1]?.text === 'of' && ofThemAt(tokens, k + 1);
    const russianBeforeCount = a === 'из' && ofThemAt(tokens, k);
    if (!englishAfterCount && !russianBeforeCount) continue;
    for (let j = k + 3; j < Math.min(tokens.length, k + 9); j++) {
      const word = tokens[j]?.text ?? '';
      if (word === ',' || word === ';' || word === '.') break;
      if ((word === 'side' || word.startsWith('сторон')) && sideOfWord(tokens[j - 1]?.text ?? '') !== null)
        return true;
    }
  }
  return false;
}

/**
 * The count at `at` (of `value` people) is a total broken down after a colon or a dash into parts that add up to
 * it: "жертвами стали пятеро: двое таджикских военнослужащих и трое контрабандистов", "six dead - four guards and
 * two villagers". The parts' nationalities are theirs, not the count's.
 */
function brokenDownAfter(tokens: readonly Token[], at: number, value: number): boolean {
  const count = countAt(tokens, at);
  if (!count) return false;
  let k = count.end;
  // The total's own noun ("пятеро человек:", "six people -").
  while (k < count.end + 2 && victimGroup(tokens[k]?.text ?? '') !== null) k++;
  const mark = tokens[k]?.text ?? '';
  if (mark !== ':' && !DASHES.has(mark)) return false;
  let sum = 0;
  let parts = 0;
  for (let j = k + 1; j < tokens.length; j++) {
    const text = tokens[j]?.text ?? '';
    if (text === '.' || text === ';' || DASHES.has(text)) break;
    const part = countAt(tokens, j);
    if (!part) continue;
    sum += part.value;
    parts++;
    j = Math.max(j, part.end - 1);
  }
  return parts >= 2 && sum === value;
}

/** Words that tell of one more person: "также погиб", "ещё один", "another", "a second". */
const ANOTHER_PERSON =
  /(?<![\p{L}])(?:также|тоже|ещё|еще|втор\p{L}*|also|another|second|as well)(?![\p{L}])/u;

/**
 * One kind of toll over the incident's sentences. Per victim group and side, the highest figure any sentence
 * gives (a repeated or updated figure for the same people is one figure); sides are added up; a figure whose
 * side is not said stands for the whole group unless the sides' sum is larger (it may be either side's
 * figure said again). Groups are added up, and the result is never below a stated total.
 */
function combine(perSentence: readonly SentenceFigures[], kind: 'killed' | 'wounded') {
  const best = new Map<string, { value: number; sentence: string }>();
  let total: { value: number; sentence: string } | null = null;
  // One side's tally ("the number of injured Kyrgyz citizens had risen to five"): that side's figure beside
  // the other side's (the larger of it and the side's own parts).
  const sideTotals = new Map<string, number>();
  // The most people one predicate counts: its coordinated figures are different people, whatever their
  // groups and sides.
  let listed = 0;
  for (const { sentence, figures } of perSentence) {
    const perPredicate = new Map<number, number>();
    for (const f of figures) {
      if (f.kind !== kind || f.predicate === undefined || f.total) continue;
      perPredicate.set(f.predicate, (perPredicate.get(f.predicate) ?? 0) + f.value);
    }
    listed = Math.max(listed, ...perPredicate.values());
    const sums = new Map<string, number>();
    for (const f of figures) {
      // The wounded who died are moved from one toll to the other by the caller.
      if (f.kind !== kind || f.ofWounded) continue;
      if (f.total) {
        if (!total || f.value > total.value) total = { value: f.value, sentence };
        if (f.side !== null) sideTotals.set(f.side, Math.max(sideTotals.get(f.side) ?? 0, f.value));
        continue;
      }
      const key = `${f.group}:${f.side ?? '?'}`;
      sums.set(key, (sums.get(key) ?? 0) + f.value);
    }
    for (const [key, value] of sums) {
      const current = best.get(key);
      if (!current || value > current.value) best.set(key, { value, sentence });
    }
  }
  const groupValue = (group: VictimGroup) => {
    const unsided = best.get(`${group}:?`)?.value ?? 0;
    const sided = (['TJ', 'KG', 'UZ', 'AF'] as const).reduce(
      (sum, side) => sum + (best.get(`${group}:${side}`)?.value ?? 0),
      0,
    );
    return Math.max(unsided, sided);
  };
  const specific = GROUPS.reduce((sum, g) => sum + groupValue(g), 0);
  const generic = groupValue('generic');
  // Side by side: each side's people, named by group or only as "people", added up ("трое граждан
  // Таджикистана" and "пятеро пострадавших" on the Kyrgyz side are eight).
  const bySide = (['TJ', 'KG', 'UZ', 'AF'] as const).reduce((sum, side) => {
    const groups = GROUPS.reduce((n, g) => n + (best.get(`${g}:${side}`)?.value ?? 0), 0);
    return sum + Math.max(groups, best.get(`generic:${side}`)?.value ?? 0, sideTotals.get(side) ?? 0);
  }, 0);
  const totalValue = total?.value ?? 0;
  // Only people named one at a time, never a number: a report of one death tells of the same man in many
  // ways ("убит чабан", "родственник погибшего", "погибший входил в группу"), each with its own guess of a
  // group and a side; they are as many as the most one sentence names.
  // (People of different ranks, "рядовой Каримов … Сержант Саидов …", are different people.)
  const ranks = new Set(
    perSentence.flatMap((s) =>
      s.figures.filter((f) => f.kind === kind && !f.ofWounded && f.rank).map((f) => f.rank),
    ),
  );
  const value = singlesOnly(perSentence, kind)
    ? Math.max(
        listed,
        ranks.size,
        ...perSentence.map((s) => s.figures.filter((f) => f.kind === kind && !f.ofWounded).length),
      )
    : Math.max(specific, generic, bySide, totalValue, listed);
  if (value === 0 && best.size === 0 && !total) return null;
  const parts: TollPart[] = [];
  for (const [key, { value: count }] of best) {
    const [group, side] = key.split(':') as [VictimGroup, string];
    if (count > 0)
      parts.push({ who: WHO[group], side: side === '?' ? null : (side as TollPart['side']), count });
  }
  const sentence =
    totalValue === value && total
      ? total.sentence
      : // Figures added up from several sentences: cite each of them.
        [...new Set([...best.values()].map((b) => b.sentence))].join(' … ') || null;
  return { value, sentence, parts };
}

/** A sentence opening on one of the people just counted: "Один из них, …", "A fourth man, …", "Четвертый, …". */
const ONE_OF_THOSE =
  /^(?:один из них|одна из них|one of them|четв[её]рт(?:ый|ого)|пят(?:ый|ого)|шест(?:ой|ого)|(?:a|the) (?:third|fourth|fifth|sixth) (?:man|one|member|attacker|intruder|smuggler|gunman|militant))(?![\p{L}])/u;

/** A part of the people just named: "двое из них", "one of them", "of whom". */
const ANAPHORIC_PART = /(?<![\p{L}])(?:из них|из которых|of them|of whom)(?![\p{L}])/u;

/**
 * `readSentenceTolls`, remembered for the sentences read lately. A report's toll sentences are read more than
 * once (the current figures, then with an overtaken count among them, and the title), and the reading is a pure
 * function of the sentence: it is kept for the next reads, a few hundred sentences at most.
 */
const readSentenceTollsOnce = remembered(readSentenceTolls, 256);

/**
 * The toll of one incident from its sentences (background sentences already removed): per victim group the
 * highest figure any sentence gives, groups added up, never below a stated total. `lowerCased`, when the
 * caller has them, are the same sentences in lower case.
 */
export function extractTolls(sentences: readonly string[], lowerCased?: readonly string[]): TollResult {
  const perSentence: SentenceFigures[] = [];
  let noneKilled = false;
  let noneHurt = false;
  // The most people one sentence says a blast hit.
  let blasted = 0;
  // The sides the sentences so far have named for their figures.
  const sidesSoFar = new Set<TollSide>();
  for (const [k, sentence] of sentences.entries()) {
    const lower = lowerCased?.[k] ?? sentence.toLowerCase();
    const read = readSentenceTollsOnce(lower);
    // A figure whose side is not said goes on about the one side named so far ("погибли двое таджикских
    // военнослужащих. Еще 11 человек получили ранения"): it is that side's, so the other side's figures,
    // given later, are added to it.
    const [onlySide] = sidesSoFar.size === 1 ? sidesSoFar : [null];
    // "Ответным огнем трое нарушителей уничтожены. Четвертый, раненный в плечо, задержан": one more of the
    // people the sentence before counted last, of their group.
    const last = perSentence.at(-1);
    const before = last?.index === k - 1 ? last.figures.at(-1) : undefined;
    // (Of the attackers only: a wounded attacker held after his comrades were killed is a figure apart from the
    // guards'; the one of them may also be whoever fired, not a casualty.)
    const oneOfThose = before?.group === 'perpetrator' && ONE_OF_THOSE.test(lower);
    const figures = read.figures
      .map((f) =>
        oneOfThose && f.group === 'generic' && f.value === 1 && f.kind === 'wounded'
          ? { ...f, group: before.group, side: f.side ?? before.side }
          : f,
      )
      .map((f) => (f.side === null && !f.total && onlySide ? { ...f, side: onlySide } : f));
    for (const f of read.figures) if (f.side !== null) sidesSoFar.add(f.side);
    // "Число погибших выросло до 59. Двое из них скончались в больницах от ран": "them" are the dead of the
    // sentence before, already counted, not wounded who died.
    const ofTheDeadBefore =
      before !== undefined &&
      last?.figures.every((f) => f.kind === 'killed') === true &&
      figures.length > 0 &&
      figures.every((f) => f.ofWounded) &&
      ANAPHORIC_PART.test(lower);
    if (figures.length && !ofTheDeadBefore) perSentence.push({ index: k, sentence, lower, figures });
    noneKilled ||= read.noneKilled;
    noneHurt ||= read.noneHurt;
    blasted = Math.max(blasted, read.blasted ?? 0);
  }
  const killed = combine(perSentence, 'killed');
  const wounded = combine(perSentence, 'wounded');
  const reasons: string[] = [];
  let killedValue = killed?.value ?? null;
  let woundedValue = wounded?.value ?? null;
  // The wounded who later died are dead, no longer wounded.
  // A death told again in a later sentence ("один из раненых скончался … Один из них … умер") is the same
  // death; a sentence that tells of another ("ещё один", "a second") adds its own.
  const diedOfWounds = perSentence.reduce((n, s) => {
    const here = s.figures.reduce((m, f) => m + (f.ofWounded ? f.value : 0), 0);
    if (here === 0) return n;
    return ANOTHER_PERSON.test(s.lower) ? n + here : Math.max(n, here);
  }, 0);
  // (A wounded total given after the death, "число раненых возросло до пяти", is already the current figure.)
  const deathAt = perSentence.findIndex((s) => s.figures.some((f) => f.ofWounded));
  const laterTotal = perSentence.some(
    (s, k) =>
      k > deathAt && s.figures.some((f) => f.kind === 'wounded' && f.total && f.value === woundedValue),
  );
  if (diedOfWounds > 0 && woundedValue !== null && woundedValue >= diedOfWounds) {
    if (!laterTotal) woundedValue -= diedOfWounds;
    // The dead are those counted last before the death, and the wounded who died: a figure elsewhere that
    // already counts them ("похороны двух пограничников" above "один из раненых скончался") is not added to.
    const before = perSentence
      .slice(0, deathAt + 1)
      .reverse()
      .find((s) => s.figures.some((f) => f.kind === 'killed' && !f.ofWounded));
    const deadBefore = before ? (combine([before], 'killed')?.value ?? 0) : 0;
    // The dead of a tally of the hurt ("at least 18 hurt, one of them fatally") are all the dead it knows.
    const ofTally = perSentence.every((s) => s.figures.every((f) => !f.ofWounded || f.ofTally));
    killedValue = Math.max(killedValue ?? 0, (ofTally ? 0 : deadBefore) + diedOfWounds);
    reasons.push(`${diedOfWounds} of the wounded died`);
  } else if (diedOfWounds > 0 && woundedValue === null) {
    // "Один из раненых пограничников скончался": the wounded were never counted, the dead were.
    killedValue = Math.max(killedValue ?? 0, diedOfWounds);
    reasons.push(`${diedOfWounds} of the wounded died`);
  }
  // "Двое подростков подорвались на мине … один погиб": those the blast hit and who did not die are wounded,
  // when no sentence counts the wounded.
  if (woundedValue === null && blasted > (killedValue ?? 0)) {
    woundedValue = blasted - (killedValue ?? 0);
    reasons.push(`${blasted} hit by the blast, ${killedValue ?? 0} of them dead`);
  }
  if (killedValue === null && (noneKilled || noneHurt)) {
    killedValue = 0;
    reasons.push('no deaths reported');
  }
  if (woundedValue === null && noneHurt) {
    woundedValue = 0;
    reasons.push('no injuries reported');
  }
  return {
    killed: killedValue,
    wounded: woundedValue,
    killedBy: killed?.parts ?? [],
    woundedBy: wounded?.parts ?? [],
    killedSentence: killed?.sentence ?? null,
    woundedSentence: wounded?.sentence ?? null,
    reasons,
  };
}

export { MONTHS as MONTH_WORDS };
