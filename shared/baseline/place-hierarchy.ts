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
  'Panji Poyon': 'Jayhun',
  Dusti: 'Jayhun',
  Kavok: 'Shamsiddin Shohin',
  Khirmanjo: 'Shamsiddin Shohin',
  Chubek: 'Hamadoni',
  Kokul: 'Farkhor',
  'Nosiri Khusrav': 'Khatlon',
  Saryghor: 'Shamsiddin Shohin',
  'Jaloliddini Rumi': 'Khatlon',
  // Gorno-Badakhshan
  Darvoz: 'Gorno-Badakhshan',
  Vanj: 'Gorno-Badakhshan',
  Rushan: 'Gorno-Badakhshan',
  Shughnon: 'Gorno-Badakhshan',
  Ishkoshim: 'Gorno-Badakhshan',
  Khorog: 'Gorno-Badakhshan',
  Murghab: 'Gorno-Badakhshan',
  Kalaikhumb: 'Darvoz',
  Shodak: 'Darvoz',
  Namadgut: 'Ishkoshim',
  Zigar: 'Darvoz',
  Yoged: 'Darvoz',
  Nulvand: 'Darvoz',
  Ruzvai: 'Darvoz',
  Humrogi: 'Vanj',
  Shipad: 'Rushan',
  Vrang: 'Ishkoshim',
  Darshai: 'Ishkoshim',
  Khostav: 'Darvoz',
  Vishkharv: 'Darvoz',
  Derzud: 'Rushan',
  Bogh: 'Shurobod',
  'Dashti Jum': 'Shamsiddin Shohin',
  Mehnatobod: 'Hamadoni',
  Ryn: 'Ishkoshim',
  'Kyzyl-Art': 'Murghab',
  // Sughd region
  Isfara: 'Sughd',
  Vorukh: 'Isfara',
  Chorkuh: 'Isfara',
  Somoniyon: 'Chorkuh',
  'Khoja-Alo': 'Isfara',
  Surkh: 'Isfara',
  Kulkand: 'Isfara',
  Kekh: 'Isfara',
  Lakkon: 'Isfara',
  Chorbog: 'Vorukh',
  Histevarz: 'Bobojon Gafurov',
  'Jabbor Rasulov': 'Sughd',
  Asht: 'Sughd',
  Mastchoh: 'Sughd',
  Ghonchi: 'Sughd',
  Fotehobod: 'Sughd',
  'Bobojon Gafurov': 'Sughd',
  'Ovchi-Kalacha': 'Bobojon Gafurov',
  Internatsional: 'Bobojon Gafurov',
  Patar: 'Konibodom',
  Mahram: 'Konibodom',
  Sarazm: 'Panjakent',
  Farob: 'Panjakent',
  Oshoba: 'Asht',
  Mirzoobod: 'Zafarobod',
  Mogiyon: 'Panjakent',
  Konibodom: 'Sughd',
  Spitamen: 'Sughd',
  Zafarobod: 'Sughd',
  Istaravshan: 'Sughd',
  Shahristan: 'Sughd',
  Panjakent: 'Sughd',
  Khujand: 'Sughd',
  // Districts of republican subordination (no region between them and the country)
  Dombrachi: 'Lakhsh',
  // Rudaki and Hisor districts, and the Ishkobod post on the Uzbek border
  Ishkobod: 'Rudaki',
  Pakhtaobod: 'Tursunzoda',
  Shulum: 'Tursunzoda',
  Cheptura: 'Shahrinav',
  Ayvaj: 'Shahritus',
  // Batken region (Kyrgyzstan)
  Leilek: 'Batken',
  'Batken district': 'Batken',
  Kadamjay: 'Batken',
  Isfana: 'Leilek',
  Kulundu: 'Leilek',
  Maksat: 'Leilek',
  Arka: 'Leilek',
  Jashtyk: 'Leilek',
  'Ak-Bosogo': 'Leilek',
  'Tort-Kocho': 'Batken district',
  'Chyr-Dobo': 'Batken district',
  'Kok-Tash': 'Batken district',
  'Ak-Sai': 'Batken district',
  Golovnoi: 'Batken district',
  Tamdyk: 'Batken district',
  'Bulak-Bashy': 'Batken district',
  Dostuk: 'Batken district',
  Samarkandek: 'Batken district',
  'Ak-Tatyr': 'Batken district',
  Kapchygai: 'Batken district',
  Chek: 'Batken district',
  'Kyzyl-Bel': 'Batken district',
  Chechme: 'Batken district',
  Charbak: 'Batken district',
  'Kara-Bak': 'Batken district',
  Sulukta: 'Batken',
  // Osh region (Kyrgyzstan)
  'Chong-Alay': 'Osh region',
  'Kara-Myk': 'Chong-Alay',
  'Alay district': 'Osh region',
  Bordobo: 'Alay district',
  'Sary-Tash': 'Alay district',
  // Surkhandarya region (Uzbekistan)
  Sariosiyo: 'Surkhandarya',
  Termez: 'Surkhandarya',
  Uzun: 'Surkhandarya',
  Denau: 'Surkhandarya',
  // Namangan region (Uzbekistan)
  'Pap district': 'Namangan region',
  // Samarkand region (Uzbekistan)
  Urgut: 'Samarkand region',
  Jartepa: 'Samarkand region',
  // Badakhshan province (Afghanistan)
  Shighnan: 'Badakhshan',
  Darwaz: 'Badakhshan',
  Wakhan: 'Badakhshan',
  Khwahan: 'Badakhshan',
  'Shahr-e Buzurg': 'Badakhshan',
  Nusay: 'Darwaz',
  Maimay: 'Darwaz',
  Shekay: 'Badakhshan',
  Raghistan: 'Badakhshan',
  Darbandak: 'Khwahan',
  // Kunduz and Takhar provinces (Afghanistan)
  'Imam Sahib': 'Kunduz',
  'Qala-i-Zal': 'Kunduz',
  'Sher Khan Bandar': 'Imam Sahib',
  'Dasht-i Qala': 'Takhar',
  'Yangi Qala': 'Takhar',
  'Chah Ab': 'Takhar',
  Darqad: 'Takhar',
};

/**
 * Stretches of border seen from both sides: the Tajik places of one stretch and the places that face them
 * in the neighbouring country. Each side's media name their own village or district for one clash (Vorukh /
 * Ak-Sai, Ovchi-Kalacha / Maksat, Shamsiddin Shohin / Khwahan), so two places of one stretch in different
 * countries are one area; two places of one country in one stretch are not made one by it. Only
 * districts, towns and villages are listed: regions facing each other are related by their kind already.
 * Administrative geography (domain knowledge), every name a `PLACES` name.
 */
export const FACING_AREAS: Readonly<Record<string, readonly string[]>> = {
  // Tajik–Kyrgyz: the Isfara valley and the Vorukh enclave against Batken district
  'Isfara / Batken': [
    'Isfara',
    'Vorukh',
    'Chorkuh',
    'Somoniyon',
    'Khoja-Alo',
    'Surkh',
    'Kulkand',
    'Kekh',
    'Chorbog',
    'Batken district',
    'Ak-Sai',
    'Kok-Tash',
    'Tort-Kocho',
    'Chyr-Dobo',
    'Tamdyk',
    'Bulak-Bashy',
    'Dostuk',
    'Samarkandek',
    'Ak-Tatyr',
    'Kapchygai',
    'Chek',
    'Golovnoi',
    'Kyzyl-Bel',
  ],
  // Tajik–Kyrgyz: Bobojon Gafurov and Jabbor Rasulov against Leilek
  'Bobojon Gafurov / Leilek': [
    'Bobojon Gafurov',
    'Ovchi-Kalacha',
    'Histevarz',
    'Jabbor Rasulov',
    'Leilek',
    'Isfana',
    'Kulundu',
    'Maksat',
    'Arka',
    'Internatsional',
    'Jashtyk',
    'Ak-Bosogo',
  ],
  // Tajik–Kyrgyz: Isfara's eastern edge against Kadamjay
  'Isfara / Kadamjay': ['Isfara', 'Kadamjay'],
  // Tajik–Kyrgyz: Lakhsh (Jirgatol) against Chong-Alay; Murghab against the Alay valley
  'Lakhsh / Chong-Alay': ['Lakhsh', 'Dombrachi', 'Chong-Alay', 'Kara-Myk'],
  'Murghab / Chong-Alay': ['Murghab', 'Chong-Alay'],
  // Tajik–Afghan, west to east along the Amu Darya and the Panj
  'Qubodiyon, Jaloliddini Balkhi, Jayhun / Qala-i-Zal': [
    'Qubodiyon',
    'Jaloliddini Balkhi',
    'Jaloliddini Rumi',
    'Jayhun',
    'Qala-i-Zal',
  ],
  'Jayhun, Panj / Imam Sahib': [
    'Jayhun',
    'Panji Poyon',
    'Dusti',
    'Panj district',
    'Imam Sahib',
    'Sher Khan Bandar',
  ],
  'Panj, Farkhor / Dasht-i Qala': ['Panj district', 'Farkhor', 'Dasht-i Qala'],
  'Farkhor, Hamadoni / Yangi Qala, Chah Ab': ['Farkhor', 'Hamadoni', 'Mehnatobod', 'Yangi Qala', 'Chah Ab'],
  'Shamsiddin Shohin / Chah Ab, Shahr-e Buzurg, Khwahan': [
    'Shamsiddin Shohin',
    'Shurobod',
    'Kavok',
    'Bogh',
    'Dashti Jum',
    'Chah Ab',
    'Shahr-e Buzurg',
    'Khwahan',
    'Darbandak',
  ],
  'Darvoz / Khwahan, Darwaz': [
    'Darvoz',
    'Kalaikhumb',
    'Shodak',
    'Zigar',
    'Yoged',
    'Nulvand',
    'Ruzvai',
    'Khostav',
    'Vishkharv',
    'Khwahan',
    'Darwaz',
    'Maimay',
    'Nusay',
  ],
  'Vanj, Rushan / Darwaz': ['Vanj', 'Rushan', 'Derzud', 'Darwaz', 'Nusay'],
  'Rushan, Shughnon / Shighnan': ['Rushan', 'Shughnon', 'Khorog', 'Shighnan'],
  'Ishkoshim / Wakhan': ['Ishkoshim', 'Namadgut', 'Vrang', 'Ryn', 'Darshai', 'Wakhan'],
  // Tajik–Kyrgyz in the east: Murghab against the Alay valley
  'Murghab / Alay': ['Murghab', 'Kyzyl-Art', 'Alay district', 'Bordobo', 'Sary-Tash'],
  // Tajik–Uzbek
  'Tursunzoda, Shahrinav / Sariosiyo, Uzun, Denau': [
    'Tursunzoda',
    'Shahrinav',
    'Rudaki',
    'Ishkobod',
    'Shulum',
    'Cheptura',
    'Sariosiyo',
    'Uzun',
    'Denau',
  ],
  'Shahritus, Qubodiyon / Termez': ['Shahritus', 'Qubodiyon', 'Termez'],
  'Sughd / Oybek': ['Fotehobod', 'Oybek'],
  'Konibodom / Beshariq': ['Konibodom', 'Patar', 'Mahram', 'Beshariq'],
  'Panjakent / Samarkand region': ['Panjakent', 'Sarazm', 'Jartepa'],
};

/** The places containing `name`, nearest first (without the country). */
export function containersOf(name: string): string[] {
  const chain: string[] = [];
  for (let at = PLACE_WITHIN[name]; at !== undefined && !chain.includes(at); at = PLACE_WITHIN[at])
    chain.push(at);
  return chain;
}

/** The names of the stretches of border (see {@link FACING_AREAS}) a place lies on. */
export function facingAreasOf(name: string): string[] {
  return Object.entries(FACING_AREAS)
    .filter(([, places]) => places.includes(name))
    .map(([area]) => area);
}
