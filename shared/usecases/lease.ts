/**
 * Lease locks that a live holder keeps renewing, so the lease itself can be short: a holder that dies (a
 * killed run, a Lambda that timed out) stops renewing and its lock is free again within seconds, while a
 * holder that is merely slow (a throttled write, a publish retried by the SDK) keeps it for as long as it
 * works. Leases run on the wall clock, not the cycle's replay clock.
 */
import type { Store } from '../ports/store.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock being held: renewed in the background until released. */
export interface HeldLease {
  release(): Promise<void>;
}

/**
 * Takes `name` for `owner`, retrying with jittered backoff for up to `waitMs`; null when another owner still
 * holds it then. While held, the lease is renewed every third of `leaseSeconds`.
 */
export async function acquireLease(
  store: Store,
  name: string,
  owner: string,
  leaseSeconds: number,
  waitMs: number,
): Promise<HeldLease | null> {
  const deadline = Date.now() + waitMs;
  for (let delay = 5; ; delay = Math.min(80, delay * 2)) {
    if (await store.acquireLock(name, owner, new Date(), leaseSeconds)) break;
    if (Date.now() + delay > deadline) return null;
    await sleep(delay / 2 + Math.random() * (delay / 2));
  }
  // Renewal is the same conditional put (this owner may re-take its own lock). A renewal that fails is
  // retried at the next tick; `unref` so a held lease never keeps a finished process alive.
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = store.acquireLock(name, owner, new Date(), leaseSeconds).catch(() => undefined);
    },
    Math.max(200, (leaseSeconds * 1000) / 3),
  );
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      // A renewal still in flight would put the lock back after the release.
      await renewing;
      await store.releaseLock(name, owner);
    },
  };
}
