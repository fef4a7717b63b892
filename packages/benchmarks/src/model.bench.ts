// validateCampaign against ajv on the model's own JSON Schema, on one generated district, in one process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateDistrict } from '@chuangwen/fixtures';
import { CampaignSchema, validateCampaign } from '@chuangwen/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compare, report } from './harness.js';

const observations = Number(process.env.BENCH_OBSERVATIONS ?? 200_000);
const district = generateDistrict({
  seed: 7,
  streets: 12,
  unitsPerStreet: 180,
  sitesPerUnit: 3,
  observations,
});
// Both contenders read the same parsed JSON, as a service would after JSON.parse.
const input: unknown = JSON.parse(JSON.stringify(district));

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@chuangwen/model/json-schema/campaign.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// ajv as most services configure it (stop at the first error), and as needed to report every issue like validateCampaign.
const ajvFirst = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
const ajvValidate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);

const check = validateCampaign(input);
if (!check.ok || !ajvValidate(input) || !ajvFirst(input))
  throw new Error('the generated district must be valid for both contenders');

const timings = compare({
  'ajv, all errors': () => ajvValidate(input),
  'ajv, first error only': () => ajvFirst(input),
  'validateCampaign (shape + integrity)': () => validateCampaign(input),
  'CampaignSchema.safeParse (zod, shape only)': () => CampaignSchema.safeParse(input),
});
const units = (district.units ?? []).length;
report(
  `validateCampaign vs ajv: ${observations.toLocaleString('en')} observations, ${units} units, ${(district.sites ?? []).length} sites (Node ${process.version})`,
  timings,
  'ajv, all errors',
);
