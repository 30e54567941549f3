/**
 * Realistic reports for the incident, alert-rule and message tests, modelled on the seed articles
 * (gunmen killed crossing from Afghanistan, Kyrgyz–Tajik exchanges of fire) and on how outlets revise a toll.
 * Each report is an article as the pipeline stores it plus the assessment a classifier gives it.
 */
import type { IncidentReport } from '../../shared/domain/incidents.js';
import type { Assessment, Border, IncidentType } from '../../shared/domain/types.js';

interface ReportSpec {
  readonly id: string;
  readonly outlet: string;
  readonly url: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
  readonly border: Border;
  readonly type: IncidentType | null;
  readonly place: string | null;
  readonly eventDate: string | null;
  readonly killed: number | null;
  readonly wounded: number | null;
  readonly score: number;
  readonly killedSentence?: string;
  readonly woundedSentence?: string;
  readonly terms?: readonly string[];
  readonly fingerprint?: string;
  /** Minutes after publication the poll saw it. */
  readonly seenAfterMinutes?: number;
}

function report(spec: ReportSpec): IncidentReport {
  const assessment: Assessment = {
    relevant: true,
    score: spec.score,
    border: spec.border,
    type: spec.type,
    place: spec.place,
    eventDate: spec.eventDate,
    killed: spec.killed,
    wounded: spec.wounded,
    evidence: {
      terms: spec.terms ?? [],
      killedSentence: spec.killedSentence ?? null,
      woundedSentence: spec.woundedSentence ?? null,
      reasons: [],
    },
  };
  const seenAt = new Date(Date.parse(spec.published) + (spec.seenAfterMinutes ?? 12) * 60_000).toISOString();
  return {
    article: {
      id: spec.id,
      url: spec.url,
      outlet: spec.outlet,
      published: spec.published,
      title: spec.title,
      text: spec.text,
      fingerprint: spec.fingerprint ?? `fp-${spec.id}`,
    },
    assessment,
    seenAt,
  };
}

/** Seed 000: Tajik officials say four "terrorists" who crossed from Afghanistan were neutralised in Khatlon. */
export const khatlonFourNeutralised = report({
  id: 'a1f0c3d29b7e4410',
  outlet: 'Daily Sabah',
  url: 'https://www.dailysabah.com/world/asia-pacific/tajikistan-says-4-terrorists-from-afghanistan-neutralised?utm_source=rss&utm_medium=feed',
  published: '2026-01-04T15:42:00Z',
  title: 'Tajikistan says security forces neutralised 4 "terrorists" from Afghanistan',
  text:
    'DUSHANBE, Tajikistan: Tajikistan officials on Sunday said that security forces “neutralised” four ' +
    '“terrorists” who crossed into the country from neighbouring Afghanistan in an area where cross-border ' +
    'terrorist attacks have been on the rise in recent weeks, state media reported.\n' +
    'Tajikistan, in Central Asia, shares a mountainous border with Afghanistan and has had tense relations ' +
    'with Kabul’s Taliban authorities.\n' +
    'According to Tajik security services cited by the state-owned Khovar news agency, “four terrorists were ' +
    'neutralised” after they refused to put down arms in the southern Khatlon region.\n' +
    'At least 16 people have been killed in total in cross-border terrorist infiltration attempts from ' +
    'Afghanistan, according to official data.',
  border: 'tajik-afghan',
  type: 'infiltration',
  place: 'Khatlon',
  eventDate: '2026-01-04',
  killed: 4,
  wounded: null,
  score: 0.88,
  killedSentence:
    'According to Tajik security services cited by the state-owned Khovar news agency, “four terrorists were ' +
    'neutralised” after they refused to put down arms in the southern Khatlon region.',
  terms: ['incident:neutralised', 'place:Khatlon', 'actor:terrorists'],
});

/** Seed 001: AP reports the same four gunmen killed overnight in a skirmish, said Monday. */
export const apFourGunmenKilled = report({
  id: 'b27d9e0f55c14a8e',
  outlet: 'AP News',
  url: 'https://apnews.com/article/tajikistan-afghanistan-border-gunmen-killed-3c9f0e1b2a?fbclid=IwAR0xyz',
  published: '2026-01-05T09:15:00Z',
  title: 'Four gunmen crossing from Afghanistan killed in skirmish with Tajik border guards',
  text:
    'KABUL, Afghanistan (AP) — Four gunmen who crossed from Afghanistan into neighboring Tajikistan were ' +
    'killed in a skirmish with border guards overnight, Tajikistan’s National Security Committee said Monday. ' +
    'It was the second violent incident since November along the border between the two countries.\n' +
    'The Tajik border guards spotted the gunmen near a village close to the border with Afghanistan’s ' +
    'Badakhshan province, the committee said in a statement. It added that the four men refused an order to ' +
    'surrender and offered armed resistance, and were killed in the ensuing skirmish.\n' +
    'Afghan government spokesman Zabihullah Mujahid said the gunmen were smugglers.',
  border: 'tajik-afghan',
  type: 'armed-clash',
  place: null,
  eventDate: '2026-01-05',
  killed: 4,
  wounded: null,
  score: 0.91,
  killedSentence:
    'Four gunmen who crossed from Afghanistan into neighboring Tajikistan were killed in a skirmish with ' +
    'border guards overnight, Tajikistan’s National Security Committee said Monday.',
  terms: ['incident:skirmish', 'actor:gunmen'],
});

/** The AP story syndicated under another URL and headline: same fingerprint. */
export const apFourSyndicated: IncidentReport = {
  ...apFourGunmenKilled,
  article: {
    ...apFourGunmenKilled.article,
    id: 'c93b1a7de0f24c55',
    outlet: 'ABC News',
    url: 'https://abcnews.go.com/International/wireStory/gunmen-afghanistan-killed-tajikistan-128733',
    title: 'Gunmen from Afghanistan killed in Tajikistan border skirmish',
  },
};

/** Seed 004: Kyrgyzstan says Tajik troops fired on its posts at Tort-Kocho and Chyr-Dobo. */
export const tortKochoExchange = report({
  id: 'd4e5f60718293a4b',
  outlet: 'The Moscow Times',
  url: 'https://www.themoscowtimes.com/2026/01/29/tajikistan-and-kyrgyzstan-border-guards-exchange-fire-a77101',
  published: '2026-01-29T19:05:00Z',
  title: 'Tajikistan and Kyrgyzstan Border Guards Exchange Fire',
  text:
    'Kyrgyzstan accused Central Asian rival Tajikistan of firing on its troops Thursday in an outbreak of ' +
    'violence that comes after clashes at their contested border left dozens dead last year.\n' +
    '"The main exchanges of fire between border guard units of Kyrgyzstan and Tajikistan take place in the ' +
    'villages of Tort-Kocho and Chyr-Dobo. The Tajik side is using mortars and grenade launchers," ' +
    'Kyrgyzstan’s national security committee said in a statement.\n' +
    'The area surrounding Tajikistan’s Vorukh, a settlement known as an enclave for being surrounded by ' +
    'Kyrgyz territory, is a key flashpoint.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Tort-Kocho',
  eventDate: '2026-01-29',
  killed: null,
  wounded: null,
  score: 0.79,
  terms: ['incident:exchange of fire', 'place:Tort-Kocho', 'place:Chyr-Dobo'],
});

/** A Kyrgyz outlet's report of the Tort-Kocho exchange two hours later, with a wounded figure. */
export const tortKochoWounded = report({
  id: 'e1d2c3b4a5968778',
  outlet: 'AKIpress',
  url: 'https://akipress.com/news:802113:Two_Kyrgyz_border_guards_wounded_near_Tort-Kocho/',
  published: '2026-01-29T21:20:00Z',
  title: 'Two Kyrgyz border guards wounded as Tajik side opens fire near Tort-Kocho',
  text:
    'Two servicemen of the Kyrgyz Border Service were wounded after the Tajik side opened fire on the ' +
    'Tort-Kocho border post in Batken region on Thursday, the State Committee for National Security said.\n' +
    'Exchanges of fire with mortars and grenade launchers continued near Tort-Kocho and Chyr-Dobo until late ' +
    'evening, the committee said.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Tort-Kocho village',
  eventDate: '2026-01-29',
  killed: null,
  wounded: 2,
  score: 0.84,
  woundedSentence:
    'Two servicemen of the Kyrgyz Border Service were wounded after the Tajik side opened fire on the ' +
    'Tort-Kocho border post in Batken region on Thursday, the State Committee for National Security said.',
});

/** Two days later a shootout near Vorukh: another event on the same border, same week. */
export const vorukhShootout = report({
  id: 'f0e9d8c7b6a59483',
  outlet: 'Asia-Plus',
  url: 'https://asiaplustj.info/en/news/tajikistan/security/20260131/tajik-border-guard-killed-near-vorukh',
  published: '2026-01-31T11:40:00Z',
  title: 'Tajik border guard killed, three residents wounded in shootout near Vorukh',
  text:
    'A Tajik border guard was killed and three residents were wounded on Saturday in a shootout with ' +
    'Kyrgyz servicemen near the Vorukh exclave, the Border Troops of Tajikistan said.\n' +
    'It is the second clash on the Tajik–Kyrgyz border this week, after an exchange of fire near Tort-Kocho ' +
    'on Thursday.\n' +
    'Residents of Vorukh said shooting began after a dispute over a water channel.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Vorukh',
  eventDate: '2026-01-31',
  killed: 1,
  wounded: 3,
  score: 0.9,
  killedSentence:
    'A Tajik border guard was killed and three residents were wounded on Saturday in a shootout with ' +
    'Kyrgyz servicemen near the Vorukh exclave, the Border Troops of Tajikistan said.',
});

/** First report of a clash in Shamsiddin Shohin district: three killed. */
export const shohinThreeKilled = report({
  id: '1a2b3c4d5e6f7081',
  outlet: 'Asia-Plus',
  url: 'https://asiaplustj.info/en/news/tajikistan/security/20260110/three-killed-in-clash-on-tajik-afghan-border',
  published: '2026-01-10T08:30:00Z',
  title: 'Three killed in clash on Tajik-Afghan border in Shamsiddin Shohin district',
  text:
    'Three people were killed in an armed clash between Tajik border guards and a group of armed men who ' +
    'crossed the Panj river in Shamsiddin Shohin district early on Saturday, a source in the Border Troops said.\n' +
    'The group tried to carry a large consignment of drugs across the river, the source said.',
  border: 'tajik-afghan',
  type: 'armed-clash',
  place: 'Shamsiddin Shohin',
  eventDate: '2026-01-10',
  killed: 3,
  wounded: null,
  score: 0.86,
  killedSentence:
    'Three people were killed in an armed clash between Tajik border guards and a group of armed men who ' +
    'crossed the Panj river in Shamsiddin Shohin district early on Saturday, a source in the Border Troops said.',
});

/** The next day the toll of the Shamsiddin Shohin clash is revised to seven, with two wounded. */
export const shohinSevenKilled = report({
  id: '2b3c4d5e6f708192',
  outlet: 'RFE/RL',
  url: 'https://www.rferl.org/a/tajikistan-afghanistan-border-clash-death-toll-rises/33650012.html?utm_campaign=rss',
  published: '2026-01-11T06:10:00Z',
  title: 'Death toll in Tajik-Afghan border clash rises to seven',
  text:
    'The death toll from Saturday’s clash on the Tajik-Afghan border in Shamsiddin Shohin district has risen ' +
    'to seven, Tajikistan’s State Committee for National Security said on Sunday.\n' +
    'Two Tajik border guards and five members of an armed group that crossed the Panj river were killed, and ' +
    'two other border guards were wounded, the committee said.',
  border: 'tajik-afghan',
  type: 'armed-clash',
  place: 'Shamsiddin Shohin district',
  eventDate: '2026-01-10',
  killed: 7,
  wounded: 2,
  score: 0.9,
  killedSentence:
    'Two Tajik border guards and five members of an armed group that crossed the Panj river were killed, and ' +
    'two other border guards were wounded, the committee said.',
});

/** A late reprint of the first figure, published after the revision. */
export const shohinStaleCopy = report({
  id: '3c4d5e6f70819203',
  outlet: 'Avesta',
  url: 'http://avesta.tj/2026/01/11/three-killed-on-the-border-shamsiddin-shohin/',
  published: '2026-01-11T10:00:00Z',
  title: 'Three killed in border clash in Shamsiddin Shohin',
  text:
    'Three people were killed in an armed clash on the Tajik-Afghan border in Shamsiddin Shohin district on ' +
    'Saturday, the Border Troops said. The armed men had crossed the Panj river from Afghanistan.',
  border: 'tajik-afghan',
  type: 'armed-clash',
  place: 'Shamsiddin Shohin',
  eventDate: '2026-01-10',
  killed: 3,
  wounded: null,
  score: 0.8,
});

/** Tajik official figure for a clash at Kok-Tash: one killed. */
export const kokTashTajikFigure = report({
  id: '4d5e6f7081920314',
  outlet: 'Khovar',
  url: 'https://khovar.tj/eng/2026/02/border-incident-near-kok-tash/',
  published: '2026-02-12T10:00:00Z',
  title: 'Border Troops: one serviceman killed in provocation by Kyrgyz side near Kok-Tash',
  text:
    'One serviceman of the Border Troops was killed when Kyrgyz servicemen opened fire near Kok-Tash on ' +
    'Thursday morning, the Border Troops of the State Committee for National Security said.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Kok-Tash',
  eventDate: '2026-02-12',
  killed: 1,
  wounded: null,
  score: 0.83,
});

/** Kyrgyz official figure for the same Kok-Tash clash, two hours later: three killed. */
export const kokTashKyrgyzFigure = report({
  id: '5e6f708192031425',
  outlet: '24.kg',
  url: 'https://24.kg/english/301144_Three_killed_in_clash_at_Kok-Tash/',
  published: '2026-02-12T12:05:00Z',
  title: 'Three killed in clash at Kok-Tash, Kyrgyz Border Service says',
  text:
    'Three people were killed in a clash near Kok-Tash on Thursday after Tajik servicemen opened fire on a ' +
    'Kyrgyz border post, the Border Service of Kyrgyzstan said.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Kok-Tash',
  eventDate: '2026-02-12',
  killed: 3,
  wounded: null,
  score: 0.85,
});

/** Same day as the Khatlon report, no place: one smuggler killed in a shootout — another event. */
export const smugglerShootout = report({
  id: '6f70819203142536',
  outlet: 'Asia-Plus',
  url: 'https://asiaplustj.info/en/news/tajikistan/security/20260104/smuggler-killed-in-shootout',
  published: '2026-01-04T17:30:00Z',
  title: 'Drug smuggler killed in shootout with Tajik border guards',
  text:
    'A drug smuggler was killed in a shootout with Tajik border guards on Sunday, the Border Troops said. ' +
    'Border guards seized 40 kilograms of hashish after the exchange of fire.',
  border: 'tajik-afghan',
  type: 'smuggling-shootout',
  place: null,
  eventDate: '2026-01-04',
  killed: 1,
  wounded: null,
  score: 0.74,
});

/**
 * The Kyrgyz side's report of the night before the Vorukh shootout: mortar fire wounds two residents of
 * Ak-Sai. Alone it does not join the Vorukh incident (a day earlier, another type, its own words).
 */
export const akSaiMortarFire = report({
  id: '7a8b9c0d1e2f3041',
  outlet: '24.kg',
  url: 'https://24.kg/english/302210_Two_residents_of_Ak-Sai_wounded_by_mortar_fire/',
  published: '2026-01-30T19:00:00Z',
  title: 'Two Kyrgyz residents wounded as mortar fire hits Ak-Sai',
  text:
    'Two residents of Ak-Sai in Batken district were wounded on Friday evening when mortar rounds fired ' +
    'from the Tajik side hit the village, the Border Service of Kyrgyzstan said.\n' +
    'The wounded were taken to the Batken regional hospital.',
  border: 'tajik-kyrgyz',
  type: 'shelling',
  place: 'Ak-Sai',
  eventDate: '2026-01-30',
  killed: null,
  wounded: 2,
  score: 0.85,
});

/** A later report naming both: the Ak-Sai mortar fire and the Vorukh shootout were one flare-up. */
export const vorukhAkSaiFollowUp = report({
  id: '8b9c0d1e2f304152',
  outlet: 'Eurasianet',
  url: 'https://eurasianet.org/kyrgyzstan-tajikistan-two-days-of-fire-around-vorukh-and-ak-sai',
  published: '2026-02-01T09:00:00Z',
  title: 'Two days of fire around Vorukh and Ak-Sai',
  text:
    'Mortar fire that hit Ak-Sai in Batken district on Friday evening and wounded two residents, and the ' +
    'shootout near the Vorukh exclave on Saturday in which a Tajik border guard was killed, were one ' +
    'flare-up along the same stretch of border, officials on both sides said.\n' +
    'The wounded residents of Ak-Sai were taken to the Batken regional hospital; residents of Vorukh said ' +
    'shooting began after a dispute over a water channel.',
  border: 'tajik-kyrgyz',
  type: 'armed-clash',
  place: 'Vorukh',
  eventDate: '2026-01-31',
  killed: 1,
  wounded: 3,
  score: 0.9,
});

/** Derives a report of another article from one of the above (another id, outlet and text). */
export function variant(base: IncidentReport, changes: Partial<ReportSpec> & { id: string }): IncidentReport {
  const a = base.article;
  const s = base.assessment;
  return report({
    id: changes.id,
    outlet: changes.outlet ?? a.outlet,
    url: changes.url ?? `${a.url.split('?')[0]}-${changes.id}`,
    published: changes.published ?? a.published ?? base.seenAt,
    title: changes.title ?? a.title,
    text: changes.text ?? a.text,
    border: changes.border ?? (s.border as Border),
    type: changes.type === undefined ? s.type : changes.type,
    place: changes.place === undefined ? s.place : changes.place,
    eventDate: changes.eventDate === undefined ? s.eventDate : changes.eventDate,
    killed: changes.killed === undefined ? s.killed : changes.killed,
    wounded: changes.wounded === undefined ? s.wounded : changes.wounded,
    score: changes.score ?? s.score,
  });
}
