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
        // Whether the declarations compile is the consumer check's (skipLibCheck false); what the compiler does say
        // here, fails the run.
        compilerMessageReporting: { default: { logLevel: 'error' } },
        // The packages use no release tags, and their doc comments are written for TypeDoc, not checked as TSDoc; a
        // type reachable from an export but not exported itself is worth seeing in the report, not failing on.
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
    let result;
    try {
      result = Extractor.invoke(configs[i], {
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
    } catch (error) {
      // A declaration it cannot follow stops it outright; what the compiler said before that tells why.
      problems.push(error.message);
    }
    if (problems.length > 0 || !result.succeeded)
      throw new Error(
        `${entry.name}: API Extractor could not read the declarations\n  ${problems.join('\n  ')}`,
      );
    return {
      name: entry.name,
      body: bodyOfExtractorReport(readFileSync(join(folders[i], 'entry.api.md'), 'utf8')),
    };
  });
  return sections;
}

// Every report is made before any is written or compared, so that a package that cannot be read leaves the others be.
const work = mkdtempSync(join(tmpdir(), 'api-report-'));
const reports = [];
try {
  for (const pkg of publishedPackages()) reports.push({ pkg, sections: extract(pkg, work) });
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

const differing = [];
const counts = [];
for (const { pkg, sections } of reports) {
  for (const { name, body } of sections) counts.push([name, parseBody(body).count]);
  const report = renderReport(pkg.name, sections);
  const file = relative(root, pkg.file);
  const current = existsSync(pkg.file) ? readFileSync(pkg.file, 'utf8') : undefined;
  if (current === report) continue;
  if (check)
    differing.push(
      current === undefined
        ? `${pkg.name}: no ${file}; run \`npm run api\` and commit it`
        : formatChanges(pkg.name, file, compareReports(current, report)),
    );
  else {
    writeFileSync(pkg.file, report);
    console.log(`Wrote ${file}.`);
  }
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
