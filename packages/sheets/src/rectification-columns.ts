import { ENUM_LABELS, RECTIFICATION_AREAS, RECTIFICATION_STATUSES } from '@chuangwen/model';
import { type ColumnKey, defineTable } from './table.js';

// The words of a rectification ledger (问题整改台账): its columns and the headers offices use for them, the status
// words, and the field of a record each column fills. The import and the export both read them from here.

/** The rectification ledger (问题整改台账): its columns and the headers offices use for them. */
export const RECTIFICATION_TABLE = defineTable({
  name: { 'zh-CN': '问题整改台账', en: 'Rectification ledger' },
  columns: [
    {
      key: 'id',
      header: { 'zh-CN': '问题编号', en: 'Problem id' },
      synonyms: ['编号', '台账编号'],
      width: 12,
    },
    {
      key: 'description',
      header: { 'zh-CN': '问题描述', en: 'Problem' },
      synonyms: ['存在问题', '问题', '问题内容'],
      required: true,
      width: 36,
    },
    {
      key: 'standard',
      header: { 'zh-CN': '测评标准', en: 'Standard' },
      synonyms: ['标准编号', '对应标准'],
      width: 12,
    },
    {
      key: 'area',
      header: { 'zh-CN': '专项领域', en: 'Area' },
      synonyms: ['问题类别', '问题类型', '领域'],
      width: 10,
    },
    {
      key: 'place',
      header: { 'zh-CN': '点位', en: 'Place' },
      synonyms: ['问题点位', '问题地点', '地点', '点位名称'],
      width: 20,
    },
    {
      key: 'lead',
      header: { 'zh-CN': '牵头单位', en: 'Lead unit' },
      synonyms: ['责任单位', '主责单位', '整改单位'],
      width: 16,
    },
    {
      key: 'supporting',
      header: { 'zh-CN': '配合单位', en: 'Supporting units' },
      synonyms: ['协办单位'],
      width: 16,
    },
    {
      key: 'guarantor',
      header: { 'zh-CN': '包保单位', en: 'Guarantor units' },
      synonyms: ['包联单位', '包抓单位'],
      width: 14,
    },
    { key: 'leader', header: { 'zh-CN': '责任领导', en: 'Responsible leader' }, width: 10 },
    {
      key: 'requirement',
      header: { 'zh-CN': '整改要求', en: 'Measure demanded' },
      synonyms: ['整改措施', '整改建议'],
      width: 24,
    },
    {
      key: 'reportedAt',
      header: { 'zh-CN': '发现时间', en: 'Reported at' },
      synonyms: ['上报时间', '交办时间', '发现日期', '检查时间'],
      required: true,
      width: 18,
    },
    {
      key: 'reportedBy',
      header: { 'zh-CN': '上报人', en: 'Reported by' },
      synonyms: ['发现人', '检查人'],
      width: 10,
    },
    {
      key: 'deadline',
      header: { 'zh-CN': '整改时限', en: 'Deadline' },
      synonyms: ['完成时限', '整改期限', '时限'],
      width: 12,
    },
    {
      key: 'status',
      header: { 'zh-CN': '整改状态', en: 'Status' },
      synonyms: ['状态', '进展情况', '整改情况'],
      required: true,
      width: 12,
    },
    { key: 'closedAt', header: { 'zh-CN': '销号时间', en: 'Closed at' }, synonyms: ['销号日期'], width: 18 },
    { key: 'rectifiedBy', header: { 'zh-CN': '整改人', en: 'Rectified by' }, width: 10 },
    {
      key: 'reviewer',
      header: { 'zh-CN': '核查人', en: 'Reviewer' },
      synonyms: ['复查人', '验收人'],
      width: 10,
    },
    { key: 'returned', header: { 'zh-CN': '退回次数', en: 'Times returned' }, width: 8 },
    {
      key: 'repeat',
      header: { 'zh-CN': '回潮次数', en: 'Times recurred' },
      synonyms: ['反弹次数'],
      width: 8,
    },
    {
      key: 'escalatedTo',
      header: { 'zh-CN': '上报去向', en: 'Escalated to' },
      synonyms: ['提请单位'],
      width: 14,
    },
    { key: 'observation', header: { 'zh-CN': '测评记录编号', en: 'Observation id' }, width: 12 },
    { key: 'evidence', header: { 'zh-CN': '佐证材料编号', en: 'Evidence ids' }, width: 14 },
  ],
});

/** Words a ledger writes in its 点位 column for a scope other than one site. */
export const SCOPE_WORDS = { jurisdiction: '全域', siteType: '点位类型', unit: '单位' } as const;

/** The statuses a ledger writes: the labels and the words offices also use. */
export const STATUS_CHOICES = {
  values: RECTIFICATION_STATUSES,
  labels: ENUM_LABELS.rectificationStatus,
  synonyms: {
    reported: ['待交办', '新发现', '上报'],
    assigned: ['交办', '已派单'],
    rectifying: ['正在整改', '未整改'],
    submitted: ['待核查', '待验收', '已提交'],
    returned: ['退回', '未通过'],
    closed: ['已整改', '已完成', '销号', '完成'],
    reopened: ['回潮', '反弹'],
    escalated: ['提请上级'],
  },
};
/** The special-rectification areas by their labels. */
export const AREA_CHOICES = { values: RECTIFICATION_AREAS, labels: ENUM_LABELS.rectificationArea };
/** The column each field of a rectification is read from. */
export const RECTIFICATION_FIELDS = {
  id: 'id',
  description: 'description',
  standardRef: 'standard',
  area: 'area',
  scope: 'place',
  leadUnitId: 'lead',
  supportingUnitIds: 'supporting',
  guarantorUnitIds: 'guarantor',
  responsibleLeaderId: 'leader',
  requirement: 'requirement',
  reportedAt: 'reportedAt',
  reportedBy: 'reportedBy',
  deadline: 'deadline',
  status: 'status',
  closedAt: 'closedAt',
  rectifiedById: 'rectifiedBy',
  reviewerId: 'reviewer',
  returnedCount: 'returned',
  repeatCount: 'repeat',
  escalatedTo: 'escalatedTo',
  observationId: 'observation',
  evidence: 'evidence',
} as const satisfies Readonly<Record<string, ColumnKey<typeof RECTIFICATION_TABLE>>>;
