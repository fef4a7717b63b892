import {
  DEFAULT_STATE_BANDS,
  type GradeBand,
  SCORING_RULE_KIND_LABELS,
  SCORING_RULE_KINDS,
  type ScoringRule,
} from '@chuangwen/checklists';
import { formatRate, normalize, parseRate } from './text.js';

// A scoring rule in a 计分规则 cell, in words an office reads, with its numbers:
//   状态描述法                                  (the usual A/B/C/C# bands)
//   状态描述法：A≤0=1，B≤1=0.66，C≤2=0.33，C#=0；达标等级B
//   数量达标：要求5，每少1扣0.4          比率达标：满分100%，达标95%
//   问卷合格线：85%                     不文明现象发生率：不高于5%
//   无此类现象                          是否达标

const name = (kind: ScoringRule['kind']) => SCORING_RULE_KIND_LABELS[kind]['zh-CN'];

const sameBands = (a: readonly GradeBand[], b: readonly GradeBand[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.grade === b[i]!.grade &&
      x.maxViolations === b[i]!.maxViolations &&
      x.coefficient === b[i]!.coefficient,
  );

/** A scoring rule written for a cell. */
export function formatRule(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'stateDescription': {
      const bands = sameBands(rule.bands, DEFAULT_STATE_BANDS)
        ? ''
        : `：${rule.bands.map((b) => `${b.grade}${b.maxViolations === undefined ? '' : `≤${b.maxViolations}`}=${b.coefficient}`).join('，')}`;
      const pass = rule.passGrade === undefined ? '' : `${bands ? '；' : '：'}达标等级${rule.passGrade}`;
      return `${name(rule.kind)}${bands}${pass}`;
    }
    case 'countThreshold':
      return `${name(rule.kind)}：要求${rule.required}，每少1扣${rule.deductionPerShortfall}`;
    case 'ratio':
      return `${name(rule.kind)}：满分${formatRate(rule.fullAt)}，达标${formatRate(rule.passAt)}`;
    case 'survey':
      return `${name(rule.kind)}：${formatRate(rule.passLine)}`;
    case 'incidence':
      return `${name(rule.kind)}：不高于${formatRate(rule.maxRate)}`;
    default:
      return name(rule.kind);
  }
}

/** Reads a 计分规则 cell, or undefined when it names no rule or its numbers cannot be read. */
export function parseRule(text: string): ScoringRule | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const [head, ...restParts] = t.split(':');
  const rest = restParts.join(':');
  const kind = SCORING_RULE_KINDS.find((k) => normalize(name(k)) === normalize(head ?? '') || k === head);
  if (!kind) return undefined;
  const num = (pattern: RegExp) => {
    const m = pattern.exec(rest);
    return m ? Number(m[1]) : undefined;
  };
  const rate = (pattern: RegExp) => {
    const m = pattern.exec(rest);
    return m ? parseRate(m[1]!) : undefined;
  };
  switch (kind) {
    case 'stateDescription': {
      const passGrade = /达标等级([A-Z][A-Z0-9#+-]{0,3})/.exec(rest)?.[1];
      const bandText = rest.replace(/;?达标等级.*$/, '');
      const bands: GradeBand[] = [];
      for (const piece of bandText.split(/[,，]/).filter(Boolean)) {
        const m = /^([A-Z][A-Z0-9#+-]{0,3}?)(?:≤(\d+))?=(\d+(?:\.\d+)?)$/.exec(piece);
        if (!m) return undefined;
        bands.push({
          grade: m[1]!,
          ...(m[2] === undefined ? {} : { maxViolations: Number(m[2]) }),
          coefficient: Number(m[3]),
        });
      }
      const rule: ScoringRule = {
        kind,
        bands: bands.length > 0 ? bands : DEFAULT_STATE_BANDS.map((b) => ({ ...b })),
      };
      if (passGrade !== undefined) rule.passGrade = passGrade;
      return rule;
    }
    case 'countThreshold': {
      const required = num(/要求(\d+)/);
      const deduction = num(/扣(\d+(?:\.\d+)?)/) ?? 0;
      return required === undefined ? undefined : { kind, required, deductionPerShortfall: deduction };
    }
    case 'ratio': {
      const fullAt = rate(/满分(\d+(?:\.\d+)?%)/);
      const passAt = rate(/达标(\d+(?:\.\d+)?%)/);
      return fullAt === undefined || passAt === undefined ? undefined : { kind, fullAt, passAt };
    }
    case 'survey': {
      const passLine = rate(/(\d+(?:\.\d+)?%)/);
      return passLine === undefined ? undefined : { kind, passLine };
    }
    case 'incidence': {
      const maxRate = rate(/(\d+(?:\.\d+)?%)/);
      return maxRate === undefined ? undefined : { kind, maxRate };
    }
    default:
      return { kind } as ScoringRule;
  }
}
