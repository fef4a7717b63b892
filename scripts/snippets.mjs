// The TypeScript blocks of the documentation, read as chains: a block fenced ```ts continued goes on from the block
// before it in the same file, so a guide shows its setup once. A chain whose first block is fenced ```ts run is run, and
// a ```text block right after one of its blocks (blank lines between, nothing else) is what that block prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FENCE = /^```(ts(?: run| continued)?|text)\n([\s\S]*?)^```$/gm;
const MARK = '\u241eSNIPPET-PART';

/** The chains of one markdown file, each with its parts, their lines and the output shown after them. */
export function readChains(root, file) {
  const text = readFileSync(join(root, file), 'utf8');
  const chains = [];
  let chain;
  let last; // the part a text block may follow
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    const line = text.slice(0, m.index).split('\n').length + 1;
    if (m[1] === 'text') {
      const between = last ? text.slice(last.end, m.index) : 'x';
      if (last && /^\s*$/.test(between)) last.part.output = { line, text: m[2] };
      last = undefined;
      continue;
    }
    const part = { line, code: m[2] };
    if (m[1] === 'ts continued' && chain) chain.parts.push(part);
    else {
      chain = { file, index: chains.length + 1, run: m[1] === 'ts run', parts: [part] };
      chains.push(chain);
    }
    last = { part, end: m.index + m[0].length };
  }
  return chains;
}

/** The chain as one module; with `marks`, each part ends by printing a mark so its output can be told apart. */
export function chainSource(chain, marks = false) {
  const parts = chain.parts.map((p, i) =>
    marks ? `${p.code}console.log(${JSON.stringify(`${MARK}${i}`)});\n` : p.code,
  );
  return `${parts.join('')}\nexport {};\n`;
}

/** Where line `l` of the chain's module is in its markdown file. */
export function locate(chain, l) {
  let left = Number(l);
  for (const p of chain.parts) {
    const size = p.code.split('\n').length - 1;
    if (left <= size) return `${chain.file}:${p.line + left - 1}`;
    left -= size;
  }
  return `${chain.file}:${chain.parts[0].line}`;
}

/** Compares what a run printed with the output the documentation shows; returns the differences, located. */
export function checkOutput(chain, stdout) {
  const printed = stdout.split(new RegExp(`^${MARK}\\d+\\n`, 'm'));
  const problems = [];
  chain.parts.forEach((part, i) => {
    if (!part.output) return;
    const tidy = (s) => s.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
    const got = tidy(printed[i] ?? '');
    const want = tidy(part.output.text);
    if (got !== want)
      problems.push(
        `${chain.file}:${part.output.line}: the output shown differs from what the block prints:\n--- shown\n${want}\n--- printed\n${got}\n`,
      );
  });
  return problems;
}
