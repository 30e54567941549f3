/**
 * Local HTTP servers for fetcher tests: a routed HTTP server, a canary that records every request it sees,
 * and a TCP server that accepts connections and never answers. All listen on loopback addresses only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';

/** A running test server. */
export interface TestServer {
  readonly host: string;
  readonly port: number;
  /** `http://host:port` */
  readonly origin: string;
  /** Paths of the requests received, in order, with their Host header. */
  readonly requests: {
    readonly path: string;
    readonly host: string | undefined;
    readonly headers: IncomingMessage['headers'];
  }[];
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Starts an HTTP server on `host` that answers with `handler` and records each request.
 * @param port the port to listen on; 0 (the default) takes a free one
 */
export async function startHttpServer(host: string, handler: Handler, port = 0): Promise<TestServer> {
  const requests: TestServer['requests'][number][] = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', host: request.headers.host, headers: request.headers });
    handler(request, response);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : 0;
  return {
    host,
    port: boundPort,
    origin: `http://${host}:${boundPort}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that accepts connections and never sends a byte. */
export async function startSilentServer(
  host: string,
): Promise<{ origin: string; accepted: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createTcpServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Encodes text in a single-byte legacy encoding (windows-1251, koi8-r, ...) by inverting TextDecoder's
 * table, so tests can serve the bytes a Russian outlet's server would.
 */
export function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(
    [...text].map((char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${encoding} cannot encode ${char}`);
      return byte;
    }),
  );
}
