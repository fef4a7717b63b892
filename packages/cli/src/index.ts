/**
 * The `chuangwen` command for the people who prepare a campaign's data: `validate`, `import`, `export`, `template`
 * and `report`, in Chinese or English, with exit codes a script can rely on and `--json` output for programs. This
 * entry lets a host run the same command in its own process.
 *
 * @packageDocumentation
 */

export type { Io } from './io.js';
export { EXIT_CODES } from './io.js';
export { renderReport } from './report.js';
export { run } from './run.js';
