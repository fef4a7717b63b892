// A campaign document dropped onto the page: validated and read in the browser, with no service behind it.
import { validateCampaign } from '@chuangwen/model';
import { type CampaignData, LoadError } from './campaign-data.js';

/** The issues shown when a file is refused, at most. */
const SHOWN_ISSUES = 5;

/** Reads a campaign document from a file's text: its own observations, ledger, survey returns and archive. */
export function loadFromFile(name: string, text: string): CampaignData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError(`${name} 不是有效的 JSON 文件`, `${name} is not a valid JSON file`);
  }
  const checked = validateCampaign(json);
  if (!checked.ok) {
    const issues = checked.issues.slice(0, SHOWN_ISSUES);
    throw new LoadError(
      `${name} 不是有效的创建工作文件：${issues.map((i) => `${i.pointer} ${i.message['zh-CN']}`).join('；')}`,
      `${name} is not a valid campaign document: ${issues.map((i) => `${i.pointer} ${i.message.en}`).join('; ')}`,
    );
  }
  const document = checked.value;
  return {
    origin: { kind: 'file', name },
    document,
    observations: document.observations,
    rectifications: document.rectifications,
    surveys: document.surveyResponses,
    documents: document.archive,
  };
}
