import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUED, renderCatalogue } from '../scripts/event-catalogue.js';
import { SAMPLES } from '../scripts/event-samples.js';
import { renderEventTypes } from '../scripts/event-types.js';
import { CampaignEventSchema } from '../src/index.js';

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

describe('the event catalogue', () => {
  it('has an example for every event, each a valid event', () => {
    for (const type of CATALOGUED) {
      expect(SAMPLES[type], type).toBeDefined();
      expect(CampaignEventSchema.safeParse(SAMPLES[type]).success, type).toBe(true);
    }
  });

  it('is up to date in both languages (npm run docs:events writes it)', () => {
    expect(doc('events.md')).toBe(renderCatalogue('en'));
    expect(doc('events.zh-CN.md')).toBe(renderCatalogue('zh-CN'));
    for (const type of CATALOGUED) {
      expect(doc('events.md')).toContain(`### ${type}`);
      expect(doc('events.zh-CN.md')).toContain(`### ${type}`);
    }
  });

  it('names every event with an interface generated from its schema (npm run docs:events writes it)', () => {
    const source = readFileSync(new URL('../src/event-types.ts', import.meta.url), 'utf8');
    expect(source).toBe(renderEventTypes());
    for (const type of CATALOGUED) expect(source, type).toContain(` * \`${type}\`: `);
  });
});
