import { z } from 'zod';
import type { BilingualText } from './primitives.js';

/** The six special-rectification areas of the seed plan (专项整治), plus `other` for what notices file elsewhere. */
export const RECTIFICATION_AREAS = [
  'trafficOrder',
  'townscape',
  'publicSecurity',
  'sanitation',
  'market',
  'serviceWindow',
  'other',
] as const;
/** A special-rectification area: 交通秩序, 市容市貌, 社会治安, 环境卫生, 农贸市场, 窗口服务, or other. */
export const RectificationAreaSchema = z.enum(RECTIFICATION_AREAS);
/** A special-rectification area. */
export type RectificationArea = z.infer<typeof RectificationAreaSchema>;

/** Labels of the special-rectification areas. */
export const RECTIFICATION_AREA_LABELS: Record<RectificationArea, BilingualText> = {
  trafficOrder: { 'zh-CN': '交通秩序', en: 'Traffic order' },
  townscape: { 'zh-CN': '市容市貌', en: 'Townscape' },
  publicSecurity: { 'zh-CN': '社会治安', en: 'Public security' },
  sanitation: { 'zh-CN': '环境卫生', en: 'Sanitation' },
  market: { 'zh-CN': '农贸市场', en: 'Market' },
  serviceWindow: { 'zh-CN': '窗口服务', en: 'Service windows' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
