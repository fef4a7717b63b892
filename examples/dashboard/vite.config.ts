import { builtinModules } from 'node:module';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

// The page's build: one chunk per library package, so each package's share of the page can be measured and held to a
// budget (test/bundle.test.ts), and a build that fails when anything imports a Node built-in.

/** The chunk each package's modules go to, by where they resolve (workspace packages resolve to their own folder). */
export const PACKAGE_CHUNKS: Record<string, RegExp> = {
  zod: /[\\/]node_modules[\\/]zod[\\/]/,
  xstate: /[\\/]node_modules[\\/]xstate[\\/]/,
  model: /[\\/]packages[\\/]model[\\/]/,
  checklists: /[\\/]packages[\\/]checklists[\\/]/,
  rules: /[\\/]packages[\\/]rules[\\/]/,
  machine: /[\\/]packages[\\/]machine[\\/]/,
  vue: /[\\/]node_modules[\\/]@?vue[\\/]/,
  echarts: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/,
};

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
 * Writes which modules each chunk holds (after tree-shaking) to `bundle-report.json`, so the bundle test can prove what
 * is in the page, and where a package's bytes come from.
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
  build: {
    outDir: 'dist/page',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      output: {
        chunkFileNames: 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: Object.entries(PACKAGE_CHUNKS).map(([name, test]) => ({ name, test })),
        },
      },
    },
  },
});
