/**
 * The material beside the project's root (`../shared/`: seed documents, peer feeds, codebook). Development
 * machines and CI have it; a user's clone does not, so every test that reads it goes through
 * {@link describeWithSharedMaterial} and is skipped, with its reason in the test's name, when it is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/** `../shared` from the project's root. */
export const SHARED_MATERIAL_DIR = resolve(import.meta.dirname, '../../../shared');

/** The absolute path of `../shared/<folder>`, or undefined when this machine has no such folder. */
export function sharedMaterial(folder: string): string | undefined {
  const path = resolve(SHARED_MATERIAL_DIR, folder);
  return existsSync(path) ? path : undefined;
}

/**
 * A describe block over `../shared/<folder>`. When the folder is absent the body is never called (vitest
 * calls a skipped describe's body while collecting, so anything it reads at that point would throw), and one
 * skipped test says why.
 */
export function describeWithSharedMaterial(folder: string, name: string, body: (dir: string) => void): void {
  const dir = sharedMaterial(folder);
  if (dir) {
    describe(name, () => body(dir));
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ../shared/${folder} is not beside the project (a clone on its own has none)`, () => {});
  });
}
