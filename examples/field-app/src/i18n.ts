// The app's own words in both languages, and the current language: Chinese by default, English by the switch. Domain
// terms (outcomes, statuses, site types, reasons) come from the library's labels; the language is kept on the device.
import { type BilingualText, type Locale, type LocalizedText, localize } from '@chuangwen/model';
import { ref, watch } from 'vue';

const KEPT = 'chuangwen-field-locale';

/** The app's language. */
export const locale = ref<Locale>(localStorage.getItem(KEPT) === 'en' ? 'en' : 'zh-CN');
watch(
  locale,
  (l) => {
    localStorage.setItem(KEPT, l);
    document.documentElement.lang = l;
  },
  { immediate: true },
);

const UI = {
  appTitle: ['实地督查', 'Inspection'],
  colon: ['：', ': '],
  switchLanguage: ['EN', '中'],
  switchLanguageLabel: ['Switch to English', '切换为中文'],
  signIn: ['选择身份登录', 'Sign in as'],
  signInNote: [
    '演示：身份由网关按所选人员设置，真实部署中来自统一身份认证。',
    'Sample: the gateway sets the identity of the person chosen; a deployment takes it from its single sign-on.',
  ],
  signOut: ['退出', 'Sign out'],
  online: ['在线', 'Online'],
  offline: [
    '离线：记录将保存在本机，联网后自动发送',
    'Offline: records stay on this phone and are sent when back online',
  ],
  route: ['今日路线', "Today's route"],
  queue: ['待发送', 'Outbox'],
  problems: ['本单位问题', 'Our problems'],
  review: ['待复核', 'To review'],
  routeFrom: ['来源', 'From'],
  fromSchedule: ['复查计划', 'Re-inspection schedule'],
  fromSampling: ['抽样计划', 'Sampling plan'],
  noRoute: ['今天没有需要督查的点位', 'No site to inspect today'],
  due: ['项待查', 'items due'],
  distance: ['距离', 'Distance'],
  metres: ['米', 'm'],
  recheckBy: ['最迟复查', 'Re-check by'],
  dueBadge: ['到期待查', 'Due'],
  checklist: ['检查清单', 'Checklist'],
  pass: ['合格', 'Pass'],
  fail: ['不合格', 'Fail'],
  notAssessable: ['无法测评', 'Not assessable'],
  reason: ['原因', 'Reason'],
  note: ['说明', 'Note'],
  violations: ['问题数', 'Problems found'],
  takePhoto: ['拍照', 'Take photo'],
  fromAlbum: ['相册', 'Album'],
  photoChecking: ['正在处理照片…', 'Processing the photo…'],
  photoUnreadable: [
    '无法作为照片读取（不是图片、本浏览器不支持该格式或文件已损坏），请用相机重拍',
    'This file cannot be read as a photo (not an image, a format this browser cannot open, or damaged): take it again with the camera',
  ],
  clockWrong: [
    '本机时钟与服务时间相差超过一年，照片无法作为证据：请在手机设置中校正日期和时间后再拍',
    "This phone's clock is more than a year off the service's, so no photo can be evidence: set the date and time right in the phone's settings, then take it",
  ],
  notSaved: [
    '未能保存到本机（存储空间可能已满）：请清理空间后再保存，已填写的内容仍在',
    'It could not be kept on this device (its storage may be full): free some space and save again; what you entered is still here',
  ],
  photoOk: ['照片已通过来源核验', 'The photo passes the provenance checks'],
  photoRefused: ['照片未通过来源核验', 'The photo fails the provenance checks'],
  whatToDo: ['怎么办', 'What to do'],
  retakeHere: [
    '请在点位现场用相机重新拍摄；确实无法拍摄时可选"无法测评"并说明原因。',
    'Take it again with the camera at the site; if that cannot be done, choose "Not assessable" and say why.',
  ],
  removePhoto: ['删除照片', 'Remove photo'],
  save: ['保存到待发送', 'Save to outbox'],
  saved: ['已保存，将自动发送', 'Saved; it will be sent automatically'],
  needOutcome: ['请选择检查结果', 'Choose an outcome'],
  needPhoto: ['合格或不合格须附至少一张现场照片', 'A pass or a fail needs at least one photo taken on site'],
  location: ['定位', 'Position'],
  noLocation: ['未取得定位：请允许定位后重拍', 'No position: allow location and take the photo again'],
  accuracy: ['精度', 'accuracy'],
  sendNow: ['立即发送', 'Send now'],
  sending: ['正在发送…', 'Sending…'],
  pending: ['待发送', 'Waiting'],
  sent: ['已发送', 'Sent'],
  conflict: ['需处理', 'Needs you'],
  nothingQueued: ['没有待发送的记录', 'Nothing waiting to be sent'],
  discard: ['放弃此条', 'Discard'],
  retry: ['重试', 'Retry'],
  lastSync: ['上次同步', 'Last synced'],
  never: ['从未', 'never'],
  refresh: ['刷新数据', 'Refresh'],
  deadline: ['整改期限', 'Deadline'],
  daysLeft: ['剩余', 'Left'],
  workingDays: ['个工作日', 'working days'],
  calendarDays: ['天（未载入节假日日历，按自然日）', 'days (no holiday calendar loaded: calendar days)'],
  overdueBy: ['已超期', 'Overdue by'],
  loadCalendar: ['载入节假日日历', 'Load a holiday calendar'],
  noCalendar: ['未载入节假日日历，按自然日计', 'No holiday calendar: calendar days'],
  calendarLoaded: ['已载入日历', 'Calendar loaded'],
  before: ['整改前', 'Before'],
  after: ['整改后', 'After'],
  takeAfter: ['拍整改后照片', 'Take the after photo'],
  submitFix: ['提交整改', 'Submit the fix'],
  noProblems: ['本单位没有待整改的问题', 'Your unit has no open problem'],
  accept: ['通过并销号', 'Accept and close'],
  sendBack: ['退回重改', 'Send back'],
  sendBackReason: ['退回理由', 'Why it goes back'],
  nothingToReview: ['没有待复核的整改', 'Nothing to review'],
  requirement: ['整改要求', 'Required'],
  site: ['点位', 'Site'],
  back: ['返回', 'Back'],
  loading: ['正在读取…', 'Loading…'],
  cachedData: ['离线数据，截至', 'Offline data as of'],
  noData: ['尚无数据：请联网后打开一次', 'No data yet: open the app once with a network'],
  problemFound: ['发现问题，已同时上报整改', 'Problem found; it is reported for rectification too'],
  itemsQueued: ['条待发送', 'waiting'],
  done: ['已查', 'Checked'],
} as const satisfies Record<string, readonly [string, string]>;

/** The name of one of the app's own texts. */
export type UiKey = keyof typeof UI;

/** One of the app's own texts, in the current language. */
export function t(key: UiKey): string {
  return UI[key][locale.value === 'en' ? 1 : 0];
}

/** A library text (bilingual or localized), in the current language. */
export function tx(text: BilingualText | LocalizedText | string): string {
  return typeof text === 'string' ? text : localize(text, locale.value);
}
