import { readdirSync, readFileSync } from 'node:fs';
import { JSON_SCHEMA_KEYWORDS } from '@chuangwen/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilitySheet,
  districtArchiveInventory,
  districtFramework,
  rectificationChecklists,
  siteTypeCatalogue,
} from '../src/district/index.js';
import {
  CHECKLIST_JSON_SCHEMA_SOURCES,
  ChecklistSchema,
  checklistJsonSchemas,
  FrameworkEditionSchema,
} from '../src/index.js';

const dir = new URL('../json-schema/', import.meta.url);
const shipped = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
ajv.addVocabulary([...JSON_SCHEMA_KEYWORDS]);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(shipped(name)));
  return compiled.get(name)!;
};

describe('checklist JSON Schema files', () => {
  it('ship one file per schema, identical to what the zod schemas generate now', () => {
    expect(readdirSync(dir).sort()).toEqual(
      Object.keys(CHECKLIST_JSON_SCHEMA_SOURCES)
        .map((n) => `${n}.json`)
        .sort(),
    );
    const generated = checklistJsonSchemas();
    for (const name of Object.keys(CHECKLIST_JSON_SCHEMA_SOURCES))
      expect(shipped(name), name).toEqual(generated[name as keyof typeof generated]);
  });

  it('accept all bundled content', () => {
    const framework = validator('framework');
    expect(framework(JSON.parse(JSON.stringify(districtFramework))), JSON.stringify(framework.errors)).toBe(
      true,
    );
    const checklist = validator('checklist');
    for (const c of rectificationChecklists)
      expect(checklist(JSON.parse(JSON.stringify(c))), c.id).toBe(true);
    expect(validator('observation-sheet')(JSON.parse(JSON.stringify(civilitySheet)))).toBe(true);
    expect(validator('site-type-catalogue')(JSON.parse(JSON.stringify(siteTypeCatalogue)))).toBe(true);
    expect(validator('archive-inventory')(JSON.parse(JSON.stringify(districtArchiveInventory)))).toBe(true);
  });

  it('agree with zod on damaged content', () => {
    const framework = validator('framework');
    const checklist = validator('checklist');
    const damage: [string, (d: any) => void][] = [
      [
        'survey pass line above 1',
        (d) => {
          d.items[0].contents[0].standards[2].scoring.passLine = 1.5;
        },
      ],
      [
        'unknown scoring kind',
        (d) => {
          d.items[0].contents[0].standards[0].scoring = { kind: 'vibes' };
        },
      ],
      [
        'missing title',
        (d) => {
          delete d.items[3].title;
        },
      ],
      [
        'extra key',
        (d) => {
          d.items[3].weight = 1;
        },
      ],
      [
        'no methods',
        (d) => {
          d.items[0].contents[0].standards[0].methods = [];
        },
      ],
      [
        'bad group',
        (d) => {
          d.group = 'village';
        },
      ],
    ];
    for (const [name, mutate] of damage) {
      const doc = JSON.parse(JSON.stringify(districtFramework));
      mutate(doc);
      expect(framework(doc), name).toBe(FrameworkEditionSchema.safeParse(doc).success);
      expect(framework(doc), name).toBe(false);
    }
    const doc = JSON.parse(JSON.stringify(rectificationChecklists[0]));
    doc.sections[0].items[0].response = { kind: 'count', required: -1 };
    expect(checklist(doc)).toBe(ChecklistSchema.safeParse(doc).success);
    expect(checklist(doc)).toBe(false);
  });

  it('agree with zod on randomly damaged frameworks and checklists', () => {
    const cases = [
      { doc: districtFramework, schema: FrameworkEditionSchema, validate: validator('framework') },
      { doc: rectificationChecklists[4]!, schema: ChecklistSchema, validate: validator('checklist') },
    ];
    for (const { doc, schema, validate } of cases) {
      const leaves: (string | number)[][] = [];
      const collect = (value: unknown, path: (string | number)[]) => {
        if (value !== null && typeof value === 'object') {
          for (const [k, v] of Object.entries(value))
            collect(v, [...path, Array.isArray(value) ? Number(k) : k]);
        }
        if (path.length > 0) leaves.push(path);
      };
      collect(JSON.parse(JSON.stringify(doc)), []);
      const replacement = fc.oneof(
        fc.jsonValue(),
        fc.constantFrom('facility', 'binary', 'mainRoad', 'A', -1, 0.5, 1.5, 3, [], {}),
      );
      fc.assert(
        fc.property(fc.constantFrom(...leaves), replacement, fc.boolean(), (path, value, remove) => {
          const damaged = JSON.parse(JSON.stringify(doc));
          let parent: any = damaged;
          for (const key of path.slice(0, -1)) parent = parent[key];
          const last = path[path.length - 1]!;
          if (remove && !Array.isArray(parent)) delete parent[last];
          else parent[last] = value;
          const input = JSON.parse(JSON.stringify(damaged));
          expect(validate(input), JSON.stringify(validate.errors?.slice(0, 2))).toBe(
            schema.safeParse(input).success,
          );
        }),
        { numRuns: 200 },
      );
    }
  });
});
