import type { z } from 'zod';
import { boundedParse } from './bounded-parse.js';
import { type Campaign, CampaignSchema } from './campaign.js';
import { readPlain } from './forbidden-keys.js';
import { checkCampaignIntegrity, type IntegrityOptions } from './integrity.js';
import {
  type CustomIssueMessages,
  issueAt,
  toValidationIssues,
  type ValidationIssue,
  type ValidationResult,
} from './issues.js';
import { migrateCampaign } from './migrations.js';

/** Options for validating data with a schema. */
export interface ValidateWithSchemaOptions<T> {
  /** Messages for the custom issue codes the schema raises. */
  messages?: CustomIssueMessages;
  /** Checks to run on the parsed value; their issues make the result fail. */
  check?: (value: T) => ValidationIssue[];
  /** Brings the input to the shape the schema reads (a migration of an older version) before it is parsed. */
  prepare?: (input: unknown) => unknown;
  /**
   * Stop after this many issues: long lists are then validated a slice at a time, so a document with a million bad rows
   * costs what its first bad rows cost. The result says `more` when it stopped there. By default every issue is found.
   */
  maxIssues?: number;
}

/**
 * Validates untrusted data with any zod schema and reports located, bilingual issues. It never throws: input that
 * cannot even be read (a throwing getter, a revoked proxy) is reported as `unreadable_input`.
 */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ValidateWithSchemaOptions<z.output<S>> = {},
): ValidationResult<z.output<S>> {
  try {
    // Read once into a plain copy: hostile data (polluting keys, deep nesting, getters, proxies) is refused before any
    // schema walks it, so the cost stays linear, and nothing the caller holds is read twice.
    const read = readPlain(input);
    if (!read.ok) return { ok: false, issues: read.issues };
    const prepared = options.prepare ? options.prepare(read.value) : read.value;
    if (options.maxIssues !== undefined) {
      const bounded = boundedParse(schema, prepared, Math.max(1, options.maxIssues), options.messages);
      if (!bounded.ok) return { ok: false, issues: bounded.issues, ...(bounded.more ? { more: true } : {}) };
      const issues = options.check ? options.check(bounded.value as z.output<S>) : [];
      if (issues.length > options.maxIssues)
        return { ok: false, issues: issues.slice(0, options.maxIssues), more: true };
      return issues.length > 0 ? { ok: false, issues } : { ok: true, value: bounded.value as z.output<S> };
    }
    const parsed = schema.safeParse(prepared, { reportInput: true });
    if (!parsed.success)
      return {
        ok: false,
        issues: toValidationIssues(parsed.error, options.messages, { schema, input: prepared }),
      };
    const issues = options.check ? options.check(parsed.data) : [];
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
  } catch (error) {
    const reason = describeThrown(error);
    return {
      ok: false,
      issues: [
        issueAt([], 'unreadable_input', {
          'zh-CN': `无法读取输入数据：${reason}`,
          en: `the input could not be read: ${reason}`,
        }),
      ],
    };
  }
}

/**
 * What was thrown, in a few words, read safely: a getter may throw anything, including a revoked proxy or an object
 * with no prototype, which `instanceof` or `String()` would throw on in turn.
 */
function describeThrown(error: unknown): string {
  try {
    // Only text is shown: converting anything else may call a hostile toString, or join a list whose length lies.
    const message: unknown = error instanceof Error ? error.message : error;
    return typeof message === 'string' ? message.slice(0, 200) : `a thrown ${typeof message}`;
  } catch {
    return 'an unreadable value was thrown / 抛出了无法读取的值';
  }
}

/** Options for {@link validateCampaign}: the references to check, and where to stop. */
export interface ValidateCampaignOptions extends IntegrityOptions {
  /** Stop after this many issues (see `validateWithSchema`); by default every issue is found. */
  maxIssues?: number;
}

/**
 * Validates a campaign document from outside (JSON from a file, a request body, a database row). A document written
 * by an earlier version is migrated first ({@link migrateCampaign}). Checks the shape of every record, then
 * references, unique ids, the unit hierarchy and the timeline. Never throws.
 */
export function validateCampaign(
  input: unknown,
  options: ValidateCampaignOptions = {},
): ValidationResult<Campaign> {
  const { maxIssues, ...integrity } = options;
  return validateWithSchema(CampaignSchema, input, {
    prepare: migrateCampaign,
    check: (campaign) => checkCampaignIntegrity(campaign, integrity),
    ...(maxIssues === undefined ? {} : { maxIssues }),
  });
}
