import { label } from '@chuangwen/model';
import type { Catalogue } from '@chuangwen/model/internal';
import { stateLabel } from './campaign-states.js';
import type { en } from './decide-messages.en.js';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import { ROLE_LABELS, type Role } from './roles.js';

const as = (role: Role) => ROLE_LABELS[role]['zh-CN'];
const allowed = (roles: readonly Role[], none = '无') => roles.map(as).join('、') || none;

/** The refusals and the problems an event is judged by, in Chinese: every message of the English catalogue. */
export const zhCN: Catalogue<typeof en> = {
  rectificationExists: (p) => `整改编号 ${p.id} 已存在`,
  rectificationMissing: (p) => `整改 ${p.id} 不存在：先以"上报问题"（rectification.reported）登记`,
  closureNeedsReview: () => '销号需要整改材料，且复核人不能是整改人本人',
  mergedInto: (p) => `整改 ${p.id} 已并入 ${p.into}（并单），请在 ${p.into} 上办理`,
  notParked: (p) => `整改 ${p.id} 未挂账，无需恢复办理`,
  parked: (p) => `整改 ${p.id} 已挂账，先恢复办理（rectification.resumed）`,
  alreadyParked: (p) => `整改 ${p.id} 已挂账`,
  notInStatus: (p) =>
    `整改 ${p.id} 处于"${label(p.status, 'zh-CN')}"状态，不能${EVENT_TYPE_LABELS[p.type]['zh-CN']}`,
  unitNotRegistered: (p) =>
    `单位 ${p.unitId} 尚未登记为牵头或责任单位：先发送"登记责任单位"（unit.registered），或在任务分解中列出该单位`,
  meetingRecorded: (p) => `会议 ${p.meetingId} 已记录过`,
  notInPhase: (p) => `当前阶段（${stateLabel(p.state)['zh-CN']}）不能${EVENT_TYPE_LABELS[p.type]['zh-CN']}`,
  roleMayNot: (p) =>
    `${as(p.role)}无权"${EVENT_TYPE_LABELS[p.type]['zh-CN']}"，可操作者：${allowed(p.allowed)}`,
  mayNotBackfill: (p) => `${as(p.role)}无权补录纸质记录，可补录者：${allowed(p.allowed)}`,
  mayNotAcceptPhotos: (p) => `${as(p.role)}无权采信未通过来源核验的照片，可采信者：${allowed(p.allowed)}`,
  actsForNoUnit: (p) => `${as(p.role)}该人员未注明所代表的单位`,
  ownUnitOnly: (p) => `${as(p.role)}只能办理本单位的事项`,
  selfChecksOnly: (p) => `${as(p.role)}只能记录和更正本单位的自查记录`,
  whereAssigned: (p) => `${as(p.role)}只能在分派的点位或单位办理`,
  foreignInspector: (p) => `${as(p.role)}只能以本人名义记录检查结果，不能以 ${p.inspectorId} 的名义记录`,
  notInspectionSource: (p) =>
    `${as(p.role)}只能记录本人督查、暗访或模拟测评发现的情况，不能记录"${label(p.source, 'zh-CN')}"`,
  documentForUnitElsewhere: (p) =>
    `${as(p.role)}不能以单位 ${p.unitId} 的名义归档材料：请不填单位，或填写其点位或分派范围内的单位`,
  attributedElsewhere: (p) => `${as(p.role)}不能把问题归到单位 ${p.unitId}：只能归到点位所属单位或分派的单位`,
  notOnRoster: (p) => `人员 ${p.personId} 不在本次创建工作的人员名单中`,
  roleRostered: (p) => `"${as(p.role)}"的成员由创建工作确定，${p.personId} 不在其中`,
  rosterRoles: (p) => `${p.personId} 在创建工作中的角色是${p.roles.map(as).join('、')}，不是${as(p.role)}`,
  rosterUnit: (p) => `${p.personId} 属于单位 ${p.unitId}，不能代表单位 ${p.actsFor}`,
  reason: (p) =>
    `${p.what['zh-CN']}：${p.first['zh-CN']}${p.count > 1 ? `（共 ${p.count} 处，其余见 issues）` : ''}`,
  malformedEvent: (p) =>
    `事件格式有误，共 ${p.count} 处。第 1 处（"${p.path}"）：${p.first['zh-CN']}${p.count > 1 ? '（其余见 issues）' : ''}`,
  eventInvalid: (p) => `${EVENT_TYPE_LABELS[p.type]['zh-CN']}有误`,
  photosUnproven: (p) => `佐证照片未通过来源核验（可由${allowed(p.allowed, '无人')}说明理由后采信）`,
  actorInvalid: () => '创建人无效',
  deadlineOrTimeLimit: () =>
    '交办须写明整改期限：日期（deadline）或时限（timeLimit，如 { workingDays: 3 }），二者只写其一',
  externalNumberWithoutChannel: () => '写明外部编号时须写明问题来源渠道（channel）',
  stringTooLong: (p) => `文字过长（${p.length} 个字符）`,
  eventTooLarge: () => '事件内容过大',
  tooManyItems: () => '事件包含的项过多',
  notFinite: () => '数值无效',
  notJson: (p) => `不是 JSON 数据（${p.found}）`,
  nestedTooDeep: (p) => `嵌套超过 ${p.maxDepth} 层`,
  refersToItself: () => '数据存在循环引用',
  listTooLong: () => '列表过长',
  protoKey: () => '不允许使用字段名 "__proto__"',
  inputUnreadable: () => '输入数据无法读取',
  datedAfterReceipt: (p) =>
    `事件时间 ${p.at} 晚于接收时间 ${p.receivedAt} 超过 ${p.minutes} 分钟：请核对发送设备的时钟`,
  seenAfterReceipt: (p) =>
    `发现或作答时间 ${p.when} 晚于接收时间 ${p.receivedAt} 超过 ${p.minutes} 分钟：请核对设备的时钟`,
  datedBeforeStream: (p) =>
    `事件时间 ${p.at} 早于本记录流上一事件（${p.last}）：补录纸质记录请注明 backfill 及理由`,
  unknownStandard: (p) => `测评标准 "${p.standardRef}" 不存在`,
  unknownSite: (p) => `点位 "${p.siteId}" 不存在`,
  unknownUnit: (p) => `单位 "${p.unitId}" 不存在`,
  unitNotInCampaign: (p) => `单位 "${p.unitId}" 不在本次创建工作的配置中：先以"新增单位"（unit.added）加入`,
  meetingTwice: (p) => `会议 "${p.meetingId}" 已记录过`,
  noOverride: (p) => `测评标准 "${p.standardRef}" 没有认定的类别可撤销`,
  siteExists: (p) => `点位 "${p.siteId}" 已存在`,
  unitExists: (p) => `单位 "${p.unitId}" 已存在`,
  unitIntoItself: () => '不能把单位并入其自身或其下属单位',
  observationExists: (p) => `测评记录 "${p.id}" 已存在，更正请另立新记录`,
  correctedNotInForce: (p) => `被更正的测评记录 "${p.id}" 不存在或已失效`,
  correctionMoves: () => '更正须针对同一测评标准和同一点位（范围）；改到别处请撤回后另行记录',
  observationNotInForce: (p) => `测评记录 "${p.id}" 不存在或已失效`,
  documentStandards: (p) => `一份材料最多对应 ${p.max} 条不重复的测评标准`,
  documentExists: (p) => `佐证材料 "${p.id}" 已存在`,
  documentNotFiled: (p) => `佐证材料 "${p.id}" 不存在或已撤回`,
  surveyExists: (p) => `问卷 "${p.id}" 已存在`,
  evidenceUnknown: (p) => `佐证 "${p.id}" 未归档`,
  documentWithdrawn: (p) => `佐证材料 "${p.id}" 已撤回`,
  recordNotInForce: (p) => `测评记录 "${p.id}" 已失效`,
  documentOfNoUnit: (p) =>
    `佐证材料 "${p.id}" 未注明所属单位：责任单位提交整改时只能引用以本单位名义归档的材料`,
  documentOfOtherUnit: (p) => `佐证材料 "${p.id}" 属于单位 ${p.unitId}，不是该问题的责任单位`,
  recordElsewhere: (p) => `测评记录 "${p.id}" 不是在该问题的点位（范围）作出的`,
  evidenceNotFiled: (p) => `佐证 "${p.id}" 未归档或已撤回：须先上传并归档，来源核验后才能作为依据`,
  provenanceHash: () => '文件摘要与拍摄时记录的不同：文件在拍摄后被替换或修改',
  capturedAfterReceipt: (p) => `拍摄时间 ${p.capturedAt} 晚于接收时间 ${p.receivedAt}：请核对设备时钟`,
  deadlineUnknown: (p) => `${p.why['zh-CN']}。可改为直接写明截止日期（deadline），或在日历更新后再交办`,
  externalId: (p) =>
    `${p.channel === 'hotline' ? '热线工单' : '数字城管案件'} ${p.number} 的整改编号应为 "${p.id}"，再次导入同一工单时才能识别为同一问题`,
  problemIntoItself: () => '问题不能并入其自身',
  noRectification: (p) => `整改 ${p.id} 不存在`,
  mergedAway: (p) => `整改 ${p.id} 已并入 ${p.into}，请并入 ${p.into}`,
};
