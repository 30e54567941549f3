import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/days.js';
import { creationLocks, LOCK_PERIOD_DAYS } from '../../shared/usecases/record-report.js';

describe('incident creation locks', () => {
  it.each([
    ['2026-01-03', '2026-01-04'],
    ['2026-01-04', '2026-01-06'], // across a week boundary, two days apart
    ['2025-12-31', '2026-01-02'],
    ['2026-01-21', '2026-01-23'], // across a lock period's end
  ])('gives reports dated %s and %s, which may merge, a lock in common', (a, b) => {
    const shared = creationLocks('tajik-afghan', a, 2).filter((name) =>
      creationLocks('tajik-afghan', b, 2).includes(name),
    );
    expect(shared.length).toBeGreaterThan(0);
  });

  it('gives every two reports at most the window apart a lock in common, over a year of dates', () => {
    const dates = Array.from({ length: 364 }, (_, i) => addDays('2026-01-01', i));
    for (const windowDays of [2, 7]) {
      for (const a of dates) {
        const mine = creationLocks('tajik-afghan', a, windowDays);
        for (let apart = 0; apart <= windowDays; apart++) {
          const theirs = creationLocks('tajik-afghan', addDays(a, apart), windowDays);
          expect(
            mine.some((name) => theirs.includes(name)),
            `${a} and ${apart} days later`,
          ).toBe(true);
        }
      }
    }
  });

  it('mostly takes one lock: half a window of seven days (four days each way) crosses a period end on 8 days in 28', () => {
    const dates = Array.from({ length: 364 }, (_, i) => addDays('2026-01-01', i));
    const locks = dates.map((date) => creationLocks('tajik-afghan', date, 7).length);
    expect(Math.max(...locks)).toBe(2);
    expect(locks.filter((n) => n === 2)).toHaveLength((364 / LOCK_PERIOD_DAYS) * 8);
  });

  it('keeps creations five weeks apart, or on another border, from waiting for each other', () => {
    const january = creationLocks('tajik-afghan', '2026-01-04', 2);
    expect(january.filter((n) => creationLocks('tajik-afghan', '2026-02-10', 2).includes(n))).toEqual([]);
    expect(january.filter((n) => creationLocks('tajik-kyrgyz', '2026-01-04', 2).includes(n))).toEqual([]);
  });

  it('lists the locks in one order, so two creators never deadlock', () => {
    const locks = creationLocks('tajik-uzbek', '2026-01-01', 6);
    expect(locks).toEqual([...locks].sort((x, y) => Number(x.split('#p')[1]) - Number(y.split('#p')[1])));
  });
});
