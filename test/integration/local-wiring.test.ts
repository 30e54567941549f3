import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCAL_WIRING = pathToFileURL(new URL('../../shared/wiring/local.ts', import.meta.url).pathname).href;

/** Runs `script` in a fresh process (tsx); resolves with its exit code and output, or null on a hang. */
function runScript(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NODE_NO_WARNINGS: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

describe('openStore', () => {
  it('closes the embedded dynalite it started when the table cannot be made, so the process can exit', async () => {
    const run = await runScript(`
      const { openStore } = await import(${JSON.stringify(LOCAL_WIRING)});
      try {
        await openStore(undefined, 'x', { offline: true, create: true });
        console.log('opened');
      } catch (error) {
        console.log('rejected: ' + error.message);
      }`);
    // A dynalite left listening would keep the process alive until the timeout kills it (code null).
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rejected: TableName must be at least 3 characters/);
  });
});
