import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How one path answers. */
export interface Route {
  readonly status?: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  /** Accept the request and never answer. */
  readonly hang?: boolean;
}

/** A real HTTP server on 127.0.0.1 with mutable routes and a request log. */
export interface LocalSite {
  readonly origin: string;
  readonly host: string;
  readonly routes: Map<string, Route | ((req: IncomingMessage) => Route)>;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startLocalSite(address = '127.0.0.1'): Promise<LocalSite> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '/');
    const entry = routes.get(req.url ?? '/');
    const route = typeof entry === 'function' ? entry(req) : entry;
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (route.hang) return;
    res.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${address}:${port}`,
    host: `${address}:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 document with the given items. */
export function rss(
  title: string,
  items: readonly { title: string; link: string; description: string; published: string }[],
): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link><description>${esc(title)}</description>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.link)}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate><description>${esc(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A news page with the usual clutter around the story. */
export function newsPage(headline: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html><head><title>${headline}</title><script>window.dataLayer=[];</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside class="related"><h3>Related stories</h3><a href="/x">Tajik border guards hold drills</a></aside>
<footer>© Local Test News. All rights reserved.</footer></body></html>`;
}
