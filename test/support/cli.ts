/**
 * The CLI as users run it: a separate `node` process on `functions/cli.ts`, with its exit code and output.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a CLI process left behind. `code` is null when it was killed for hanging. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `borderwatch <args>`. Paths are absolute, so `cwd` can be another directory (one with no
 * borderwatch.config.json). A CLI that hangs is killed after `timeoutMs` (its test then fails on the null exit
 * code) instead of outliving the run.
 */
export function runCli(
  args: readonly string[],
  options: { readonly stdin?: string | Buffer; readonly cwd?: string; readonly timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const root = process.cwd();
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, join(root, 'functions/cli.ts'), ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      timeout: options.timeoutMs ?? 45_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
