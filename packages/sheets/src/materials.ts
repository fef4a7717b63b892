import {
  ARCHIVE_CATEGORIES,
  type ArchiveCategory,
  ENUM_LABELS,
  type MaterialRequirementInput,
} from '@chuangwen/model';
import { normalize } from './text.js';

// 材料要求 cells as offices write them: "图片×10：公益广告点位照片 10 张〔综合文化站〕" (category, count, what it must
// show, who provides it), or free text such as "活动照片5张、工作方案1份". Exports write the first form, one
// requirement a line; imports read both.

const LABELS = ENUM_LABELS.archiveCategory;

/** Other words for each category, longest first when searched in free text. */
const WORDS: Record<ArchiveCategory, readonly string[]> = {
  document: ['文件', '制度', '通知', '文件资料'],
  plan: ['方案', '计划', '工作方案', '实施方案'],
  bulletin: ['简报', '工作简报', '信息'],
  experiencePaper: ['经验交流材料', '经验材料', '典型材料'],
  photo: ['图片', '照片', '影像资料'],
  video: ['视频'],
  record: ['记录', '会议记录', '活动记录'],
  mediaReport: ['媒体报道', '新闻报道', '宣传报道', '报道'],
  summary: ['总结', '工作总结'],
  screenshot: ['截图', '网页截图'],
  register: ['台账', '名册', '登记表', '花名册'],
};

const SEARCH = ARCHIVE_CATEGORIES.flatMap((category) =>
  [LABELS[category]['zh-CN'], ...WORDS[category]].map((word) => ({ word, category })),
).sort((a, b) => b.word.length - a.word.length);

/** A requirement read from a cell, with the provider still as written (a unit's name or a kind of unit). */
export interface WrittenRequirement {
  category: ArchiveCategory;
  quantity: number;
  description?: string;
  provider?: string;
}

const CANONICAL = /^(.+?)(?:[×xX*]\s*(\d+))?(?:[:：]\s*(.+?))?\s*(?:〔(.+)〕)?$/;

function canonical(text: string): WrittenRequirement | undefined {
  const m = CANONICAL.exec(text);
  if (!m) return undefined;
  // The label as exports write it, or one of the category's other words (图片 for 照片, as earlier exports wrote it).
  const head = normalize(m[1]!);
  const category = ARCHIVE_CATEGORIES.find(
    (c) => normalize(LABELS[c]['zh-CN']) === head || WORDS[c].some((w) => normalize(w) === head),
  );
  if (!category) return undefined;
  const out: WrittenRequirement = { category, quantity: m[2] ? Number(m[2]) : 1 };
  if (m[3]) out.description = m[3];
  if (m[4]) out.provider = m[4];
  return out;
}

function freeText(text: string): WrittenRequirement | undefined {
  const provider = /〔(.+)〕$/.exec(text)?.[1];
  const body = provider === undefined ? text : text.slice(0, text.lastIndexOf('〔')).trim();
  const hit = SEARCH.find(({ word }) => body.includes(word));
  if (!hit) return undefined;
  const count = /(\d+)\s*(?:张|份|篇|个|条|次|期|段|本|套|册|件)/.exec(body.normalize('NFKC'));
  const out: WrittenRequirement = {
    category: hit.category,
    quantity: count ? Number(count[1]) : 1,
    description: body,
  };
  if (provider !== undefined) out.provider = provider;
  return out;
}

/** Reads a 材料要求 cell: each requirement, or the pieces no category could be found in. */
export function parseRequirements(text: string): { requirements: WrittenRequirement[]; unknown: string[] } {
  const requirements: WrittenRequirement[] = [];
  const unknown: string[] = [];
  for (const line of text
    .split(/[\r\n；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const whole = canonical(line);
    if (whole) {
      requirements.push(whole);
      continue;
    }
    // "活动照片5张、工作方案1份": several requirements in one line when every part names a category.
    const parts = line
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const read = parts.map((p) => canonical(p) ?? freeText(p));
    if (parts.length > 1 && read.every((r) => r !== undefined)) {
      requirements.push(...(read as WrittenRequirement[]));
      continue;
    }
    const one = freeText(line);
    if (one) requirements.push(one);
    else unknown.push(line);
  }
  return { requirements, unknown };
}

/** Writes requirements one a line in the canonical form, with each provider as the caller names it. */
export function formatRequirements(
  requirements: readonly MaterialRequirementInput[],
  providerName: (r: MaterialRequirementInput) => string | undefined,
): string {
  return requirements
    .map((r) => {
      const quantity = r.quantity ?? 1;
      const provider = providerName(r);
      return (
        LABELS[r.category]['zh-CN'] +
        (quantity === 1 ? '' : `×${quantity}`) +
        (r.description ? `：${r.description['zh-CN']}` : '') +
        (provider ? `〔${provider}〕` : '')
      );
    })
    .join('\n');
}

/** The category names an office may write, for messages. */
export const CATEGORY_NAMES = ARCHIVE_CATEGORIES.map((c) => LABELS[c]['zh-CN']).join('、');

/** The material categories, each with its labels, for messages. */
export const CATEGORIES = ARCHIVE_CATEGORIES.map((c) => LABELS[c]);
