/** Seed documents the baseline was read from (see `../shared/seeds/`), and a helper to declare terms. */
import type { BaselineTerm, TermSource } from './types.js';

/** AFP/state-media report: four "terrorists" neutralised in Khatlon (January 2026). */
export const SEED_KHATLON_FOUR = '000_239883c5258ed797.txt';
/** AP report of the same event: four gunmen killed in a skirmish with border guards. */
export const SEED_AP_GUNMEN = '001_80e181004521bd21.txt';
/** Encyclopedia article on Afghanistan–Tajikistan relations (background, not an incident). */
export const SEED_RELATIONS = '002_977fb2f59cd3cc9a.txt';
/** 2021 report: the Taliban control two-thirds of the Afghan-Tajik border; Afghan troops flee. */
export const SEED_TALIBAN_BORDER = '003_ea7898919aa27a3f.txt';
/** 2022 report: Kyrgyz and Tajik border guards exchange fire near Tort-Kocho and Chyr-Dobo. */
export const SEED_KYRGYZ_FIRE = '004_ca5a344157c2b5f5.txt';

/** Declares one surface form with its provenance. */
export function term(text: string, ...from: TermSource[]): BaselineTerm {
  return { text, from };
}
