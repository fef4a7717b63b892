import { type FrameworkEdition, listStandards } from '@chuangwen/checklists';
import { contentsOf } from '@chuangwen/checklists/internal';
import type { NameMatch } from './names.js';
import { nearest, normalize, splitNumbering, splitPoints } from './text.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Matches what a task table writes in its standard column to standard codes: codes themselves (`01.01.01`), a
 * standard's text (with or without its printed number), or a content's or item's title, which stands for every
 * standard under it. Without a framework only codes are understood: any code, or one of `codes` when given.
 */
export class StandardNames {
  private readonly byText = new Map<string, string[]>();
  private readonly codes = new Set<string>();
  private readonly texts: string[] = [];

  constructor(framework?: FrameworkEdition, codes?: Iterable<string>) {
    if (!framework) {
      for (const code of codes ?? []) this.codes.add(code);
      return;
    }
    const put = (text: string, codes: string[]) => {
      const key = normalize(splitPoints(splitNumbering(text).rest).rest);
      if (!this.byText.has(key)) this.byText.set(key, codes);
      this.texts.push(text);
    };
    for (const l of listStandards(framework)) {
      this.codes.add(l.standard.code);
      put(l.standard.text['zh-CN'], [l.standard.code]);
    }
    framework.items.forEach((item, i) => {
      const all: string[] = [];
      for (const { content } of contentsOf(item, ['items', i])) {
        const codes = content.standards.map((s) => s.code);
        put(content.title['zh-CN'], codes);
        all.push(...codes);
      }
      put(item.title['zh-CN'], all);
    });
  }

  /** Resolves one written reference. */
  match(written: string): NameMatch {
    const text = written.normalize('NFKC').trim();
    if (CODE.test(text) && (this.codes.size === 0 || this.codes.has(text))) return { ok: true, ids: [text] };
    const hit = this.byText.get(normalize(splitPoints(splitNumbering(text).rest).rest));
    if (hit) return { ok: true, ids: hit };
    const suggestion = nearest(text, this.texts.length > 0 ? this.texts : this.codes);
    return suggestion === undefined
      ? { ok: false, reason: 'unknown' }
      : { ok: false, reason: 'unknown', suggestion };
  }
}
