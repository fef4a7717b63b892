// Raw results of a benchmark run, written as JSON beside the benchmarks (results/<bench>.json), from which
// scripts/performance-doc.mjs generates the tables of docs/performance.md. Each figure says what it measures in both
// languages, its value and unit, and its target where it has one; the run says where it ran and on which commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';

/** A text in both languages of the docs. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

/** How a figure is judged against its target. */
type Comparison = '<' | '<=' | '>' | '>=';

/** A target: the comparison, the bound (in the figure's unit) and the issue that set it. */
interface Target {
  comparison: Comparison;
  value: number;
  source: string;
}

/** One figure of a run. */
export interface Figure {
  /** Stable id, unique within the bench. */
  id: string;
  /** The table of the page it belongs to. */
  table: string;
  measure: Bilingual;
  value: number;
  unit: string;
  /** How it was obtained, with the numbers it was computed from. */
  basis?: Bilingual;
  target?: Target;
  met?: boolean;
}

/** A table of the page: its id and its title. */
export interface Table {
  id: string;
  title: Bilingual;
}

/** Everything one run of a benchmark writes. */
interface BenchResults {
  bench: string;
  /** The command that reproduces the run, with any size it was given. */
  command: string;
  /** Where it ran, with the one-minute load average when the run started and when it ended (the machine is shared). */
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    load: { start: number; end: number };
  };
  node: string;
  commit: { sha: string; dirty: boolean };
  date: string;
  /** The sizes the run used. */
  parameters: Record<string, number | string>;
  tables: Table[];
  figures: Figure[];
}

const meets = (value: number, t: Target) =>
  t.comparison === '<'
    ? value < t.value
    : t.comparison === '<='
      ? value <= t.value
      : t.comparison === '>'
        ? value > t.value
        : value >= t.value;

const SIGN: Record<Comparison, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

// Uncommitted changes to tracked files, but for the results and the pages written from them: the benchmarks run one
// after another, and neither one's results nor the pages `npm run bench` writes at the end mark the code as changed.
const UNCOMMITTED = [
  'status',
  '--porcelain',
  '--untracked-files=no',
  '--',
  ':(top)',
  ':(top,exclude)packages/benchmarks/results',
  ':(top,exclude)docs/performance.md',
  ':(top,exclude)docs/performance.zh-CN.md',
];

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** An environment size: the variable's number when set, else the default; every one read is recorded with the run. */
export function size(results: Results, name: string, fallback: number): number {
  const given = process.env[name];
  const value = given === undefined || given === '' ? fallback : Number(given);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
  results.parameter(name, value, given !== undefined && given !== '');
  return value;
}

/** The results of one run, figure by figure, printed as they come and written at the end. */
export class Results {
  private readonly figures: Figure[] = [];
  private readonly tables: Table[] = [];
  private readonly parameters: Record<string, number | string> = {};
  private readonly overrides: string[] = [];
  private readonly load = loadavg()[0]!;

  constructor(
    readonly bench: string,
    private readonly command: string,
  ) {}

  /** Records a size the run used; one given in the environment goes into the command that reproduces the run. */
  parameter(name: string, value: number | string, given = false): void {
    this.parameters[name] = value;
    if (given) this.overrides.push(`${name}=${value}`);
  }

  /** Opens a table; the figures recorded after it belong to it. */
  table(id: string, title: Bilingual): void {
    this.tables.push({ id, title });
  }

  /** Records a figure, judges it against its target, and prints it. */
  figure(figure: Omit<Figure, 'table' | 'met'>): Figure {
    const table = this.tables.at(-1)?.id;
    if (!table) throw new Error('open a table before recording figures');
    if (this.figures.some((f) => f.id === figure.id)) throw new Error(`figure ${figure.id} recorded twice`);
    const recorded: Figure = {
      ...figure,
      table,
      ...(figure.target ? { met: meets(figure.value, figure.target) } : {}),
    };
    this.figures.push(recorded);
    const target = figure.target
      ? ` (target ${SIGN[figure.target.comparison]} ${figure.target.value}: ${recorded.met ? 'met' : 'MISSED'})`
      : '';
    const basis = figure.basis ? ` [${figure.basis.en}]` : '';
    console.log(`${figure.measure.en}: ${round(figure.value)} ${figure.unit}${target}${basis}`);
    return recorded;
  }

  /** Writes the run to results/<bench>.json, or to BENCH_RESULTS_DIR when set. */
  write(): string {
    const cpu = cpus();
    const sha = git(['rev-parse', 'HEAD']);
    const run: BenchResults = {
      bench: this.bench,
      command: [...this.overrides, this.command].join(' '),
      machine: {
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        cores: cpu.length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        load: { start: round2(this.load), end: round2(loadavg()[0]!) },
      },
      node: process.version,
      commit: { sha, dirty: sha !== '' && git(UNCOMMITTED) !== '' },
      date: new Date().toISOString(),
      parameters: this.parameters,
      tables: this.tables.filter((t) => this.figures.some((f) => f.table === t.id)),
      figures: this.figures,
    };
    const dir = process.env.BENCH_RESULTS_DIR ?? fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir.replace(/\/$/, '')}/${this.bench}.json`;
    writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
    console.log(`\nresults written to ${file}`);
    return file;
  }
}

/** A number as the console shows it: three significant figures at most below 1,000. */
function round(value: number): string {
  return Math.abs(value) >= 1000
    ? Math.round(value).toLocaleString('en')
    : Number(value.toPrecision(3)).toString();
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since a `process.hrtime.bigint()` start. */
export const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
