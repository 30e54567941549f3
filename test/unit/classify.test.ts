import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../shared/domain/classify.js';

const afghanClash = {
  title: 'Gunmen crossing from Afghanistan kill Tajik border guard in Farkhor',
  text: [
    'A Tajik border guard was killed and two others were wounded on Friday when a group of armed men who had crossed the Panj river opened fire on a patrol in Farkhor district, the Border Troops said on Saturday.',
    'Two of the attackers were killed in the exchange of fire and the rest fled back to Afghanistan, the statement said.',
    'Since November, at least 20 people have died in incidents along the Tajik-Afghan border, according to official figures.',
    'In 2022, a similar attack in the area left three servicemen dead.',
  ].join('\n'),
  published: '2026-03-07T08:30:00Z',
};

describe('classifyArticle: incident reports', () => {
  it('assesses a Tajik-Afghan firefight with its place, date and this incident’s toll only', () => {
    const result = classifyArticle(afghanClash);
    expect(result).toMatchObject({
      relevant: true,
      border: 'tajik-afghan',
      type: 'infiltration',
      place: 'Farkhor',
      eventDate: '2026-03-06',
      killed: 3,
      wounded: 2,
    });
    expect(result.score).toBeGreaterThanOrEqual(0.6);
    expect(result.evidence.killedSentence).toContain('border guard was killed');
    expect(result.evidence.terms).toEqual(expect.arrayContaining(['place:Farkhor', 'country:AF']));
    expect(result.evidence.reasons.some((r) => r.includes('Since November'))).toBe(true);
  });

  it('assesses a Russian-language report of a clash on the Kyrgyz border', () => {
    const result = classifyArticle({
      title: 'На таджикско-кыргызской границе произошла перестрелка',
      text: 'Во вторник у села Чоркух Исфаринского района таджикские и кыргызские пограничники обменялись огнём. Ранены трое военнослужащих, сообщили в пограничных войсках. В прошлом году в конфликте на границе погибли более 100 человек.',
      published: '2026-04-15T09:00:00+05:00',
    });
    expect(result).toMatchObject({
      relevant: true,
      border: 'tajik-kyrgyz',
      type: 'armed-clash',
      place: 'Chorkuh',
      eventDate: '2026-04-14',
      killed: null,
      wounded: 3,
    });
  });

  it('assesses a smugglers’ shootout on the Uzbek border', () => {
    const result = classifyArticle({
      title: 'Smuggler killed as Uzbek guards open fire near Tajik border',
      text: 'Uzbek border guards shot dead a suspected smuggler who crossed from Tajikistan into Surkhandarya region on Monday night after his group fired at the patrol, the State Security Service said. Two other smugglers fled back across the border into Shahrinav district.',
      published: '2026-05-12T10:00:00Z',
    });
    expect(result).toMatchObject({
      relevant: true,
      border: 'tajik-uzbek',
      type: 'smuggling-shootout',
      killed: 1,
    });
  });

  it('reports a mass crossing without a toll', () => {
    const result = classifyArticle({
      title: 'Hundreds of Afghan soldiers flee into Tajikistan',
      text: 'About 300 Afghan soldiers crossed the Panj river into Tajikistan on Sunday as Taliban fighters seized border posts in Badakhshan, Tajik officials said.',
      published: '2021-07-05T09:00:00Z',
    });
    expect(result).toMatchObject({
      relevant: true,
      type: 'mass-crossing',
      border: 'tajik-afghan',
      killed: null,
    });
  });
});

describe('classifyArticle: hard negatives', () => {
  it.each([
    [
      'drones delivered as equipment, not used in an attack',
      'Russian base in Tajikistan receives new reconnaissance drones',
      'Russia’s 201st military base in Tajikistan has received a batch of new reconnaissance drones, the Central Military District said on Sunday. The drones will support Tajik border troops guarding the Afghan frontier against militant groups.',
    ],
    [
      'another country’s riots that mention Tajik troops',
      'Kazakhstan death toll from unrest rises to 230',
      'Kazakh officials said 230 people were killed in the January unrest. Troops from the CSTO, including units from Tajikistan, have left the country.',
    ],
    [
      'a clash on the Kyrgyz-Uzbek border',
      'Kyrgyz and Uzbek border guards exchange fire near Sokh',
      'Two Kyrgyz servicemen were wounded on Tuesday when Uzbek border guards opened fire near the Sokh exclave, the Kyrgyz border service said.',
    ],
    [
      'fighting inside Afghanistan near the Tajik border',
      'Taliban clash with gunmen in Takhar province',
      'Taliban forces clashed with gunmen in Takhar province, which borders Tajikistan, on Monday, leaving four fighters dead, local officials said.',
    ],
    [
      'a military exercise scenario',
      'Tajik troops hold drills on Afghan border',
      'Tajik border troops held exercises in Khatlon on Wednesday. Under the scenario, a group of militants crossing the Panj was destroyed.',
    ],
    [
      'an analysis with cumulative figures only',
      'Why the Tajik-Afghan border keeps bleeding',
      'Since November, at least 16 people have been killed along the Tajik-Afghan border. Analysts say the Taliban cannot control the militants.',
    ],
    [
      'a drug seizure without violence',
      'Tajik border guards seize 90 kg of heroin',
      'Border guards in Panj district seized 90 kilograms of heroin and detained one Afghan citizen on Thursday.',
    ],
    [
      'a sports match',
      'Tajikistan beat Afghanistan in border derby clash',
      'Tajikistan beat Afghanistan 3-0 in a football match in Dushanbe on Tuesday.',
    ],
  ])('does not assess %s as relevant', (_case, title, text) => {
    const result = classifyArticle({ title, text, published: '2026-02-10T09:00:00Z' });
    expect(result.relevant).toBe(false);
    expect(result.score).toBeLessThan(0.5);
    expect(result).toMatchObject({ border: null, type: null, killed: null, wounded: null });
  });

  it('explains why an article is not relevant', () => {
    const result = classifyArticle({
      title: 'CSTO drills near the Afghan border',
      text: 'Troops practised repelling an incursion by militants in Khatlon.',
      published: '2025-10-01T00:00:00Z',
    });
    expect(result.evidence.reasons.join(' ')).toMatch(/drill context in title/);
  });
});

describe('classifyArticle: robustness and speed', () => {
  it('accepts empty input and a missing publication date', () => {
    const result = classifyArticle({ title: '', text: '' });
    expect(result.relevant).toBe(false);
    expect(classifyArticle({ ...afghanClash, published: null }).eventDate).toBeNull();
  });
});
