/**
 * A run killed at a chosen point, as a killed process would be: a store (and a notifier around it) through
 * which every call from the `dieAt`-th store call on never returns. Calls inside a publish's critical section
 * (claims taken, message published or not) are not death points: dying there is the one boundary the README
 * names (a message published and not yet marked sent), which no test of "nothing lost" can hold. Dying just
 * before a change's first claim is covered by dying before the call that precedes it.
 */
import type { Notifier } from '../../shared/ports/notifier.js';
import type { Store } from '../../shared/ports/store.js';

const CRITICAL_SECTION = new Set(['claimAlert', 'completeAlert', 'releaseAlert']);

/** A run through a store that dies before its `dieAt`-th death-point call (`Infinity`: only counts them). */
export interface DyingStore {
  readonly store: Store;
  /** `inner` as the dying run sees it: a publish after the death never returns. */
  notifier(inner: Notifier): Notifier;
  /** Resolves when the run has died. */
  readonly died: Promise<void>;
  /** Death-point calls made so far. */
  steps(): number;
}

export function dyingStore(store: Store, dieAt: number): DyingStore {
  let steps = 0;
  let dead = false;
  let onDeath = () => {};
  const died = new Promise<void>((resolve) => {
    onDeath = resolve;
  });
  const never = () => new Promise<never>(() => {});
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (dead) return never();
        if (!CRITICAL_SECTION.has(String(property))) {
          steps++;
          if (steps === dieAt) {
            dead = true;
            onDeath();
            return never();
          }
        }
        return value.apply(target, args);
      };
    },
  });
  return {
    store: proxy,
    notifier: (inner) => ({ publish: (message) => (dead ? never() : inner.publish(message)) }),
    died,
    steps: () => steps,
  };
}
