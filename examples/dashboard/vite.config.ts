import { builtinModules } from 'node:module';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

// The page's build: each library package in chunks of its own, so its share of the page can be measured and held to a
// budget (test/bundle.test.ts), and a build that fails when anything imports a Node built-in. A package's modules the
// page needs at start (the service mode) go to the package's chunk; those only a dropped campaign file needs (reading
// it into a record in the browser) go to the package's `-file` chunk, fetched with the first file; the calendar code
// goes to a chunk of its own, fetched only for a file with deadlines in working days or hours.

/** The chunks each package's modules go to, by where they resolve (workspace packages resolve to their own folder). */
export const PACKAGE_CHUNKS: Record<string, RegExp> = {
  zod: /[\\/]node_modules[\\/]zod[\\/]/,
  xstate: /[\\/]node_modules[\\/]xstate[\\/]/,
  model: /[\\/]packages[\\/]model[\\/]/,
  checklists: /[\\/]packages[\\/]checklists[\\/]/,
  rules: /[\\/]packages[\\/]rules[\\/]/,
  machine: /[\\/]packages[\\/]machine[\\/]/,
  store: /[\\/]packages[\\/]store[\\/]/,
  vue: /[\\/]node_modules[\\/]@?vue[\\/]/,
  echarts: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/,
};

/** The suffix of a package's chunk that only the file mode loads. */
export const FILE_CHUNK = '-file';

/**
 * What counts working days and working hours on a working-day calendar (the rules' calendar code, and the store's
 * module that loads it on demand): left out of the package chunks, so it forms a chunk of its own that a dropped file
 * fetches only when it has a deadline in working days or hours.
 */
export const CALENDAR_MODULES =
  /[\\/]packages[\\/](rules[\\/]src[\\/](calendar|working-time|time-limits)|store[\\/]src[\\/]working-countdown)\.ts$/;

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Refuses any import of a Node built-in: the page runs in a browser, so such an import is a bug, not a warning. */
function noNodeBuiltins(): Plugin {
  return {
    name: 'chuangwen:no-node-builtins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (BUILTINS.has(source) || source.startsWith('node:'))
        this.error(
          `${importer ?? 'the page'} imports the Node built-in "${source}", which a browser does not have`,
        );
      return null;
    },
  };
}

/**
 * Writes which modules each chunk holds (after tree-shaking) and which chunks it imports, statically and on demand, to
 * `bundle-report.json`, so the bundle test can prove what is in the page, what loads at start, and where a package's
 * bytes come from.
 */
function bundleReport(): Plugin {
  return {
    name: 'chuangwen:bundle-report',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          name: c.name,
          fileName: c.fileName,
          isEntry: c.isEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: Object.entries(c.modules).map(([id, m]) => ({ id, renderedLength: m.renderedLength })),
        }));
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: JSON.stringify({ chunks }, null, 1),
      });
    },
  };
}

export default defineConfig({
  plugins: [vue(), noNodeBuiltins(), bundleReport()],
  base: './',
  // The packages' modules one by one (their sources, as the workspace's own tools read them), not their published
  // bundles: a bundle is one module, so its share could not be split between what the page needs at start and what
  // only a dropped file needs. The rest are Vite's own conditions for a browser.
  resolve: { conditions: ['@chuangwen/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist/page',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      output: {
        chunkFileNames: 'assets/[name]-[hash].js',
        codeSplitting: {
          // A group takes only the modules it names: the bundler's helpers (the preload helper of an import on demand)
          // stay with the page's own code, so no package's chunk drags another in at start.
          includeDependenciesRecursively: false,
          groups: Object.entries(PACKAGE_CHUNKS).flatMap(([name, pattern]) => {
            const test = (id: string) => pattern.test(id) && !CALENDAR_MODULES.test(id);
            return [
              { name, test, tags: ['$initial' as const] },
              { name: `${name}${FILE_CHUNK}`, test },
            ];
          }),
        },
      },
    },
  },
});
