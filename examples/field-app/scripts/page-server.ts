// Serves the built app with Vite and stands in for the gateway a deployment puts in front of the service: it lists
// the people who may sign in (/gateway/people) and forwards /api to the service with the identity headers of the
// person the app names (its x-field-user header, or the field-user cookie an <img> carries). The app itself never
// sends identity headers. Tests change an inspector's sites here, as an office reassigns them.
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Plugin, type PreviewServer, preview } from 'vite';
import { identityOf, type Person } from './people.js';

/** The example's folder, from the source (scripts/) or the build (dist/node/scripts/). */
export const EXAMPLE_ROOT = fileURLToPath(
  new URL(import.meta.url.includes('/dist/node/') ? '../../../' : '../', import.meta.url),
);

/** A running app with its gateway. */
export interface RunningApp {
  url: string;
  /** Gives an inspector other sites, as the office does when it reassigns them. */
  assign(personId: string, sites: string[]): void;
  /**
   * Forwards the next call matching to the service and then drops the connection before its answer reaches the
   * app, as a train going into a tunnel does: the service has recorded it, the app does not know.
   */
  loseNextAnswer(method: string, path: RegExp): void;
  close(): Promise<void>;
}

const IDENTITY = [
  'x-chuangwen-actor',
  'x-chuangwen-role',
  'x-chuangwen-unit',
  'x-chuangwen-sites',
  'x-chuangwen-units',
];

/** The person a request names, by header or cookie. */
function personOf(request: IncomingMessage, people: Map<string, Person>): Person | undefined {
  const header = request.headers['x-field-user'];
  const cookie = /(?:^|;\s*)field-user=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const id = typeof header === 'string' ? header : cookie ? decodeURIComponent(cookie) : undefined;
  return id === undefined ? undefined : people.get(id);
}

/** Serves the app on `port` (0: a free one), its /api forwarded to `service` for `campaignId`'s people. */
export async function startApp(options: {
  service: string;
  campaignId: string;
  people: Person[];
  port?: number;
  /** Where to listen: this machine only by default; `0.0.0.0` for a phone on the same network. */
  host?: string;
}): Promise<RunningApp> {
  if (!existsSync(`${EXAMPLE_ROOT}dist/page/index.html`))
    throw new Error('the app is not built: run `npm run build -w @chuangwen/example-field-app` first');
  const people = new Map(options.people.map((p) => [p.id, { ...p }]));
  let lose: { method: string; path: RegExp } | undefined;
  const gateway: Plugin = {
    name: 'chuangwen:gateway',
    configurePreviewServer(server) {
      server.middlewares.use('/gateway/people', (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(JSON.stringify({ campaignId: options.campaignId, people: [...people.values()] }));
      });
    },
  };
  const server: PreviewServer = await preview({
    root: EXAMPLE_ROOT,
    configFile: `${EXAMPLE_ROOT}vite.config.ts`,
    logLevel: 'warn',
    plugins: [gateway],
    preview: {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      strictPort: options.port !== undefined,
      proxy: {
        '/api': {
          target: options.service,
          changeOrigin: true,
          rewrite: (path: string) => path.replace(/^\/api/, ''),
          configure: (proxy) => {
            proxy.on('proxyReq', (forwarded, request) => {
              // Only the gateway says who is calling: whatever identity a caller sends is dropped first.
              for (const name of [...IDENTITY, 'x-field-user', 'cookie']) forwarded.removeHeader(name);
              const person = personOf(request, people);
              if (person)
                for (const [name, value] of Object.entries(identityOf(person)))
                  forwarded.setHeader(name, value);
            });
            proxy.on('proxyRes', (answer, request) => {
              if (!lose || request.method !== lose.method || !lose.path.test(request.url ?? '')) return;
              lose = undefined;
              answer.resume();
              request.socket.destroy();
            });
          },
        },
      },
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the app server did not say where it listens');
  return {
    url,
    assign(personId, sites) {
      const person = people.get(personId);
      if (person) person.sites = [...sites];
    },
    loseNextAnswer(method, path) {
      lose = { method, path };
    },
    close: () => server.close(),
  };
}
