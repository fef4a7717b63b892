// Writes src/field-docs.ts in @chuangwen/model and @chuangwen/checklists: the doc comment of each field of each exported
// object schema, so the JSON Schema files describe every field with the words the API reference shows. The comments in
// the schemas' source are the one source; a test in each package fails when the generated file is stale.
// `npm run docs:fields` writes them; `node scripts/field-docs.mjs --check` says which are stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const PACKAGES = ['model', 'checklists'];
const OBJECT_MAKERS = new Set(['strictObject', 'object', 'looseObject']);
const CHAIN = new Set(['refine', 'superRefine', 'meta', 'check', 'describe', 'transform']);

/** The initializer a name in the same file is declared with, if any. */
function initializerOf(name, source) {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations)
      if (ts.isIdentifier(decl.name) && decl.name.text === name && decl.initializer) return decl.initializer;
  }
  return undefined;
}

/**
 * The object literal of `z.strictObject({...})`, possibly followed by `.refine(…)`, `.transform(…)` and the like, or
 * of such a schema declared in the same file under another name (`fields.transform(…)`); else undefined.
 */
function objectLiteralOf(expr, source, depth = 0) {
  let e = expr;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    if (ts.isIdentifier(e.expression.expression) && e.expression.expression.text !== 'z' && depth < 4) {
      const name = e.expression.name.text;
      const init = CHAIN.has(name) ? initializerOf(e.expression.expression.text, source) : undefined;
      return init ? objectLiteralOf(init, source, depth + 1) : undefined;
    }
    const name = e.expression.name.text;
    if (
      OBJECT_MAKERS.has(name) &&
      ts.isIdentifier(e.expression.expression) &&
      e.expression.expression.text === 'z'
    )
      return ts.isObjectLiteralExpression(e.arguments[0]) ? e.arguments[0] : undefined;
    if (!CHAIN.has(name)) return undefined;
    e = e.expression.expression;
  }
  return undefined;
}

/** A doc comment as one line of text: the comment's words, without its stars. */
function docOf(node, source) {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const doc = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  if (!doc) return undefined;
  return source.text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\{@link\s+([^}\s|]+)\s*\}/g, '`$1`');
}

/** The object literal a name in the same file is declared with (`const observationFields = { … }`), if any. */
function declaredLiteral(name, source) {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== name || !decl.initializer) continue;
      let init = decl.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) return init;
    }
  }
  return undefined;
}

/** Each documented field of an object literal, following spreads of fields declared in the same file. */
function fieldsOf(literal, source, depth = 0) {
  const fields = [];
  for (const prop of literal.properties) {
    if (ts.isSpreadAssignment(prop) && ts.isIdentifier(prop.expression) && depth < 8) {
      const spread = declaredLiteral(prop.expression.text, source);
      if (spread) fields.push(...fieldsOf(spread, source, depth + 1));
      continue;
    }
    if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
    const doc = docOf(prop, source);
    if (doc) fields.push([prop.name.text, doc]);
  }
  return fields;
}

/** The generated module of one package. */
function renderFieldDocs(pkg) {
  const dir = new URL(`../packages/${pkg}/src/`, import.meta.url);
  const found = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'field-docs.ts')
    .sort()) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.name.text.endsWith('Schema') || !decl.initializer) continue;
        const literal = objectLiteralOf(decl.initializer, source);
        if (!literal) continue;
        const fields = fieldsOf(literal, source);
        if (fields.length > 0) found.push({ file, name: decl.name.text, fields });
      }
    }
  }
  const imports = new Map();
  for (const { file, name } of found) imports.set(file, [...(imports.get(file) ?? []), name]);
  const lines = [
    "// Generated by `npm run docs:fields` (scripts/field-docs.mjs) from the doc comments of the schemas' fields; do not edit.",
    ...[...imports].map(
      ([file, names]) => `import { ${names.sort().join(', ')} } from './${file.replace(/\.ts$/, '.js')}';`,
    ),
    '',
    "/** Each object schema's field descriptions, as its doc comments write them, for the JSON Schema files. */",
    '// Pure, so a bundle that never writes JSON Schema leaves it out.',
    'export const FIELD_DOCS: ReadonlyMap<unknown, Readonly<Record<string, string>>> = /* @__PURE__ */ new Map<',
    '  unknown,',
    '  Readonly<Record<string, string>>',
    '>([',
    ...found.flatMap(({ name, fields }) => [
      `  [`,
      `    ${name},`,
      '    {',
      ...fields.map(([field, doc]) => `      ${field}: ${JSON.stringify(doc)},`),
      '    },',
      '  ],',
    ]),
    ']);',
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('field-docs.mjs')) main();

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const pkg of PACKAGES) {
    const target = new URL(`../packages/${pkg}/src/field-docs.ts`, import.meta.url);
    const next = renderFieldDocs(pkg);
    let now = '';
    try {
      now = readFileSync(target, 'utf8');
    } catch {}
    if (now === next) continue;
    if (check) {
      stale += 1;
      console.error(`${pkg}: src/field-docs.ts is stale; run npm run docs:fields`);
    } else writeFileSync(target, next);
  }
  if (stale > 0) process.exit(1);
}
