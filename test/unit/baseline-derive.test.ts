import { describe, expect, it } from 'vitest';
import { deriveBaselineCandidates } from '../../shared/domain/baseline-derive.js';

/** Entity candidates of one document. */
const entitiesOf = (text: string) =>
  deriveBaselineCandidates([{ name: 'doc.txt', text }]).entities.map((e) => e.text);
/** Vocabulary candidates of one document. */
const vocabularyOf = (text: string) =>
  deriveBaselineCandidates([{ name: 'doc.txt', text }]).vocabulary.map((e) => e.text);

describe('deriveBaselineCandidates: entity spans end at punctuation', () => {
  it.each([
    {
      text: 'Two border guards were wounded in Gorno-Badakhshan, the State Committee for National Security said.',
      expected: ['Gorno-Badakhshan', 'State Committee for National Security'],
    },
    {
      text: 'Clashes were reported in the districts of Khatlon, Gorno-Badakhshan and Sughd overnight.',
      expected: ['Khatlon', 'Gorno-Badakhshan and Sughd'],
    },
    {
      text: 'Many residents of Vorukh (Tajikistan) and Kok-Tash fled when firing began near the border.',
      expected: ['Vorukh', 'Tajikistan', 'Kok-Tash'],
    },
    {
      text: 'The shooting began near Ishkashim - Afghan Border Police said smugglers opened fire first.',
      expected: ['Ishkashim', 'Afghan Border Police'],
    },
    {
      text: 'Погибли двое военнослужащих, сообщил «Пограничные войска ГКНБ» источник в Душанбе.',
      expected: ['Пограничные', 'ГКНБ', 'Душанбе'],
    },
  ])('splits "$text"', ({ text, expected }) => {
    const entities = entitiesOf(text);

    expect([...entities].sort()).toEqual([...expected].sort());
    expect(entities.filter((e) => /\S\s+(?:the|and)\s+\S/.test(e) && !expected.includes(e))).toEqual([]);
  });
});

describe('deriveBaselineCandidates: weekdays are not entities', () => {
  it.each([
    {
      text: 'On Friday the Border Troops of the State Committee for National Security reported the clash.',
      expected: ['Border Troops of the State Committee for National Security'],
    },
    { text: 'Clashes resumed on Sunday Tajik officials said.', expected: ['Tajik'] },
    {
      text: "Kyrgyz officials blamed the Tajik side for Thursday's shooting in Batken.",
      expected: ['Tajik', 'Batken'],
    },
    {
      text: 'Gunfire was heard on Monday, Tuesday and Wednesday along the border with Afghanistan.',
      expected: ['Afghanistan'],
    },
    { text: 'В Понедельник пограничники ГКНБ задержали нарушителей.', expected: ['ГКНБ'] },
  ])('drops the weekday of "$text"', ({ text, expected }) => {
    expect([...entitiesOf(text)].sort()).toEqual([...expected].sort());
  });
});

describe('deriveBaselineCandidates: incident vocabulary drops stop words and weekdays', () => {
  const english =
    'Border guards exchanged fire with smugglers near the river on Tuesday, and both sides said at least two men were killed between the posts.';
  const russian =
    'В ходе перестрелки в понедельник один военнослужащий погиб, ещё двое получили ранения в результате обстрела между заставами.';

  it.each([
    {
      language: 'English',
      text: english,
      dropped: ['near', 'tuesday', 'both', 'least', 'between'],
      kept: ['river', 'posts'],
    },
    {
      language: 'Russian',
      text: russian,
      dropped: ['ходе', 'понедельник', 'один', 'двое', 'между', 'результате'],
      kept: ['военнослужащий', 'заставами'],
    },
  ])('$language: proposes content words only', ({ text, dropped, kept }) => {
    const vocabulary = vocabularyOf(text);

    expect(vocabulary.filter((v) => dropped.includes(v))).toEqual([]);
    expect(vocabulary).toEqual(expect.arrayContaining(kept));
  });
});
