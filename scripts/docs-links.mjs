// Every relative link and image in the repository's Markdown points at something that exists: a file or folder, and
// for a Markdown file with a #fragment, one of its headings (as GitHub names them). Links to the web are not fetched;
// links into docs/api are skipped, since `npm run docs` generates it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !f.includes('fixtures/legacy/') && existsSync(f));

/** The text outside fenced code blocks. */
const unfenced = (text) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
/** The text outside fenced code blocks and inline code, where links are links. */
const prose = (text) => unfenced(text).replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a Markdown file's headings. */
const anchorsOf = new Map();
function anchors(file) {
  if (!anchorsOf.has(file)) {
    const seen = new Map();
    const found = new Set();
    for (const [, heading] of unfenced(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
      const slug = text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      found.add(n === 0 ? slug : `${slug}-${n}`);
    }
    anchorsOf.set(file, found);
  }
  return anchorsOf.get(file);
}

const broken = [];
let checked = 0;
for (const file of files) {
  const text = prose(readFileSync(file, 'utf8'));
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]),
  ];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like
    const [path, fragment] = target.split('#');
    const resolved = path ? normalize(join(dirname(file), decodeURI(path))) : file;
    if (resolved === 'docs/api' || resolved.startsWith('docs/api/')) continue;
    checked++;
    if (!existsSync(resolved)) {
      broken.push(`${file}: ${target} (no ${resolved})`);
      continue;
    }
    if (fragment && resolved.endsWith('.md') && statSync(resolved).isFile()) {
      if (!anchors(resolved).has(decodeURIComponent(fragment)))
        broken.push(`${file}: ${target} (no heading #${fragment} in ${resolved})`);
    }
  }
}

if (broken.length > 0) {
  console.error(`Broken links in the Markdown:\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`${checked} relative links and images in ${files.length} Markdown files resolve.`);
