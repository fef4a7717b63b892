// Reading a campaign document a client posts: parsed and validated off the event loop (see off-loop.ts), refused early
// by the size of each kind of record, and validated only until a bounded number of problems is found.
import {
  type Campaign,
  type IssueCode,
  JSON_TEXT_LIMITS,
  type JsonTextLimits,
  parseJsonText,
  type ValidationIssue,
  validateCampaign,
} from '@chuangwen/model';

/**
 * The shape of a posted document's text: a district's document of 8 MiB holds a few hundred thousand values (JSON
 * spends tens of bytes on each); a million bounds what parsing and reading it may cost whatever the text holds.
 */
const DOCUMENT_TEXT_LIMITS: Readonly<JsonTextLimits> = Object.freeze({
  ...JSON_TEXT_LIMITS,
  maxValues: 1_000_000,
});

/** The most issues a refusal lists: validation stops there. */
const MAX_ISSUES = 100;

/** The most records of each kind a campaign document may hold: a whole district fits with room to spare. */
export const RECORD_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  units: 20_000,
  sites: 100_000,
  tasks: 20_000,
  observations: 200_000,
  rectifications: 100_000,
  meetings: 20_000,
  archive: 100_000,
  surveyResponses: 200_000,
  appraisals: 20_000,
  assessmentRounds: 1_000,
  appraisalOutcomes: 20_000,
  timeline: 100,
  budget: 10_000,
  cadence: 100,
  frameworks: 10,
  standards: 20_000,
});

/** What reading a posted document gives: the campaign, or why not (the first problems, located, and how many more). */
export type Intake =
  | { ok: true; campaign: Campaign }
  | { ok: false; status: 400 | 413; issues: ValidationIssue[]; more: boolean };

const issue = (path: (string | number)[], code: IssueCode, zh: string, en: string): ValidationIssue => ({
  path,
  pointer: `/${path.join('/')}`,
  code,
  message: { 'zh-CN': zh, en },
});

/**
 * Reads a posted campaign document: JSON parsed, each kind of record counted against its limit before any schema walks
 * it, then validated against the standard codes of the editions it names, stopping after `MAX_ISSUES` problems.
 */
export function readCampaignDocument(
  text: string,
  standardCodes: (editionId: string) => readonly string[] | undefined,
): Intake {
  // The text's shape is bounded (depth, keys per object, string length) before JSON.parse builds anything.
  const read = parseJsonText(text, DOCUMENT_TEXT_LIMITS);
  if (!read.ok) return { ok: false, status: 400, more: false, issues: read.issues };
  const body = read.value;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const over = Object.entries(RECORD_LIMITS).flatMap(([key, limit]) => {
      const list = record[key];
      return Array.isArray(list) && list.length > limit
        ? [
            issue(
              [key],
              'too_big',
              `${key} 有 ${list.length} 项，每份创建工作文件最多 ${limit} 项`,
              `${key} holds ${list.length} records; a campaign document holds at most ${limit}`,
            ),
          ]
        : [];
    });
    if (over.length > 0) return { ok: false, status: 413, issues: over, more: false };
  }
  const frameworks = (body as { frameworks?: { editionId?: unknown; role?: unknown }[] } | null)?.frameworks;
  const main = Array.isArray(frameworks) ? frameworks.find((f) => f?.role === 'main') : undefined;
  const codes = typeof main?.editionId === 'string' ? standardCodes(main.editionId) : undefined;
  const result = validateCampaign(body, {
    ...(codes ? { standardCodes: [...codes] } : {}),
    maxIssues: MAX_ISSUES,
  });
  return result.ok
    ? { ok: true, campaign: result.value }
    : { ok: false, status: 400, issues: result.issues, more: result.more === true };
}
