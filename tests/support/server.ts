import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { isoDay } from '../../utils/day/dates';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Pages named strict-csp* test Videotime under a site's strictest policy: no inline code or styles. */
const STRICT_CSP = { 'content-security-policy': "default-src 'self'" };

/**
 * A page holding this comment is sent up to it, and the rest only once `/__release` is asked
 * for: the page stays loading in between, as a big timebook does over a slow line.
 */
export const HOLD_MARKER = '<!--hold-->';

/**
 * Timebooks show their day; a test page writes `{{today}}` (or `{{today-iso}}`) where it goes, and is
 * served dated the day it is opened on, so its countdowns are about today.
 */
export function withToday(html: string, now = new Date()): string {
  if (!html.includes('{{today')) return html;
  const long = new Intl.DateTimeFormat('nb', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  return html.replaceAll('{{today-iso}}', isoDay(now)).replaceAll('{{today}}', long.charAt(0).toUpperCase() + long.slice(1));
}

export interface PageServer {
  /** Base URL ending in '/', on 127.0.0.1 and a free port. */
  url: string;
  close(): Promise<void>;
}

/** Serves test timebooks from tests/pages on loopback only. */
export async function startPageServer(root = PAGES_DIR, host = '127.0.0.1'): Promise<PageServer> {
  let release = () => {};
  let released = new Promise<void>((done) => (release = done));
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/__release') {
      release();
      released = new Promise<void>((done) => (release = done));
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(basename(file).startsWith('strict-csp') ? STRICT_CSP : {}),
    });
    if (extname(file) === '.html') {
      const [head = '', rest] = withToday(await readFile(file, 'utf8')).split(HOLD_MARKER);
      if (rest === undefined) return void response.end(head);
      const waiting = released;
      response.write(head);
      await waiting;
      response.end(rest);
      return;
    }
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((done) => {
        // Keep-alive sockets from the browser would otherwise hold close() open forever.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
