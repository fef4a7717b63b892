import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './messages.en.js';

const names = (list: readonly { 'zh-CN': string }[]) => list.map((t) => t['zh-CN']).join('、');

/** The workbook messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  person: () => '人员',
  unit: () => '单位',
  site: () => '点位',
  siteType: () => '点位类型',
  standard: () => '测评标准',
  area: () => '专项领域',
  status: () => '整改状态',
  step: () => '环节',
  satisfaction: () => '满意度',
  requestType: () => '诉求类型',
  caseKind: () => '案件类型',
  timeReported: () => '发现时间',
  timeClosed: () => '销号时间',
  mergedRange: () => '合并单元格',
  namedRange: (p) => `名称"${p.name}"的区域`,
  leader: () => '责任领导',
  responsibleUnit: () => '责任单位',
  frequency: () => '频次',
  selection: () => '点位性质',
  datum: () => '坐标系',
  notXlsx: () =>
    '文件不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开后"另存为" Excel 工作簿（*.xlsx）再导入',
  damaged: () => '工作簿文件已损坏，无法读取；请在 Excel 或 WPS 中打开并重新保存',
  damagedOrUnsupported: () =>
    '工作簿文件已损坏或格式不受支持，无法读取；请在 Excel 或 WPS 中打开并重新保存为 .xlsx',
  packageEncrypted: () => '工作簿压缩包设置了密码，无法读取；请取消密码后另存为 .xlsx 再导入',
  passwordProtected: () => '工作簿设置了打开密码（已加密），无法读取；请取消密码后另存为 .xlsx 再导入',
  legacyXls: () => '这是旧版 Excel 97-2003 工作簿（.xls）；请在 Excel 或 WPS 中另存为 .xlsx 再导入',
  fileTooLarge: (p) => `文件大小 ${p.megabytes} MB，超过上限 ${p.limit} MB；请按单位或月份拆分后分别导入`,
  tooManyParts: (p) => `工作簿压缩包有超过 ${p.limit} 个部件，不是正常的工作簿`,
  tooManySheets: (p) => `工作簿有 ${p.sheets} 个工作表，超过上限 ${p.limit} 个`,
  inflatesTooLarge: (p) =>
    `工作簿解压后${p.megabytes === undefined ? '' : `（${p.megabytes} MB）`}超过 ${p.limit} MB，可能已损坏或不是正常的台账文件`,
  tooManyRows: (p) => `工作表有 ${p.rows} 行，超过上限 ${p.limit} 行；请拆分后分别导入`,
  tooManyMerges: (p) => `工作表有 ${p.merges} 处合并单元格，超过上限 ${p.limit} 处`,
  rangeTooLarge: (p) => `${p.what['zh-CN']} ${p.ref} 覆盖 ${p.cells} 个单元格，超过上限 ${p.limit} 个`,
  tooManyCells: (p) => `工作簿共有 ${p.cells} 个单元格（含合并区域与名称区域），超过上限 ${p.limit} 个`,
  tooManyStrings: (p) => `工作簿的共享文本表超过 ${p.limit} 段文本，可能已损坏或不是正常的台账文件`,
  tooManyStyles: (p) =>
    `工作簿定义的单元格格式、字体、填充和边框超过 ${p.limit} 个，可能已损坏或不是正常的台账文件`,
  tooManyRuns: (p) => `工作簿的共享文本表超过 ${p.limit} 段格式文本，可能已损坏或不是正常的台账文件`,
  textTooLong: (p) =>
    `${p.part} 中有一段文本（或标签、注释、CDATA 段）远超任何单元格所能容纳的长度，可能已损坏或不是正常的台账文件`,
  tooManyColumns: (p) => `工作表超过 ${p.limit} 列，超出部分未读取`,
  noSheet: (p) => `工作簿中没有名为"${p.sheet}"的工作表；现有：${p.sheets.join('、')}`,
  noTable: (p) => `没有找到${p.table['zh-CN']}的表头（应含：${names(p.headers)}）`,
  noTicketTable: () =>
    '没有找到 12345 工单表或数字城管案件表的表头（应含：工单编号、受理时间、诉求类型、诉求内容，或案卷号、上报时间、案件类型、大类、问题描述）',
  missingColumn: (p) =>
    `表头中没有"${p.header['zh-CN']}"列${p.synonyms.length > 0 ? `（也可写作：${p.synonyms.join('、')}）` : ''}`,
  formulaWithoutResult: (p) =>
    `单元格只有公式 ${p.formula}，没有保存计算结果；请在 Excel 或 WPS 中打开、重新计算并保存，或改为填写数值`,
  cellError: (p) => `单元格是错误值 ${p.error}`,
  cellTooLong: (p) => `单元格文字过长（"${p.start}…"）`,
  mergedAcross: (p) =>
    p.headers.length > 1
      ? `（${p.ref} 是跨${p.headers.map((h) => `"${h}"`).join('')}的合并单元格，同一内容填入了每一列；请取消合并后分列填写）`
      : `（${p.ref} 是跨列合并的单元格；请取消合并后分列填写）`,
  duplicateId: (p) => `编号"${p.id}"与第 ${p.row} 行重复`,
  notAChoice: (p) => `${p.what['zh-CN']}"${p.text}"无法识别，可选：${names(p.choices)}`,
  ambiguousName: (p) => `${p.what['zh-CN']}"${p.written}"可指多个：${p.candidates.join('、')}；请写全称`,
  unknownName: (p) => `${p.what['zh-CN']}"${p.written}"不在名单中${p.hint ? `，是否为"${p.hint}"？` : ''}`,
  oneNameOnly: () => '只能填一个',
  oneStandardOnly: () => '只能填一条测评标准',
  unknownMethod: (p) => `测评方法"${p.text}"无法识别`,
  unknownStandardKind: (p) => `标准类型"${p.text}"无法识别`,
  unknownRule: (p) =>
    `计分规则"${p.text}"无法识别，例如"状态描述法""数量达标：要求5，每少1扣0.4""问卷合格线：85%"`,
  unknownMaterial: (p) => `材料要求"${p.text}"中找不到材料类别（可用：${names(p.categories)}）`,
  missingTier: () => '缺少测评项目或测评内容',
  unknownGroup: (p) => `组别"${p.text}"无法识别，可选：${names(p.groups)}`,
  missingEditionDetail: (p) =>
    `没有写明测评体系的${p.group ? '组别' : '年份'}：请在表头上方写"组别：地级市　年份：2026"（模板第 2 行有这两栏；组别可选：${names(p.groups)}），或写在标题中（如"……测评体系（2026年版）——地级市"），或导入时给出`,
  notADateTime: (p) => `${p.what['zh-CN']}"${p.text}"无法识别；请写成 2026-03-02 09:30 或日期格式`,
  deadlineNotDate: (p) => `整改时限"${p.text}"不是日期；请写成 2026-04-10 或 2026年4月10日`,
  timeNotRecognized: () => '时间无法识别；请写成 2026-03-02 09:30 或日期格式',
  timeLimitNotRecognized: (p) =>
    `时限"${p.text}"无法识别；请写成"3个工作日""24小时""2个工作小时"或"10个自然日"`,
  extensionNotDate: () => '延期日期不是日期',
  verificationNotRecognized: (p) => `核查结果"${p.text}"无法识别，可选：通过、不通过`,
  noSuchStep: (p) =>
    `${p.platform === 'hotline' ? '12345 工单' : '数字城管案件'}没有这个环节；可用：${names(p.steps)}`,
  categoryNotInTable: (p) => `诉求分类"${p.category}"不在分类表"${p.table}"中`,
  deadlineNeedsYear: () => '完成时限没有写年份；请写全日期（如 2026年6月30日前），或导入时指定年份',
  deadlineNotRecognized: (p) =>
    `完成时限"${p.text}"无法识别；可写日期（2026年6月30日前、6月底前）或"长期坚持""常态化"`,
  oneResponsibleUnit: () => '一个点位只填一个责任单位',
  oneUnitOnly: () => '只能填一个单位',
  roundWithoutDate: (p) => `没有测评日期：请在表头上方写"${p.label}：2026-05-20"，或导入时给出`,
  unknownRankingGroup: (p) => `组别"${p.text}"无法识别；请在导入时给出组别与编号的对应`,
  notANumber: () => '不是数字',
  neitherScoreNorRank: () => '既没有得分也没有排名',
  roundIncomplete: () => '测评轮次信息不完整（编号、周期如 2026-Q2、测评日期）',
  unknownKind: (p) =>
    `未知的${{ import: '表格', export: '导出', template: '模板' }[p.use]}类型"${p.name.length > 40 ? `${p.name.slice(0, 40)}…` : p.name}"，可用：${p.kinds.join('、')}`,
  historyUnknownTicket: (p) => `流转记录的编号"${p.number}"不在工单表或案件表中`,
};
