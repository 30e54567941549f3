import { describe, expect, it } from 'vitest';
import { selectBehind } from '../../shared/usecases/catch-up-alerts.js';

describe('selectBehind (the alert sweep)', () => {
  const alerted = new Map([
    ['tajik-afghan:2026-01-04:1', { version: 3 }],
    ['tajik-kyrgyz:2026-01-03:1', { version: 2 }],
    ['tajik-uzbek:2026-01-04:1', { version: 1 }],
  ]);

  it.each([
    {
      case: 'a version ahead of the last alerted one',
      id: 'tajik-kyrgyz:2026-01-03:1',
      version: 4,
      behind: true,
    },
    { case: 'one version ahead', id: 'tajik-uzbek:2026-01-04:1', version: 2, behind: true },
    { case: 'never alerted', id: 'tajik-afghan:2026-01-02:1', version: 1, behind: true },
    { case: 'alerted at its version', id: 'tajik-afghan:2026-01-04:1', version: 3, behind: false },
    // A stale index read can show an older version than the one alerted: not behind.
    {
      case: 'an index read older than what was alerted',
      id: 'tajik-kyrgyz:2026-01-03:1',
      version: 1,
      behind: false,
    },
  ])('$case: behind = $behind', ({ id, version, behind }) => {
    expect(selectBehind([{ id, version }], alerted)).toEqual(behind ? [id] : []);
  });

  it('selects only the incidents behind, in id order', () => {
    const incidents = [
      { id: 'tajik-uzbek:2026-01-04:1', version: 1 },
      { id: 'tajik-kyrgyz:2026-01-03:1', version: 3 },
      { id: 'tajik-afghan:2026-01-04:1', version: 3 },
      { id: 'tajik-afghan:2026-01-02:1', version: 1 },
    ];
    expect(selectBehind(incidents, alerted)).toEqual([
      'tajik-afghan:2026-01-02:1',
      'tajik-kyrgyz:2026-01-03:1',
    ]);
  });
});
