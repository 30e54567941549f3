/**
 * Which gazetteer place lies within which (nearest container only; countries come from `places.ts`), so that
 * reports naming a district and a region ("Shamsiddin Shohin district" / "Khatlon region") are known to speak
 * of one area. Every name here is a `PLACES` name. Added as administrative geography (domain knowledge), not
 * taken from the seeds.
 */
export const PLACE_WITHIN: Readonly<Record<string, string>> = {
  // Khatlon region
  'Shamsiddin Shohin': 'Khatlon',
  Shurobod: 'Shamsiddin Shohin',
  'Panj district': 'Khatlon',
  Farkhor: 'Khatlon',
  Hamadoni: 'Khatlon',
  Jayhun: 'Khatlon',
  'Jaloliddini Balkhi': 'Khatlon',
  Qubodiyon: 'Khatlon',
  Shahritus: 'Khatlon',
  Danghara: 'Khatlon',
  // Gorno-Badakhshan
  Darvoz: 'Gorno-Badakhshan',
  Vanj: 'Gorno-Badakhshan',
  Rushan: 'Gorno-Badakhshan',
  Shughnon: 'Gorno-Badakhshan',
  Ishkoshim: 'Gorno-Badakhshan',
  Khorog: 'Gorno-Badakhshan',
  Murghab: 'Gorno-Badakhshan',
  // Sughd region
  Isfara: 'Sughd',
  Vorukh: 'Isfara',
  Chorkuh: 'Isfara',
  'Bobojon Gafurov': 'Sughd',
  'Ovchi-Kalacha': 'Bobojon Gafurov',
  Konibodom: 'Sughd',
  Spitamen: 'Sughd',
  Zafarobod: 'Sughd',
  Istaravshan: 'Sughd',
  Panjakent: 'Sughd',
  Khujand: 'Sughd',
  // Batken region (Kyrgyzstan)
  Leilek: 'Batken',
  Isfana: 'Leilek',
  Kulundu: 'Leilek',
  'Tort-Kocho': 'Batken',
  'Chyr-Dobo': 'Batken',
  'Kok-Tash': 'Batken',
  'Ak-Sai': 'Batken',
  Golovnoi: 'Batken',
  // Surkhandarya region (Uzbekistan)
  Sariosiyo: 'Surkhandarya',
  Termez: 'Surkhandarya',
  // Badakhshan province (Afghanistan)
  Shighnan: 'Badakhshan',
  Darwaz: 'Badakhshan',
  Wakhan: 'Badakhshan',
};

/** The places containing `name`, nearest first (without the country). */
export function containersOf(name: string): string[] {
  const chain: string[] = [];
  for (let at = PLACE_WITHIN[name]; at !== undefined && !chain.includes(at); at = PLACE_WITHIN[at])
    chain.push(at);
  return chain;
}
