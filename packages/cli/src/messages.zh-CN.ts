import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './messages.en.js';

const notMerged = (rows: number) => (rows > 0 ? `；另有 ${rows} 行有问题，未合并` : '');

/** The command's messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  noSuchOption: (p) => `没有"${p.option}"这个选项`,
  optionNeedsValue: (p) => `选项"${p.option}"后面要写一个值`,
  optionTakesNoValue: (p) => `选项"${p.option}"不带值`,
  unreadableCommandLine: (p) => `命令行无法识别：${p.said}`,
  badArguments: (p) => `参数有误：${p.problem['zh-CN']}；用 chuangwen --help 查看全部选项`,
  missingArguments: (p) => `缺少参数。\n${p.help['zh-CN']}`,
  unknownCommand: (p) => `未知命令"${p.command}"\n${p.help['zh-CN']}`,
  internalError: (p) => `内部错误：${p.said}`,
  langUnknown: (p) => `--lang 应为 zh-CN 或 en，而不是 ${p.lang}`,
  asOfNotDate: (p) =>
    `--as-of 应为 2000 至 2100 年间的日期（2026-06-30）或带时区的时刻（2026-06-30T18:00:00+08:00）：${p.asOf}`,
  yearNotYear: (p) => `--year 不是年份：${p.year}`,
  groupUnknown: (p) => `--group 的值"${p.group}"无法识别，可写：${p.names.join('、')}`,
  levelUnknown: (p) => `--level 的值"${p.level}"无法识别，可选：${p.names.join('、')}`,
  note: (p) => `提示：${p.note['zh-CN']}`,
  cannotRead: (p) => `无法读取文件 ${p.path}（${p.reason}）`,
  notJson: (p) => `${p.path} 无法按 JSON 读取`,
  notAFile: (p) => `${p.path} 不是文件（是文件夹、设备或管道）`,
  inputTooLarge: (p) => `${p.path} 有 ${p.megabytes} MB，超过上限 ${p.limit} MB`,
  cannotWrite: (p) => `无法写入 ${p.path}（${p.reason}）`,
  fileInUse: (p) =>
    `无法写入 ${p.path}：该文件正被其他程序打开（Excel 或 WPS？），请在那里关闭后重新运行命令`,
  workbookUnreadable: () => '无法读取工作簿',
  workbookFileUnreadable: (p) => `无法读取工作簿 ${p.path}`,
  frameworkProblems: (p) => `测评体系 ${p.path} 有误`,
  notCampaign: (p) => `${p.path} 不是有效的创建工作文件`,
  mergedInvalid: (p) => `合并后的创建工作文件有误，${p.path} 未改动`,
  recordsInvalid: (p) =>
    `创建工作文件中的记录有误：${p.issues.map((i) => `${i.pointer} ${i.message['zh-CN']}`).join('；')}`,
  needsCampaignToCheck: (p) => `这是一份${p.kind['zh-CN']}；请用 --campaign 指定创建工作文件以核对单位名称`,
  needsCampaign: () =>
    '此类表格需要用 --campaign 指定创建工作文件（用于匹配单位、人员、点位），或用 --into 合并到其中',
  unknownTable: () =>
    '没有认出这是哪一种表格（测评体系、任务分解表、点位台账、问题整改台账、测评结果、工单导出）',
  boardNeedsFramework: () =>
    '导出达标情况汇总表需要测评体系：用 --framework 指定，或先用 import framework --into 合并到创建工作文件',
  importing: () => '导入中',
  exporting: () => '导出中',
  noCampaignFile: (p) => `没有 ${p.path}；先用 chuangwen init ${p.path} 生成创建工作文件`,
  targetExists: (p) => `${p.path} 已存在；要重新生成请加 --force（原文件会被替换）`,
  outputIsInput: (p) => `${p.path} 是本命令读取的文件；请写到另一个文件`,
  frameworkOverCampaign: (p) => `按测评体系的编号写出会覆盖创建工作文件 ${p.path}；请用 -o 指定另一个文件`,
  sampleStreet: () => '这是虚构的示例街道（云溪街道），供练习和演示；正式工作请用本单位的工作簿生成',
  nameMissing: (p) => `请用 --name 写明创建主体，如 --name ${p.example}（工作簿标题中没有读到）`,
  nothingReadable: (p) => `${p.kind['zh-CN']}无法读取，未合并任何内容，${p.path} 未改动`,
  strictRefused: (p) => `${p.kind['zh-CN']}有问题，按 --strict 未合并，${p.path} 未改动`,
  kindMerged: (p) =>
    `已合并到 ${p.path}：${p.kind['zh-CN']}新增 ${p.added} 条、更新 ${p.changed} 条、未变 ${p.unchanged} 条${notMerged(p.refusedRows)}`,
  frameworkMerged: (p) =>
    `已合并到 ${p.path}：测评体系"${p.name}"（${p.standards} 条测评标准，新增 ${p.added} 条）作为主测评体系，已写入 ${p.written}`,
  ticketsMerged: (p) =>
    `已合并到 ${p.path}：12345 工单 ${p.hotline} 件、数字城管案件 ${p.urbanCases} 件，问题台账新增 ${p.added} 条、更新 ${p.changed} 条、未变 ${p.unchanged} 条；作废或未立案 ${p.skipped} 件未计入，重复出现 ${p.repeated} 件已合并${notMerged(p.refusedRows)}`,
  placeInList: (p) =>
    `${p.list['zh-CN']}第 ${p.index + 1} 条${p.id === undefined ? '' : `（${p.id}）`}${p.field ? `的${p.field['zh-CN']}` : ''}`,
  writtenInvalid: () => '生成的创建工作文件有误',
  placeholderPeople: () =>
    '领导小组组长、创建办主任是待填写的占位人员：请在文件中改为实际人员，或用 --leader、--director 重新生成',
  unitKindsGuessed: () =>
    '单位的类型按名称推断（如"社区"为社区、"局""办"为部门），上下级关系未填：请在文件中核对单位名单',
  initSummary: (p) => `单位 ${p.units} 个、人员 ${p.people} 名`,
  calendarProblems: (p) => `工作日日历 ${p.path} 有误`,
  deadlinesUnknown: (p) => `${p.count} 项问题的期限暂无法计算，已保存时限规则和起算时间：${p.first['zh-CN']}`,
  noCalendar: () =>
    '创建工作文件没有工作日日历，按工作日计算的期限暂未算出；用 --calendar 指定日历（holiday-cn 文件或其文件夹）',
};
