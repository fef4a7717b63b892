import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CampaignSchema,
  JSON_SCHEMA_KEYWORDS,
  JSON_SCHEMA_SOURCES,
  modelJsonSchemas,
  ObservationSchema,
} from '../src/index.js';
import { sampleCampaign } from './sample.js';

const dir = new URL('../json-schema/', import.meta.url);
const shipped = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
ajv.addVocabulary([...JSON_SCHEMA_KEYWORDS]);
const campaignValidator = ajv.compile(shipped('campaign'));
type Doc = Record<string, any>;

function agree(doc: unknown): boolean {
  const zodOk = CampaignSchema.safeParse(doc).success;
  const ajvOk = campaignValidator(doc) as boolean;
  expect(ajvOk, JSON.stringify(campaignValidator.errors?.slice(0, 3))).toBe(zodOk);
  return zodOk;
}

const mutations: [string, (d: Doc) => void][] = [
  [
    'wrong type',
    (d) => {
      d.title = 42;
    },
  ],
  [
    'missing field',
    (d) => {
      delete d.jurisdiction.level;
    },
  ],
  [
    'bad enum',
    (d) => {
      d.units[1].kind = 'club';
    },
  ],
  [
    'bad discriminator',
    (d) => {
      d.observations[0].scope.kind = 'city';
    },
  ],
  [
    'field of another variant',
    (d) => {
      d.observations[1].violationCount = 1;
    },
  ],
  [
    'bad date',
    (d) => {
      d.timeline[0].start = '2026-02-30';
    },
  ],
  [
    'leap day in a leap year',
    (d) => {
      d.timeline[0].start = '2028-02-29';
    },
  ],
  [
    'datetime without offset',
    (d) => {
      d.observations[0].observedAt = '2026-04-02T10:00:00';
    },
  ],
  [
    'rate above one',
    (d) => {
      d.goals.targetRates.awareness = 90;
    },
  ],
  [
    'fractional count',
    (d) => {
      d.observations[0].violationCount = 1.5;
    },
  ],
  [
    'unknown key',
    (d) => {
      d.units[0].colour = 'red';
    },
  ],
  [
    'unknown goal',
    (d) => {
      d.goals.targetRates.happiness = 0.5;
    },
  ],
  [
    'custom group without name',
    (d) => {
      delete d.organisation.workingGroups[1].name;
    },
  ],
  [
    'no lead unit',
    (d) => {
      d.tasks[0].leadUnitIds = [];
    },
  ],
  [
    'wrong schema version',
    (d) => {
      d.schemaVersion = 2;
    },
  ],
  [
    'bad id',
    (d) => {
      d.units[0].id = 'has space';
    },
  ],
  [
    'bad extension key',
    (d) => {
      d.extensions = { _private: 1 };
    },
  ],
  [
    'defaults left out',
    (d) => {
      delete d.tasks;
      delete d.meetings;
      delete d.goals;
    },
  ],
];

describe('JSON Schema files', () => {
  it('ship one file per published schema, identical to what the zod schemas generate now', () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      Object.keys(JSON_SCHEMA_SOURCES)
        .map((n) => `${n}.json`)
        .sort(),
    );
    const generated = modelJsonSchemas();
    for (const name of Object.keys(JSON_SCHEMA_SOURCES))
      expect(shipped(name), name).toEqual(generated[name as keyof typeof generated]);
  });

  it('describe each field as its doc comment does, the same words the API reference shows', () => {
    const site = shipped('site');
    expect(site.properties.responsibleUnitId.description).toMatch(
      /^The unit responsible for the site \(责任单位\)/,
    );
    // A field without its own comment keeps its type's description; two fields of one type keep their own words.
    expect(site.properties.id.description).toBe('Record identifier / 编号');
    const campaign = shipped('campaign');
    const siteInCampaign = campaign.properties.sites.items.properties.responsibleUnitId;
    expect(siteInCampaign.description).toBe(site.properties.responsibleUnitId.description);
    expect(site.properties.responsibleLeaderId.description).not.toBe(
      site.properties.responsibleUnitId.description,
    );
    // A field shared by both forms of an observation is described in both, and keeps its type in both.
    for (const form of shipped('observation').oneOf) {
      expect(form.properties.standardRef.type).toBe('string');
      expect(form.properties.standardRef.description).toMatch(/^The standard observed/);
    }
    // Descriptions are all that differ from what zod writes: no field loses its type or its bounds.
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'description')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    for (const [name, schema] of Object.entries(JSON_SCHEMA_SOURCES)) {
      const { $schema: _s, ...plain } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
      const { $schema: _t, $id: _i, title: _n, ...ours } = shipped(name);
      expect(strip(ours), name).toEqual(strip(plain));
    }
    // The descriptions come from the schemas' source, through a generated module that must be current.
    const script = fileURLToPath(new URL('../../../scripts/field-docs.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('describe data as written: draft 2020-12, unknown keys refused, defaulted fields optional', () => {
    const schema = shipped('campaign');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).not.toContain('tasks');
    expect(schema.required).toContain('organisation');
  });

  it('accept the valid sample, as zod does', () => {
    expect(agree(sampleCampaign())).toBe(true);
  });

  it.each(mutations)('agree with zod on a sample with %s', (_name, mutate) => {
    const doc = sampleCampaign() as Doc;
    mutate(doc);
    agree(JSON.parse(JSON.stringify(doc)));
  });

  it('agree with zod on randomly damaged documents', () => {
    const leaves: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
          collect(v, [...path, Array.isArray(value) ? Number(k) : k]);
      }
      leaves.push(path);
    };
    collect(sampleCampaign(), []);
    const replacement = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('2026-04-01', '2026-04-01T08:00:00+08:00', 'u1', 'site', 'fail', -1, 0.5, 3, [], {}),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves.filter((p) => p.length > 0)),
        replacement,
        fc.boolean(),
        (path, value, remove) => {
          const doc = sampleCampaign() as Doc;
          let parent: any = doc;
          for (const key of path.slice(0, -1)) parent = parent[key];
          const last = path[path.length - 1]!;
          if (remove && !Array.isArray(parent)) delete parent[last];
          else parent[last] = value;
          agree(JSON.parse(JSON.stringify(doc)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('validate single records on their own', () => {
    const validate = ajv.compile(shipped('observation'));
    const obs = sampleCampaign().observations![0]!;
    expect(validate(obs)).toBe(true);
    expect(ObservationSchema.safeParse(obs).success).toBe(true);
    expect(validate({ ...obs, outcome: 'maybe' })).toBe(false);
  });
});
