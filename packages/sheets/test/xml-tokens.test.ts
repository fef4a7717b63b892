import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenMeasure } from '../src/xml-tokens.js';

const measure = (...pieces: string[]) => {
  const m = new TokenMeasure();
  for (const piece of pieces) m.feed(piece);
  return { text: m.longestText, markup: m.longestMarkup, malformed: m.malformed };
};

const SAMPLE = `<?xml version="1.0"?><sheetData><row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>占道&amp;经营</t></is></c><c r="B1"><v>12</v></c></row><!-- a comment --><x a='q"&#x4E2D;'><![CDATA[a <b> c]]></x></sheetData>`;

describe('the longest tokens of an XML part', () => {
  it('measures a text, a tag with its attribute values, a CDATA section and a comment', () => {
    expect(measure('<a>hello</a>')).toEqual({ text: 5, markup: 4, malformed: false });
    expect(measure(`<c r="${'x'.repeat(100)}"/>`).markup).toBe(109);
    expect(measure(`<a><![CDATA[${'y'.repeat(100)}]]></a>`).text).toBeGreaterThanOrEqual(100);
    expect(measure(`<a><!--${'z'.repeat(100)}--></a>`).markup).toBeGreaterThanOrEqual(100);
  });

  it('keeps a comment open past `<!-->` and `<!--->`, as the parser does', () => {
    for (const open of ['<!-->', '<!--->'])
      expect(measure(`${open}${'a<b/>'.repeat(1_000)}-->`).markup, open).toBeGreaterThanOrEqual(5_000);
  });

  it('counts an entity that runs on across tags with the text, and marks it malformed', () => {
    const m = measure(`<x>&${'a'.repeat(100)}<b>${'a'.repeat(100)};</x>`);
    expect(m.malformed).toBe(true);
  });

  it('marks a document type declaration malformed: no Office part has one, and the parser builds it whole', () => {
    expect(measure('<!DOCTYPE r [ <!ELEMENT a ANY> ]><r/>').malformed).toBe(true);
    expect(measure(SAMPLE).malformed).toBe(false);
  });

  it('measures the same however the part is cut into pieces', () => {
    const whole = measure(SAMPLE);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: SAMPLE.length - 1 }), { maxLength: 6 }),
        (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), SAMPLE.length];
          const pieces = at.slice(1).map((end, i) => SAMPLE.slice(at[i], end));
          expect(measure(...pieces)).toEqual(whole);
        },
      ),
    );
  });
});
