/** The cycle's clock. Domain code never reads the system time; it is given one of these. */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at one instant: for replaying recorded fixtures "as of" their time, and for tests. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}
