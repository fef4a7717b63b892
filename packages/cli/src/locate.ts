import type { BilingualText, Campaign, PathSegment, ValidationIssue } from '@chuangwen/model';
import type { SheetIssue } from '@chuangwen/sheets';
import { say } from './messages.js';

// A problem in a JSON file is located by its path (`rectifications/1/standardRef`); a person reads where that is:
// 问题整改台账第 2 条（r-2）的测评标准. Counting starts at 1, as a person counts.

/** An issue of a JSON file, with where it is in words a person reads. */
export interface LocatedIssue extends SheetIssue {
  where?: BilingualText;
}

const COLLECTION_NAMES: Record<string, BilingualText> = {
  units: { 'zh-CN': '单位名单', en: 'unit' },
  sites: { 'zh-CN': '点位台账', en: 'site' },
  tasks: { 'zh-CN': '任务分解表', en: 'task' },
  observations: { 'zh-CN': '测评记录', en: 'observation' },
  rectifications: { 'zh-CN': '问题整改台账', en: 'rectification' },
  meetings: { 'zh-CN': '会议和督查记录', en: 'meeting' },
  archive: { 'zh-CN': '创文档案', en: 'archive document' },
  assessmentRounds: { 'zh-CN': '测评轮次', en: 'assessment round' },
  standards: { 'zh-CN': '所列测评标准', en: 'tracked standard' },
  frameworks: { 'zh-CN': '测评体系', en: 'framework' },
  timeline: { 'zh-CN': '阶段计划', en: 'phase plan' },
  budget: { 'zh-CN': '创建经费', en: 'budget line' },
  people: { 'zh-CN': '人员名单', en: 'person' },
  items: { 'zh-CN': '测评项目', en: 'item' },
};

const FIELD_NAMES: Record<string, BilingualText> = {
  standardRef: { 'zh-CN': '测评标准', en: 'standard' },
  standardRefs: { 'zh-CN': '测评标准', en: 'standards' },
  leadUnitId: { 'zh-CN': '牵头单位', en: 'lead unit' },
  leadUnitIds: { 'zh-CN': '牵头单位', en: 'lead units' },
  supportingUnitIds: { 'zh-CN': '配合单位', en: 'supporting units' },
  responsibleUnitId: { 'zh-CN': '责任单位', en: 'responsible unit' },
  responsibleLeaderId: { 'zh-CN': '责任领导', en: 'responsible leader' },
  siteType: { 'zh-CN': '点位类型', en: 'site type' },
  scope: { 'zh-CN': '点位', en: 'place' },
  deadline: { 'zh-CN': '时限', en: 'deadline' },
  reportedAt: { 'zh-CN': '发现时间', en: 'time reported' },
  closedAt: { 'zh-CN': '销号时间', en: 'time closed' },
  status: { 'zh-CN': '状态', en: 'status' },
  name: { 'zh-CN': '名称', en: 'name' },
  id: { 'zh-CN': '编号', en: 'id' },
  editionId: { 'zh-CN': '测评体系版本', en: 'framework edition' },
  parentId: { 'zh-CN': '上级单位', en: 'parent unit' },
};

/** Where a path leads, in words: `问题整改台账第 2 条（r-2）的测评标准`, `rectification 2 (r-2), standard`. */
function describePath(path: readonly PathSegment[], campaign?: Campaign): BilingualText | undefined {
  const [collection, index, field] =
    path[0] === 'organisation' ? [path[1], path[2], path[3]] : [path[0], path[1], path[2]];
  if (typeof collection !== 'string' || !Object.hasOwn(COLLECTION_NAMES, collection)) return undefined;
  const name = COLLECTION_NAMES[collection]!;
  if (typeof index !== 'number') return name;
  const records =
    collection === 'people' ? campaign?.organisation.people : campaign?.[collection as keyof Campaign];
  const id = Array.isArray(records) ? (records[index] as { id?: unknown } | undefined)?.id : undefined;
  const label =
    typeof field === 'string' && Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field] : undefined;
  return say('placeInList', {
    list: name,
    index,
    ...(typeof id === 'string' ? { id } : {}),
    ...(label ? { field: label } : {}),
  });
}

/** A JSON file's issues, ready to print: no cell, and where each is in words when the path is one a person knows. */
export function jsonIssues(issues: readonly ValidationIssue[], campaign?: Campaign): LocatedIssue[] {
  return issues.map((issue) => {
    const where = describePath(issue.path, campaign);
    return { ...issue, cell: '', sheet: '', ...(where ? { where } : {}) };
  });
}
