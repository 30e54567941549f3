import { describe, expect, it } from 'vitest';
import { extractTolls, readSentenceTolls } from '../../shared/domain/tolls.js';

/** Sums one sentence's figures of one kind the way `extractTolls` would for a single sentence. */
function tollOf(sentence: string) {
  const { killed, wounded } = extractTolls([sentence]);
  return { killed, wounded };
}

describe('extractTolls: counts attached to victim nouns', () => {
  it.each([
    ['Three Tajik servicemen were killed when gunmen fired on their patrol.', 3, null],
    ['Gunmen killed two Chinese engineers and wounded three local drivers near the camp.', 2, 3],
    ['A border guard was killed and another was wounded in the shootout.', 1, 1],
    ['Two soldiers and a civilian were killed, officials said.', 3, null],
    ['The attackers killed three villagers and wounded a fourth before fleeing.', 3, 1],
    ['At least 10 people were injured in the clash.', null, 10],
    // The codebook: "dozens" alone gives no number; "several" and "hundreds" neither.
    ['Dozens of residents were injured when the crowds clashed.', null, null],
    ['Several guards were hurt and hundreds of residents fled.', null, null],
    ['Security forces eliminated a dozen militants near the river.', 12, null],
    ['Two dozen people were wounded, the ministry said.', null, 24],
    ['Between 5 and 7 smugglers were killed in the firefight.', 5, null],
    ['The blast killed twenty-three people.', 23, null],
    ['A 45-year-old farmer was shot dead while tending his field.', 1, null],
    ['The patrol neutralized four armed intruders.', 4, null],
    ['Seven militants were liquidated, and two servicemen died of their wounds.', 9, null],
  ])('reads %j', (sentence, killed, wounded) => {
    expect(tollOf(sentence)).toEqual({ killed, wounded });
  });
});

describe('extractTolls: Russian reports', () => {
  it.each([
    ['В перестрелке погибли трое пограничников, ещё двое получили ранения.', 3, 2],
    ['Пятеро боевиков уничтожены, один военнослужащий ранен.', 5, 1],
    ['Погиб военнослужащий пограничных войск.', 1, null],
    ['Число погибших возросло до 17 человек, более 60 человек ранены.', 17, 60],
    ['Десятки человек получили ранения.', null, 10],
    ['Ликвидированы трое нарушителей границы.', 3, null],
  ])('reads %j', (sentence, killed, wounded) => {
    expect(tollOf(sentence)).toEqual({ killed, wounded });
  });
});

describe('extractTolls: what is not a toll', () => {
  it.each([
    'The border is 1,344 kilometres long and 38 kilograms of hashish were seized.',
    'Officials said 2 assault rifles and 300 rounds of ammunition were found.',
    'Trade between the two countries reached 700 million dollars.',
    'The 27-year-old man was detained and questioned.',
  ])('finds no figure in %j', (sentence) => {
    expect(tollOf(sentence)).toEqual({ killed: null, wounded: null });
  });

  it('reads "no one was hurt" as zero killed and zero wounded', () => {
    expect(tollOf('Shots were exchanged but no one was hurt.')).toEqual({ killed: 0, wounded: 0 });
  });

  it('keeps a reported death when another sentence says no guards were hurt', () => {
    const result = extractTolls([
      'Two smugglers were killed in the shootout.',
      'No border guards were hurt.',
    ]);
    expect(result).toMatchObject({ killed: 2, wounded: 0 });
  });

  it('does not count "died of his wounds" as a wounded figure', () => {
    // (The rank says three have died in all: the one who died, and a floor for the toll.)
    expect(
      readSentenceTolls('a third worker died of his wounds on friday.').figures.map((f) => [f.kind, f.value]),
    ).toEqual([
      ['killed', 1],
      ['killed', 3],
    ]);
  });
});

describe('extractTolls: across sentences', () => {
  it('adds different victim groups reported in separate sentences', () => {
    const result = extractTolls([
      'Three violators were liquidated during the operation.',
      'Two servicemen died while performing their duty.',
    ]);
    expect(result.killed).toBe(5);
  });

  it('does not add the same people reported twice under a generic noun', () => {
    const result = extractTolls([
      'Five people died in the firefight late on Tuesday.',
      'Three gunmen were killed along with two border guards, the committee said.',
    ]);
    expect(result.killed).toBe(5);
  });

  it('takes a stated death toll over a partial count and cites its sentence', () => {
    const result = extractTolls([
      'A fourth victim died in hospital on Friday, bringing the death toll to four.',
      'Two others remain in hospital.',
    ]);
    expect(result.killed).toBe(4);
    expect(result.killedSentence).toContain('death toll to four');
  });
});
