import { describe, expect, it } from 'vitest';
import {
  findDateMentions,
  publicationDay,
  resolveEventDate,
  resolveEventDateLower,
} from '../../shared/domain/event-date.js';

describe('resolveEventDate', () => {
  it.each([
    // [sentence, published, expected]
    ['Two guards were killed on Sunday in a clash.', '2026-01-20T08:00:00Z', '2026-01-18'],
    ['The shooting happened late on Tuesday near the river.', '2026-01-22T10:00:00Z', '2026-01-20'],
    ["Wednesday's attack left one man dead.", '2025-11-28T12:00:00Z', '2025-11-26'],
    [
      'A drone struck the outpost on Thursday, the ministry said on Friday.',
      '2025-12-05T09:00:00Z',
      '2025-12-04',
    ],
    [
      'Militants crossed the river overnight, officials said on Monday.',
      '2026-02-02T07:00:00Z',
      '2026-02-01',
    ],
    ['Gunmen attacked the post overnight.', '2026-02-02T07:00:00Z', '2026-02-01'],
    ['Border guards clashed with smugglers on 13 December.', '2026-01-05T09:00:00Z', '2025-12-13'],
    ['The clash took place on December 30.', '2026-01-02T09:00:00Z', '2025-12-30'],
    ['The group tried to cross in late November.', '2025-12-02T09:00:00Z', '2025-11-25'],
    ['Перестрелка произошла в воскресенье утром.', '2026-01-19T06:00:00Z', '2026-01-18'],
    ['Инцидент произошёл накануне вечером.', '2025-08-19T12:00:00Z', '2025-08-18'],
    ['Боевики пересекли границу в ночь на понедельник.', '2021-07-05T12:00:00Z', '2021-07-04'],
    ['Нападение произошло 26 ноября.', '2025-11-27T06:00:00Z', '2025-11-26'],
    ['Обстрел начался в ночь на 9 декабря.', '2025-12-10T05:00:00Z', '2025-12-08'],
    [
      'KHUJAND, Jan 12 (Sughd Daily) — A herder was shot dead on Sunday evening.',
      '2026-01-12T09:00:00Z',
      '2026-01-11',
    ],
    [
      'DUSHANBE, Nov 27 (Reuters) - Two workers were killed on Wednesday.',
      '2025-11-27T09:00:00Z',
      '2025-11-26',
    ],
  ])('resolves %j published %s to %s', (sentence, published, expected) => {
    expect(resolveEventDate([sentence], published).date).toBe(expected);
  });

  it('uses the date of a statement when nothing else dates the event', () => {
    const result = resolveEventDate(
      ['Officials on Sunday said four gunmen were neutralised.'],
      '2026-01-18T15:00:00Z',
    );
    expect(result.date).toBe('2026-01-18');
  });

  it('falls back to the publication day, and to null without a publication date', () => {
    expect(resolveEventDate(['Two shepherds were killed by a mine.'], '2026-03-24T18:00:00+05:00').date).toBe(
      '2026-03-24',
    );
    expect(resolveEventDate(['Two shepherds were killed on Tuesday.'], null)).toEqual({
      date: null,
      phrase: null,
    });
  });

  it("reads the publication day in Tajik local time (UTC+5), the codebook's day", () => {
    const day = (published: string) => publicationDay(published)?.toISOString().slice(0, 10);
    expect(day('2026-01-19T02:00:00+05:00')).toBe('2026-01-19');
    expect(day('2026-01-18T20:30:00Z')).toBe('2026-01-19');
    expect(day('2026-01-18T18:59:00Z')).toBe('2026-01-18');
    expect(day('2026-01-18T23:30:00+03:00')).toBe('2026-01-19');
    expect(day('Sun, 18 Jan 2026 21:00:00 GMT')).toBe('2026-01-19');
    // Without a zone, the day is taken as written.
    expect(day('2026-01-18T23:30:00')).toBe('2026-01-18');
    expect(day('2026-01-18')).toBe('2026-01-18');
  });

  it('resolves "yesterday" and "today" against the local day of a late-evening UTC timestamp', () => {
    // 20:30 UTC on Tuesday 10 June is 01:30 on Wednesday in Dushanbe.
    const late = '2025-06-10T20:30:00Z';
    expect(
      resolveEventDate(['Вчера вечером пограничники ликвидировали троих контрабандистов.'], late).date,
    ).toBe('2025-06-10');
    expect(resolveEventDate(['A border guard was killed today near Vorukh.'], late).date).toBe('2025-06-11');
  });

  it('marks a date next to a speech verb as a statement date', () => {
    const [mention] = findDateMentions('the committee said on monday.', new Date('2026-01-19T00:00:00Z'));
    expect(mention).toMatchObject({ date: '2026-01-19', statement: true });
  });
});

describe('relative days the codebook resolves against publication, always to the past', () => {
  // Published on Monday 27 July 2026.
  const published = '2026-07-27T12:00:00Z';
  it.each([
    ['Пограничник погиб в минувший четверг во время боя.', '2026-07-23'],
    ['Перестрелка произошла в прошлую субботу.', '2026-07-25'],
    ['Бой произошел два дня назад.', '2026-07-25'],
    ['The attack happened three days ago.', '2026-07-24'],
    ['Fighting broke out on the 9th.', '2026-07-09'],
    ['Столкновение произошло 9-го.', '2026-07-09'],
    ['9-го июля на границе произошел бой.', '2026-07-09'],
    ['The clash on the 30th left two dead.', '2026-06-30'],
  ])('%s', (sentence, expected) => {
    expect(resolveEventDate([sentence], published).date).toBe(expected);
  });

  it('takes "в минувший понедельник" said on a Monday for the Monday before', () => {
    expect(resolveEventDate(['Бой произошел в минувший понедельник.'], published).date).toBe('2026-07-20');
  });
});

/** Date phrasings of wire and Russian-language reports, written for this test; published Saturday 28 November 2026. */
const DATE_CASES: [string, string][] = [
  ['Инцидент произошел днем ранее.', '2026-11-27'],
  ['The incident happened two days earlier.', '2026-11-26'],
  ['A guard was killed in a clash near the post on the evening of the 26th.', '2026-11-26'],
  // A clause recalling an earlier incident at the same place does not date this one.
  [
    'Guards exchanged fire on Thursday in the Kekh area, the same stretch of frontier where patrols traded fire on November 3.',
    '2026-11-26',
  ],
  // Numeric dates as Russian-language communiqués write them; "минувшей ночью"; "ночью с 25 на 26 ноября".
  ['Инцидент произошел 25.11.2026 на участке заставы «Хирманджо».', '2026-11-25'],
  ['The incident occurred on 25/11/2026 near the Khirmanjo post.', '2026-11-25'],
  ['Минувшей ночью на участке заставы погиб пограничник.', '2026-11-27'],
  ['Минувшим вечером на участке заставы погиб пограничник.', '2026-11-27'],
  ['Ночью с 25 на 26 ноября на участке заставы погиб пограничник.', '2026-11-25'],
  ['В ночной перестрелке с четверга на пятницу погиб пограничник.', '2026-11-26'],
  // A later death's day is not the violence's.
  [
    'В четверг в больнице скончался военнослужащий, получивший тяжёлые ранения при атаке во вторник.',
    '2026-11-24',
  ],
  ['A guard wounded on Tuesday in the attack died in hospital on Thursday.', '2026-11-24'],
  ['Нарушители проникли на участке 7-го пограничного поста; бой произошел в среду.', '2026-11-25'],
  ['Gunmen attacked the 5th border post on Wednesday.', '2026-11-25'],
  ['An attack on the 7th border post was reported on Thursday.', '2026-11-26'],
  ['Guards clashed with gunmen late on Tuesday.', '2026-11-24'],
  ['The attack took place on the night of 26 to 27 November.', '2026-11-26'],
  ['The clash happened in the early hours of Thursday.', '2026-11-26'],
  ['Gunmen attacked the post on Tuesday night.', '2026-11-24'],
  ['The shooting happened late Wednesday.', '2026-11-25'],
  ['Fighting broke out on Nov. 25 and continued into the next day.', '2026-11-25'],
  ['В ночь с 26 на 27 ноября нарушители пересекли границу.', '2026-11-26'],
  ['Перестрелка произошла в среду вечером.', '2026-11-25'],
  ['Инцидент произошел 25 ноября около 23:00.', '2026-11-25'],
  ['Столкновение произошло в четверг, 26 ноября.', '2026-11-26'],
  ['Нападение было совершено позавчера.', '2026-11-26'],
  ['The attack happened the day before yesterday.', '2026-11-26'],
  ['DUSHANBE, Nov 28 (Reuters) - Two guards were killed on Thursday.', '2026-11-26'],
  ['ДУШАНБЕ, 28 ноября. Двое пограничников погибли в четверг.', '2026-11-26'],
  ['Власти уточнили данные о пострадавших в четверговой перестрелке.', '2026-11-26'],
  ['Стороны дали свою версию пятничного конфликта у села.', '2026-11-27'],
  ['Число раненых во вчерашнем столкновении выросло до пяти.', '2026-11-27'],
  ['Перестрелка возобновилась сегодня на рассвете и продолжается второй день.', '2026-11-27'],
  ['Fighting went on for a third day on Thursday.', '2026-11-24'],
  ['Two days of clashes ended late on Thursday.', '2026-11-25'],
  ['The shooting happened two days ago.', '2026-11-26'],
  ['Напомним, 23–25 ноября на границе произошли столкновения.', '2026-11-23'],
  ['Clashes on 23-25 November killed dozens.', '2026-11-23'],
  // A part of a weekday, the weekday in the genitive.
  ['Вечер четверга жители приграничного села провели в подвалах.', '2026-11-26'],
  ['Утром среды у заставы снова стреляли.', '2026-11-25'],
  // A day something is set for is no day of the event (here the publication day stands).
  ['Пограничник погиб у заставы; встреча представителей назначена на 29 ноября.', '2026-11-28'],
  // A weekday of a sentence about last week is that week's.
  ['It is not what happened last week, when gunmen crossed the river on Saturday.', '2026-11-21'],
];

describe('days beside other days of the same report', () => {
  const published = '2026-11-28T09:00:00Z';
  const lower = (list: string[]) => list.map((s) => s.toLowerCase());

  it('takes the day the violence began, not the day it ended or the calm after it', () => {
    // The lead tells of the end; the next incident sentence of the start, four days before.
    const sentences = [
      'On Thursday the shooting stopped, and the village was quiet on Friday.',
      'Residents heard machine-gun fire from the river on Sunday evening.',
    ];
    expect(resolveEventDateLower(lower(sentences), published, undefined, 2, 1).date).toBe('2026-11-22');
    const russian = [
      'В четверг, по словам жителей приграничных сел, стрельба прекратилась.',
      'В воскресенье вечером у реки стреляли.',
    ];
    expect(resolveEventDateLower(lower(russian), published, undefined, 2, 1).date).toBe('2026-11-22');
  });

  it('does not date the event by the day one hurt in the attack died', () => {
    const sentences = [
      'В пятницу в больнице скончался второй пострадавший при атаке беспилотника на лагерь.',
      'Беспилотник атаковал лагерь в ночь на среду.',
    ];
    expect(resolveEventDateLower(lower(sentences), published, undefined, 2, 1).date).toBe('2026-11-24');
  });

  it('does not date the event by a day of regret', () => {
    const sentences = [
      'Afghan officials on Friday expressed regret over the shooting.',
      'Residents said the shooting began on Monday night.',
    ];
    expect(resolveEventDateLower(lower(sentences), published, undefined, 2, 1).date).toBe('2026-11-23');
  });

  it('does not date the event by the day a note was handed or an envoy summoned', () => {
    // 28 November 2026 is a Saturday.
    const russian = [
      'Министерство иностранных дел в пятницу вручило ноту в связи с задержанием двух жителей села.',
      'Братьев увезли за линию границы во вторник.',
    ];
    expect(resolveEventDateLower(lower(russian), published, undefined, 2, 1).date).toBe('2026-11-24');
    const english = [
      'Tajikistan on Friday handed Kabul a protest note over the raid on the post.',
      'The raid began on Tuesday.',
    ];
    expect(resolveEventDateLower(lower(english), published, undefined, 2, 1).date).toBe('2026-11-24');
  });

  it('takes the night before the day officials spoke when a later sentence says the clash was overnight', () => {
    // 28 November 2026 is a Saturday: "said on Friday" is the 27th, the night before it the 26th.
    const sentences = [
      'A Tajik border guard and two couriers were killed in a gunfight on the Panj, the border service said on Friday.',
      'The clash broke out overnight near the village of Namadgut.',
      'An official on the Afghan bank could not be reached for comment on Friday.',
    ];
    expect(resolveEventDateLower(lower(sentences.slice(0, 2)), published, undefined, 2, 1).date).toBe(
      '2026-11-26',
    );
    // (No comment "on Friday" is a day of the event.)
    expect(resolveEventDateLower(lower(sentences), published, undefined, 3, 1).date).toBe('2026-11-26');
  });

  it('moves the lead day a day or two earlier when a later incident sentence says the fighting began then', () => {
    const sentences = [
      'Friday morning began with mortar fire on the villages.',
      'The clashes, which started on Wednesday with an exchange between border patrols, have spread along the frontier.',
    ];
    // Two incident sentences, the first of them the lead.
    expect(resolveEventDateLower(lower(sentences), published, undefined, 2, 1).date).toBe('2026-11-25');
    // A week earlier is another incident, not this one's start.
    const recalled = [sentences[0] as string, 'A similar exchange happened on November 20.'];
    expect(resolveEventDateLower(lower(recalled), published, undefined, 2, 1).date).toBe('2026-11-27');
  });
});

describe('event dates as wires and Russian-language reports phrase them', () => {
  it.each(DATE_CASES)('%s', (sentence, expected) => {
    expect(resolveEventDate([sentence], '2026-11-28T09:00:00Z').date).toBe(expected);
  });
});
