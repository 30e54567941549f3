/**
 * The CDK CLI as users run it from this project: cdk.json turns its usage telemetry and its notices off, so
 * no cdk command opens an outbound connection. The CLI is pointed at a loopback proxy that refuses every
 * request, so an attempt is recorded without ever leaving the machine.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDK = fileURLToPath(new URL('../../node_modules/aws-cdk/bin/cdk', import.meta.url));

let proxy: Server;
let proxyUrl = '';
const attempts: string[] = [];

beforeAll(async () => {
  proxy = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe('the CDK CLI in this project', () => {
  it('reports telemetry disabled and tries no connection, with no flag or environment variable', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl };
    // Off switches a user would not have set; CI=true would also hide notices by itself.
    delete env.CDK_DISABLE_CLI_TELEMETRY;
    delete env.CI;

    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [CDK, 'cli-telemetry', '--status'],
      { cwd: ROOT, env, timeout: 30_000 },
    );

    expect(`${stdout}${stderr}`).toMatch(/CLI Telemetry is disabled/);
    expect(attempts).toEqual([]);
  });
});
