import { describe, expect, it } from 'vitest';
import { containersOf, PLACE_WITHIN } from '../../shared/baseline/place-hierarchy.js';
import { PLACES } from '../../shared/baseline/places.js';
import { baselinePlaceLookup } from '../../shared/domain/incidents.js';

describe('place hierarchy', () => {
  it('names only gazetteer places, in the same country', () => {
    const byName = new Map(PLACES.map((p) => [p.name, p]));
    for (const [place, container] of Object.entries(PLACE_WITHIN)) {
      expect(byName.has(place), place).toBe(true);
      expect(byName.get(container)?.country, `${place} within ${container}`).toBe(byName.get(place)?.country);
    }
  });

  it('chains a village to its district and region, and the lookup reports it in any spelling', () => {
    expect(containersOf('Vorukh')).toEqual(['Isfara', 'Sughd']);
    expect(baselinePlaceLookup('Ворух')?.within).toEqual(['Isfara', 'Sughd', 'TJ']);
    expect(baselinePlaceLookup('Shamsiddin Shokhin')?.within).toEqual(['Khatlon', 'TJ']);
  });
});
