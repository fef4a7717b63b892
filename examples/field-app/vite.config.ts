import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

// The app's build: the page, and a service worker that holds every file of this build so the app opens with no
// network. The worker's list of files and its cache name come from the build itself, so a new build replaces the old
// cache whole and never mixes files of two builds.

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Refuses any import of a Node built-in: the app runs in a browser, so such an import is a bug. */
function noNodeBuiltins(): Plugin {
  return {
    name: 'chuangwen:no-node-builtins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (BUILTINS.has(source) || source.startsWith('node:'))
        this.error(
          `${importer ?? 'the app'} imports the Node built-in "${source}", which a browser does not have`,
        );
      return null;
    },
  };
}

/** Emits `sw.js` from `src/service-worker.js` with the build's files and a cache named by their hash. */
function serviceWorker(): Plugin {
  return {
    name: 'chuangwen:service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicFiles = readdirSync(new URL('./public/', import.meta.url));
      const files = ['./', ...Object.keys(bundle), ...publicFiles]
        .map((f) => (f === './' ? f : `./${f}`))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./src/service-worker.js', import.meta.url), 'utf8')
        .replace('__PRECACHE__', JSON.stringify(files))
        .replace('__VERSION__', version);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [vue(), noNodeBuiltins(), serviceWorker()],
  base: './',
  // The packages' modules one by one, as the workspace's own tools read them, so the app takes only what it uses.
  resolve: { conditions: ['@chuangwen/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist/page', emptyOutDir: true, target: 'es2022' },
});
