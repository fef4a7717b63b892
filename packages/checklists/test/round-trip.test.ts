import { describe, expect, it } from 'vitest';
import { civilitySheet, districtFramework, rectificationChecklists } from '../src/district/index.js';
import { ObservationSheetSchema, validateChecklist, validateFramework } from '../src/index.js';
import { tinyFramework } from './sample.js';

describe('JSON round trip', () => {
  it('loads a framework a host keeps as JSON and exports it again without loss', () => {
    const tiny = validateFramework(tinyFramework());
    if (!tiny.ok) throw new Error('the tiny framework must be valid');
    for (const framework of [districtFramework, tiny.value]) {
      const json = JSON.stringify(framework);
      const loaded = validateFramework(JSON.parse(json));
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(JSON.stringify(loaded.value)).toBe(json);
    }
  });

  it('round-trips checklists and the observation sheet', () => {
    for (const checklist of rectificationChecklists) {
      const json = JSON.stringify(checklist);
      const loaded = validateChecklist(JSON.parse(json));
      expect(loaded.ok && JSON.stringify(loaded.value)).toBe(json);
    }
    const sheet = JSON.stringify(civilitySheet);
    expect(JSON.stringify(ObservationSheetSchema.parse(JSON.parse(sheet)))).toBe(sheet);
  });
});
