// Checks the glossary pages against the code and the docs. It fails, with each problem at its file and line, when an
// identifier written in an identifier column is not in the code, when a link points at a file or a heading that does
// not exist, or when the English and the Chinese page do not list the same identifiers.
//
// In an identifier column, each `…` span is one identifier:
//   `Name`                a type, schema, function, constant or field: found as a word of the code (outside comments)
//   `'value'`             an enumeration or literal value: found as a string literal of the code
//   `area.verb`           an event type: found as a string literal of the code
// Links are checked in the whole page; heading anchors are computed as GitHub computes them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = ['docs/glossary.md', 'docs/glossary.zh-CN.md'];
// Header cells that name an identifier column, and the column that holds the Chinese term (one row, one term).
const IDENTIFIER_HEADER = /^(identifiers?|identifier\(s\)|functions?|names?|标识符|函数|名称)$/i;
const TERM_HEADER = /^(chinese( term)?|中文|中文术语)$/i;

const problems = [];
const problem = (file, line, message) => problems.push(`${file}:${line}: ${message}`);

// ---------------------------------------------------------------------------------------------------------------
// The code: every word outside comments and string literals, and every string literal, of packages/*/src/**/*.ts.

function sourceFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(d|test|spec)\.ts$/.test(entry.name)) out.push(path);
    }
  };
  const packages = join(root, 'packages');
  for (const entry of readdirSync(packages, { withFileTypes: true })) {
    const src = join(packages, entry.name, 'src');
    if (entry.isDirectory() && existsSync(src)) walk(src);
  }
  return out.sort();
}

const WORD = /[A-Za-z_$][\w$]*/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// Where a `/` starts a regular expression rather than dividing: after an operator, a bracket or one of these keywords.
const REGEX_MAY_FOLLOW =
  /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|in|of|void|throw|delete|new|await|yield))\s*$/;

/** Adds the words of the code (not of comments or strings) to `words`, and each string literal's text to `strings`. */
function scan(text, words, strings) {
  let code = '';
  let i = 0;
  const n = text.length;
  const readQuoted = (quote) => {
    let j = i + 1;
    let value = '';
    while (j < n && text[j] !== quote) {
      if (text[j] === '\\') {
        value += text[j + 1] ?? '';
        j += 2;
      } else if (text[j] === '\n' && quote !== '`') break;
      else value += text[j++];
    }
    i = j + 1;
    return value;
  };
  const readTemplate = () => {
    // The literal parts are strings; what sits inside ${…} is code.
    let j = i + 1;
    let value = '';
    let literal = true;
    while (j < n && text[j] !== '`') {
      if (text[j] === '\\') {
        value += text[j + 1] ?? '';
        j += 2;
      } else if (text[j] === '$' && text[j + 1] === '{') {
        literal = false;
        let depth = 1;
        let k = j + 2;
        while (k < n && depth > 0) {
          if (text[k] === '{') depth++;
          else if (text[k] === '}') depth--;
          k++;
        }
        code += ` ${text.slice(j + 2, k - 1)} `;
        j = k;
      } else value += text[j++];
    }
    i = j + 1;
    if (literal) strings.add(value);
  };
  while (i < n) {
    const c = text[i];
    const d = text[i + 1];
    if (c === '/' && d === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && d === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      code += ' ';
    } else if (c === "'" || c === '"') {
      strings.add(readQuoted(c));
      code += ' "" ';
    } else if (c === '`') {
      readTemplate();
      code += ' "" ';
    } else if (c === '/' && REGEX_MAY_FOLLOW.test(code.slice(-24))) {
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        else if (text[j] === '/' && !inClass) break;
        j++;
      }
      i = j + 1;
      while (i < n && /[a-z]/.test(text[i])) i++;
      code += ' /re/ ';
    } else {
      code += c;
      i++;
    }
  }
  for (const w of code.match(WORD) ?? []) words.add(w);
  // A string that is a single identifier names something too: a quoted key, a `Pick<…, 'field'>`.
  for (const s of strings) if (IDENTIFIER.test(s)) words.add(s);
}

const words = new Set();
const strings = new Set();
const files = sourceFiles();
for (const file of files) scan(readFileSync(file, 'utf8'), words, strings);
if (files.length === 0) problem('packages', 0, 'no source files found under packages/*/src');

/** Why an identifier is not found in the code, or undefined when it is. */
function missing(identifier) {
  const name = identifier.replace(/\(\)$/, '');
  const quoted = /^'(.+)'$/.exec(name);
  if (quoted)
    return strings.has(quoted[1]) ? undefined : `value ${name} is not a string literal in packages/*/src`;
  if (/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/.test(name))
    return strings.has(name) ? undefined : `event type '${name}' is not a string literal in packages/*/src`;
  if (IDENTIFIER.test(name))
    return words.has(name) ? undefined : `\`${name}\` is not a word of the code in packages/*/src`;
  return `\`${identifier}\` is not an identifier (write Name, 'value' or area.verb)`;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown: lines outside fenced code, table rows, links, heading anchors.

/** The lines of a markdown file with their numbers, fenced code left out. */
function proseLines(text) {
  const out = [];
  let fence = null;
  text.split('\n').forEach((line, index) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence === null) fence = open[1][0];
      else if (open[1][0] === fence) fence = null;
      return;
    }
    if (fence === null) out.push({ line, number: index + 1 });
  });
  return out;
}

/** The cells of a table row: split on | outside code spans, with \| kept as a bar. */
function cells(row) {
  const out = [];
  let cell = '';
  let inCode = false;
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

const codeSpans = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim());

/** Plain text of a heading, as GitHub renders it before making its anchor. */
function headingText(raw) {
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|~~)/g, '');
}

/** A GitHub heading anchor: lower case, punctuation dropped (letters of every script, digits, - and _ kept), spaces as -. */
function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map();
/** Every anchor of a markdown file: its headings' (duplicates get -1, -2, …) and explicit <a id> / <a name>. */
function anchorsOf(path) {
  if (anchorCache.has(path)) return anchorCache.get(path);
  const anchors = new Set();
  const seen = new Map();
  for (const { line } of proseLines(readFileSync(path, 'utf8'))) {
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(headingText(heading[1]));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  anchorCache.set(path, anchors);
  return anchors;
}

// ---------------------------------------------------------------------------------------------------------------
// The pages.

/** One page: its term rows, its rows with identifiers (in order), and its links. */
function readPage(page) {
  const path = join(root, page);
  const result = { page, terms: 0, rows: [], links: 0 };
  if (!existsSync(path)) {
    problem(page, 0, 'the page does not exist');
    return result;
  }
  const lines = proseLines(readFileSync(path, 'utf8'));
  let table = null; // { idColumns, termColumn }
  for (let k = 0; k < lines.length; k++) {
    const { line, number } = lines[k];
    const isRow = /^\s*\|/.test(line);
    if (!isRow) table = null;
    else if (table === null) {
      const next = lines[k + 1]?.line ?? '';
      if (/^\s*\|?\s*:?-{3,}/.test(next)) {
        const header = cells(line);
        table = {
          idColumns: header.flatMap((h, i) => (IDENTIFIER_HEADER.test(h) ? [i] : [])),
          termColumn: header.findIndex((h) => TERM_HEADER.test(h)),
        };
        k++; // the separator row
      }
    } else if (table.idColumns.length > 0) {
      const row = cells(line);
      const identifiers = table.idColumns.flatMap((i) => codeSpans(row[i] ?? ''));
      const isTerm = table.termColumn >= 0;
      if (isTerm) {
        result.terms++;
        if (identifiers.length === 0)
          problem(page, number, `the term "${row[table.termColumn]}" names no identifier`);
        if (!/\]\(/.test(line))
          problem(page, number, `the term "${row[table.termColumn]}" links to no doc heading`);
      }
      for (const id of identifiers) {
        const why = missing(id);
        if (why) problem(page, number, why);
      }
      result.rows.push({ number, identifiers });
    }
    for (const m of line.matchAll(/\[(?:[^\]`]|`[^`]*`)*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
      const hash = target.indexOf('#');
      const file = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1));
      const linked = file === '' ? path : resolve(dirname(path), decodeURIComponent(file));
      const shown = relative(root, linked) || '.';
      if (!existsSync(linked)) {
        problem(page, number, `link to ${target}: ${shown} does not exist`);
        continue;
      }
      if (anchor !== '') {
        if (statSync(linked).isDirectory() || !/\.md$/i.test(linked)) {
          problem(
            page,
            number,
            `link to ${target}: ${shown} is not a markdown file, so it has no heading #${anchor}`,
          );
          continue;
        }
        if (!anchorsOf(linked).has(anchor)) {
          problem(page, number, `link to ${target}: ${shown} has no heading with the anchor #${anchor}`);
          continue;
        }
      }
      result.links++;
    }
  }
  if (result.terms === 0 && existsSync(path))
    problem(page, 0, 'no table with a term column and an identifier column');
  return result;
}

const [en, zh] = PAGES.map(readPage);

// The two pages list the same identifiers, row by row.
const firstLine = (rows) => {
  const at = new Map();
  for (const r of rows) for (const id of r.identifiers) if (!at.has(id)) at.set(id, r.number);
  return at;
};
const enAt = firstLine(en.rows);
const zhAt = firstLine(zh.rows);
for (const [id, number] of enAt)
  if (!zhAt.has(id)) problem(en.page, number, `\`${id}\` is not listed in ${zh.page}`);
for (const [id, number] of zhAt)
  if (!enAt.has(id)) problem(zh.page, number, `\`${id}\` is not listed in ${en.page}`);
if (en.rows.length !== zh.rows.length) {
  problem(zh.page, 0, `${zh.rows.length} rows with identifiers, but ${en.page} has ${en.rows.length}`);
} else {
  en.rows.forEach((row, i) => {
    const other = zh.rows[i];
    const a = [...new Set(row.identifiers)].sort().join(' ');
    const b = [...new Set(other.identifiers)].sort().join(' ');
    if (a !== b)
      problem(
        zh.page,
        other.number,
        `identifiers differ from ${en.page}:${row.number} (${b || 'none'} here, ${a || 'none'} there)`,
      );
  });
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`glossary: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const identifiers = new Set([...enAt.keys(), ...zhAt.keys()]);
console.log(
  `glossary: ${en.terms} terms, ${identifiers.size} identifiers found in the code, ${en.links + zh.links} links resolve`,
);
