// Writes the API report of each published package, packages/<name>/<name>.api.md: one section per entry point of its
// package.json `exports`, each with its count of exports and every declaration a consumer's TypeScript sees, as API
// Extractor reads them from the built `.d.ts` files (so it runs after `npm run build`). With --check, nothing is
// written and the exit code says whether the reports and the build agree; when they differ, it names the package,
// the entry point and each export added, removed or changed. A change to the public surface is then a change to a
// checked-in file, reviewed with the code that made it.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import {
  bodyOfExtractorReport,
  compareReports,
  formatChanges,
  parseBody,
  renderReport,
} from './api-report-diff.mjs';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

/** Every package that is published, with the entry points its `exports` declares types for, in their order there. */
function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .sort()
    .flatMap((dir) => {
      const base = join(root, 'packages', dir);
      const manifest = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
      if (manifest.private) return [];
      const entries = Object.entries(manifest.exports ?? {})
        .filter(([, target]) => typeof target === 'object' && target?.import?.types)
        .map(([key, target]) => ({
          name: manifest.name + key.slice(1),
          types: join(base, target.import.types),
        }));
      return [{ dir, base, name: manifest.name, entries, file: join(base, `${dir}.api.md`) }];
    });
}

/** The configuration of one entry point. The compiler options are a consumer's, without the repository's source
 * condition, so that other packages are read from their built declarations as an installed copy would be. */
function configOf(pkg, entry, folder) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: pkg.base,
      mainEntryPointFilePath: entry.types,
      newlineKind: 'lf',
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: 'entry.api.md',
        reportFolder: folder,
        reportTempFolder: folder,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // A declaration that does not compile would be reported as something it is not: fail on it.
        compilerMessageReporting: { default: { logLevel: 'error' } },
        // The packages use no release tags and TSDoc is not their comment syntax; a type reachable from an export
        // but not exported itself is worth seeing in the report, not worth failing on.
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          'ae-wrong-input-file-type': { logLevel: 'error' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    packageJsonFullPath: join(pkg.base, 'package.json'),
  });
}

/** The sections of a package's report, one per entry point, as its built declarations give them. */
function extract(pkg, work) {
  const missing = pkg.entries.filter((entry) => !existsSync(entry.types));
  if (missing.length > 0)
    throw new Error(
      `${pkg.name}: no ${missing.map((e) => relative(root, e.types)).join(', ')}; run \`npm run build\` first`,
    );
  const folders = pkg.entries.map((_, i) => join(work, pkg.dir, String(i)));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  const configs = pkg.entries.map((entry, i) => configOf(pkg, entry, folders[i]));
  // One program for all of a package's entry points: they share most of their declarations.
  const compilerState = CompilerState.create(configs[0], {
    additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath),
  });
  const sections = pkg.entries.map((entry, i) => {
    const problems = [];
    const result = Extractor.invoke(configs[i], {
      localBuild: true,
      compilerState,
      messageCallback: (message) => {
        message.handled = true;
        if (
          message.category !== 'console' &&
          (message.logLevel === 'error' || message.logLevel === 'warning')
        )
          problems.push(message.formatMessageWithLocation(root));
      },
    });
    if (problems.length > 0 || !result.succeeded)
      throw new Error(`${entry.name}: API Extractor failed\n  ${problems.join('\n  ')}`);
    return {
      name: entry.name,
      body: bodyOfExtractorReport(readFileSync(join(folders[i], 'entry.api.md'), 'utf8')),
    };
  });
  return sections;
}

const work = mkdtempSync(join(tmpdir(), 'api-report-'));
const differing = [];
const counts = [];
try {
  for (const pkg of publishedPackages()) {
    const sections = extract(pkg, work);
    for (const { name, body } of sections) counts.push([name, parseBody(body).count]);
    const report = renderReport(pkg.name, sections);
    const file = relative(root, pkg.file);
    const current = existsSync(pkg.file) ? readFileSync(pkg.file, 'utf8') : undefined;
    if (current === report) continue;
    if (check) {
      differing.push(
        current === undefined
          ? `${pkg.name}: no ${file}; run \`npm run api\` and commit it`
          : formatChanges(pkg.name, file, compareReports(current, report)),
      );
    } else {
      writeFileSync(pkg.file, report);
      console.log(`Wrote ${file}.`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...counts.map(([name]) => name.length));
console.log(counts.map(([name, count]) => `${name.padEnd(width)}  exports: ${count}`).join('\n'));
if (differing.length > 0) {
  console.error(`\nThe API reports differ from the build:\n\n${differing.join('\n\n')}\n`);
  console.error(
    'If the change is meant, run `npm run api` and commit the reports with it; otherwise the surface changed by mistake.',
  );
  process.exit(1);
}
if (check) console.log(`API reports match the build: ${counts.length} entry points.`);
