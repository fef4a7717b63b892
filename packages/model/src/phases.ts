import { z } from 'zod';
import type { BilingualText } from './primitives.js';

/** The five campaign phases of the seed plan, in order. */
export const PHASES = [
  'mobilization',
  'specialRectification',
  'finalSprint',
  'inspectionReadiness',
  'summaryEvaluation',
] as const;

/** A campaign phase: 宣传发动, 专项整治, 全面冲刺, 迎检, 总结评议. */
export const PhaseSchema = z.enum(PHASES);
/** A campaign phase. */
export type Phase = z.infer<typeof PhaseSchema>;

/** Labels of the campaign phases. */
export const PHASE_LABELS: Record<Phase, BilingualText> = {
  mobilization: { 'zh-CN': '宣传发动', en: 'Mobilization' },
  specialRectification: { 'zh-CN': '专项整治', en: 'Special rectification' },
  finalSprint: { 'zh-CN': '全面冲刺', en: 'Final sprint' },
  inspectionReadiness: { 'zh-CN': '迎检', en: 'Inspection readiness' },
  summaryEvaluation: { 'zh-CN': '总结评议', en: 'Summary and evaluation' },
};
