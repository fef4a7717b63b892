// The text side of the API reports (scripts/api-report.mjs): a package's report as written, read back into its entry
// points and their exports, and the difference between two reports told export by export. Kept apart from the
// extraction so that it can be tested without a build.

const NOTE = [
  'Generated from the built declarations by `npm run api` ([API Extractor](https://api-extractor.com/)); do not edit.',
  '`npm test` fails when the build and this file differ: a change to the public surface is a change to review (see',
  '[releasing](../../docs/releasing.md#api-reports)).',
];

const DECLARATION =
  /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(const|let|var|function|class|interface|type|enum|namespace|module)\s+([\w$]+)/;

/** The report of one package: a section per entry point, each with its count of exports and API Extractor's text. */
export function renderReport(packageName, entries) {
  const lines = [`# API report: ${packageName}`, '', ...NOTE];
  for (const { name, body } of entries) {
    const { count } = parseBody(body);
    lines.push('', `## ${name}`, '', `exports: ${count}`, '', '```ts', body.trim(), '```');
  }
  return `${lines.join('\n')}\n`;
}

/** API Extractor's own report reduced to its declarations: its title, notice and trailing remarks are the same
 * everywhere, and the section heading names the entry point instead. */
export function bodyOfExtractorReport(text) {
  const start = text.indexOf('```ts\n');
  const end = text.lastIndexOf('```');
  if (start < 0 || end <= start) throw new Error('not an API Extractor report: no ```ts block');
  return (
    text
      .slice(start + 6, end)
      .split('\n')
      .filter((line) => !/^\/\/ \(No @packageDocumentation comment for this package\)$/.test(line))
      // A warning names the built file and line it met, which move with any change to the build: keep what it says.
      .map((line) => line.replace(/^\/\/ \S+\.d\.c?ts:\d+:\d+ - \(/, '// ('))
      .join('\n')
      .trim()
  );
}

/** A report read back: entry point → its stated count and its body. */
export function parseReport(text) {
  const entries = new Map();
  let current;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (current) current.body.push(line);
      continue;
    }
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      current = { stated: undefined, body: [] };
      entries.set(heading[1].trim(), current);
      continue;
    }
    const count = /^exports: (\d+)$/.exec(line);
    if (count && current) current.stated = Number(count[1]);
  }
  return new Map(
    [...entries].map(([name, { stated, body }]) => [name, { stated, body: body.join('\n').trim() }]),
  );
}

/**
 * The declarations of one entry point, by exported name. API Extractor separates top-level declarations by a blank
 * line and indents what is inside them; overloads and a value and a type of the same name become one export.
 */
export function parseBody(body) {
  const blocks = [];
  for (const line of body.split('\n')) {
    const last = blocks.at(-1);
    if (line.trim() === '') {
      if (last && last.at(-1) !== '') last.push('');
    } else if (!last || (last.at(-1) === '' && !/^\s/.test(line))) blocks.push([line]);
    else last.push(line);
  }
  const items = new Map();
  const add = (key, kind, exported, text) => {
    const item = items.get(key) ?? { kinds: [], exported: false, text: [] };
    if (!item.kinds.includes(kind)) item.kinds.push(kind);
    item.exported ||= exported;
    item.text.push(text);
    items.set(key, item);
  };
  for (const block of blocks) {
    while (block.at(-1) === '') block.pop();
    const text = block.join('\n');
    const declaration = block.find((line) => !line.startsWith('//')) ?? block[0];
    if (declaration.startsWith('import ')) {
      add('(imports)', 'import', false, text);
      continue;
    }
    const reexports = block.filter((line) => /^export\s*\{/.test(line));
    if (reexports.length > 0) {
      for (const line of reexports)
        for (const part of line.replace(/^export\s*\{|\}.*$/g, '').split(',')) {
          const name = part
            .trim()
            .split(/\s+as\s+/)
            .at(-1);
          if (name) add(name, 're-export', true, `export { ${part.trim()} }`);
        }
      continue;
    }
    const match = DECLARATION.exec(declaration);
    if (match) add(match[2], match[1], declaration.startsWith('export'), text);
    else add(declaration, 'other', false, text);
  }
  const count = [...items.values()].filter((item) => item.exported).length;
  return {
    count,
    items: new Map([...items].map(([key, item]) => [key, { ...item, text: item.text.join('\n\n') }])),
  };
}

/** The lines that differ between two texts, `-` for the old and `+` for the new, by longest common subsequence. */
export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  // Past a few million cells the table costs more than it tells: show both sides whole.
  if (a.length * b.length > 4_000_000) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[i + 1][j] >= table[i][j + 1]))
      out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}

/**
 * What changed between the checked-in report and the one the build gives, entry point by entry point: the exports
 * added, removed and changed, and a note when only the text around them differs. Empty when they agree.
 */
export function compareReports(before, after) {
  const old = parseReport(before);
  const now = parseReport(after);
  const changes = [];
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(name);
    const is = now.get(name);
    if (!was || !is) {
      const { count } = parseBody((is ?? was).body);
      changes.push({ entry: name, entryAdded: !was, entryRemoved: !is, count });
      continue;
    }
    const a = parseBody(was.body);
    const b = parseBody(is.body);
    const change = {
      entry: name,
      before: a.count,
      after: b.count,
      added: [],
      removed: [],
      changed: [],
      other: [],
    };
    for (const [key, item] of b.items)
      if (!a.items.has(key))
        (item.exported ? change.added : change.other).push({ name: key, kinds: item.kinds });
    for (const [key, item] of a.items)
      if (!b.items.has(key))
        (item.exported ? change.removed : change.other).push({ name: key, kinds: item.kinds });
    for (const [key, item] of b.items) {
      const previous = a.items.get(key);
      if (!previous || previous.text === item.text) continue;
      const diff = lineDiff(previous.text, item.text);
      (item.exported || previous.exported ? change.changed : change.other).push({
        name: key,
        kinds: item.kinds,
        diff,
      });
    }
    const differs = was.body !== is.body || was.stated !== is.stated;
    const told =
      change.added.length + change.removed.length + change.changed.length + change.other.length > 0;
    if (differs && !told) change.text = true;
    if (differs || told) changes.push(change);
  }
  const outside = (text) => text.replace(/^```[\s\S]*?^```$/gm, '').replace(/^exports: \d+$/gm, '');
  if (changes.length === 0 && outside(before) !== outside(after))
    changes.push({ entry: '(report)', text: true });
  return changes;
}

const MAX_DIFF_LINES = 12;

/** The difference told for a person: each entry point, each export, and a few lines of each change. */
export function formatChanges(packageName, file, changes) {
  const out = [`${packageName}: the built surface differs from ${file}`];
  for (const c of changes) {
    if (c.entryAdded) out.push(`  + ${c.entry}: a new entry point (${c.count} exports)`);
    else if (c.entryRemoved) out.push(`  - ${c.entry}: no longer an entry point (had ${c.count} exports)`);
    else if (c.entry === '(report)') out.push('  the text around the declarations differs (edited by hand?)');
    else {
      out.push(`  ${c.entry}: exports ${c.before}${c.before === c.after ? '' : ` → ${c.after}`}`);
      const kinds = (x) => x.kinds.join(' + ');
      for (const x of c.added) out.push(`    + added ${x.name} (${kinds(x)})`);
      for (const x of c.removed) out.push(`    - removed ${x.name} (${kinds(x)})`);
      const lines = (diff) => {
        for (const line of diff.slice(0, MAX_DIFF_LINES)) out.push(`        ${line}`);
        if (diff.length > MAX_DIFF_LINES)
          out.push(`        … ${diff.length - MAX_DIFF_LINES} more changed lines`);
      };
      for (const x of c.changed) {
        out.push(`    ~ changed ${x.name} (${kinds(x)})`);
        lines(x.diff);
      }
      // What is not an export of its own: the imports the declarations use, or a line the parser does not know.
      for (const x of c.other) {
        out.push(`    · ${x.name} differs`);
        if (x.diff) lines(x.diff);
      }
      if (c.text)
        out.push('    the declarations are the same; the text around them differs (edited by hand?)');
    }
  }
  return out.join('\n');
}
