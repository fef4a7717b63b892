// Serves the page with Vite and proxies /api to a service, adding the identity a gateway would: the page itself never
// sends identity headers. The built page (vite preview) by default; the dev server with `dev: true`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type PreviewServer, preview, type ViteDevServer } from 'vite';

/** The example's folder, from the source (scripts/) or the build (dist/node/scripts/). */
export const EXAMPLE_ROOT = fileURLToPath(
  new URL(import.meta.url.includes('/dist/node/') ? '../../../' : '../', import.meta.url),
);

/** The identity the proxy gives the page's reads; in production a gateway sets it from a verified login. */
export const VIEWER = { 'x-chuangwen-actor': 'dashboard-viewer', 'x-chuangwen-role': 'office' };

/** A running page server. */
export interface RunningPage {
  url: string;
  close(): Promise<void>;
}

/** Serves the page on `port` (0: a free one) with /api proxied to `service`. */
export async function startPage(options: {
  service: string;
  port?: number;
  dev?: boolean;
}): Promise<RunningPage> {
  const proxy = {
    '/api': {
      target: options.service,
      changeOrigin: true,
      headers: VIEWER,
      rewrite: (path: string) => path.replace(/^\/api/, ''),
    },
  };
  const configFile = `${EXAMPLE_ROOT}vite.config.ts`;
  const common = { root: EXAMPLE_ROOT, configFile, logLevel: 'warn' as const };
  const listen = {
    host: '127.0.0.1',
    port: options.port ?? 0,
    strictPort: options.port !== undefined,
    proxy,
  };
  let server: ViteDevServer | PreviewServer;
  if (options.dev) {
    const dev = await createServer({ ...common, server: listen });
    await dev.listen();
    server = dev;
  } else {
    if (!existsSync(`${EXAMPLE_ROOT}dist/page/index.html`))
      throw new Error('the page is not built: run `npm run build -w @chuangwen/example-dashboard` first');
    server = await preview({ ...common, preview: listen });
  }
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the page server did not say where it listens');
  return { url, close: () => server.close() };
}
