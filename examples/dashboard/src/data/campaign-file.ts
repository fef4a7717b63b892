// A campaign document dropped onto the page: validated and read in the browser, with no service behind it.
import { validateFramework } from '@chuangwen/checklists';
import { validateCampaign } from '@chuangwen/model';
import { type CampaignData, LoadError } from './campaign-data.js';
import { addEdition } from './editions.js';

/** The issues shown when a file is refused, at most. */
const SHOWN_ISSUES = 5;

/** Reads a campaign document from a file's text: its own observations, ledger, survey returns and archive. */
function loadFromFile(name: string, text: string): CampaignData {
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

const parse = (name: string, text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(`${name} 不是有效的 JSON 文件`, `${name} is not a valid JSON file`);
  }
};

/**
 * Reads the files dropped together: one campaign document, and the framework editions it is assessed against (a file
 * with `items` is a framework), so a campaign of another edition than the bundled sample shows as well.
 */
export function loadFromFiles(files: readonly { name: string; text: string }[]): CampaignData {
  const campaigns: { name: string; text: string }[] = [];
  for (const file of files) {
    const json = parse(file.name, file.text);
    if (json === null || typeof json !== 'object' || !('items' in json)) {
      campaigns.push(file);
      continue;
    }
    const framework = validateFramework(json);
    if (!framework.ok) {
      const issues = framework.issues.slice(0, SHOWN_ISSUES);
      throw new LoadError(
        `${file.name} 不是有效的测评体系：${issues.map((i) => `${i.pointer} ${i.message['zh-CN']}`).join('；')}`,
        `${file.name} is not a valid framework: ${issues.map((i) => `${i.pointer} ${i.message.en}`).join('; ')}`,
      );
    }
    addEdition(framework.value);
  }
  if (campaigns.length !== 1)
    throw new LoadError(
      `请拖入一个创建工作文件（可同时拖入它的测评体系文件）；这次有 ${campaigns.length} 个`,
      `drop one campaign file (with its framework files, if any); this time there were ${campaigns.length}`,
    );
  return loadFromFile(campaigns[0]!.name, campaigns[0]!.text);
}
