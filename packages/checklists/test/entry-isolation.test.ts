import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@chuangwen/source'],
    external: ['zod', '@chuangwen/model'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('entry points', () => {
  it('keep the bundled sample content out of the main entry', async () => {
    const main = await inputsOf('../src/index.ts');
    expect(main.some((p) => p.includes('/district/'))).toBe(false);
    const district = await inputsOf('../src/district/index.ts');
    expect(district.some((p) => p.endsWith('district/framework.ts'))).toBe(true);
  });
});
