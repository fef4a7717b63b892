import { defineConfig, type Options } from 'tsup';

/**
 * The one build configuration every published package uses; a package passes only its entry points.
 * Output: ESM (`.js` + `.d.ts`) and CJS (`.cjs` + `.d.cts`), Node 20, dependencies external.
 */
export function packageBuild(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    // tsup injects `baseUrl` into its declaration pass, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    ...extra,
  });
}
