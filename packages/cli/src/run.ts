import { parseArgs } from 'node:util';
import type { Locale } from '@chuangwen/model';
import {
  type CommandOptions,
  EXPORT_KINDS,
  IMPORT_KINDS,
  type Outcome,
  runExport,
  runImport,
  runReport,
  runTemplate,
} from './commands.js';
import { CliError, EXIT_CODES, type Io, issueLines, pickLocale } from './io.js';
import { runValidate } from './validate.js';

const HELP: Record<Locale, string> = {
  'zh-CN': `用法：chuangwen <命令> [参数]

  validate <文件>                         校验创建工作 JSON、测评体系 JSON 或任一可导入的工作簿
  import <类型> <文件.xlsx> -o 输出.json   导入：${IMPORT_KINDS.join(' | ')}
  export <类型> <创建工作.json> -o 输出.xlsx 导出：${EXPORT_KINDS.join(' | ')}
  template <类型> [-o 文件.xlsx]           空白模板：${IMPORT_KINDS.join(' | ')}
  report <创建工作.json> -o 报告.html       生成自包含的 HTML 报告

选项：
  --campaign <文件>   创建工作文件，用于匹配单位、人员、点位
  --framework <文件>  测评体系（JSON 或 xlsx）
  --as-of <日期>      统计截至日期，如 2026-06-30（默认今天）
  --year <年份>       只写月日的日期所属年份
  --lang zh-CN|en     界面语言（默认取系统语言）
  --json              以 JSON 输出结果，供程序读取
  --progress          显示进度条（终端中默认显示）

退出码：0 成功；1 数据有问题；2 命令用法有误；3 文件无法读取或写入；70 程序内部错误
`,
  en: `Usage: chuangwen <command> [arguments]

  validate <file>                           check a campaign JSON, a framework JSON or any importable workbook
  import <kind> <file.xlsx> -o out.json     import: ${IMPORT_KINDS.join(' | ')}
  export <kind> <campaign.json> -o out.xlsx export: ${EXPORT_KINDS.join(' | ')}
  template <kind> [-o file.xlsx]            blank template: ${IMPORT_KINDS.join(' | ')}
  report <campaign.json> -o report.html     a self-contained HTML report

Options:
  --campaign <file>   the campaign document, to match units, people and sites
  --framework <file>  the framework (JSON or xlsx)
  --as-of <date>      the day to count to, such as 2026-06-30 (default: today)
  --year <year>       the year of dates written without one
  --lang zh-CN|en     the language of messages (default: the locale)
  --json              print the outcome as JSON for programs
  --progress          show a progress bar (shown on a terminal by default)

Exit codes: 0 done; 1 the data has problems; 2 wrong usage; 3 a file cannot be read or written; 70 internal error
`,
};

const TEXT = {
  ok: { 'zh-CN': '通过', en: 'valid' },
  wrote: { 'zh-CN': '已写入', en: 'wrote' },
  records: { 'zh-CN': '条记录', en: 'records' },
  problems: { 'zh-CN': '个问题', en: 'problem(s)' },
};

/**
 * Runs the `chuangwen` command with its arguments (without `node` and the script) and returns the exit code. Writes
 * only through `io`, so it can be embedded and tested.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let locale: Locale = pickLocale(undefined, io.env);
  let json = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        campaign: { type: 'string' },
        framework: { type: 'string' },
        'as-of': { type: 'string' },
        year: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    locale = pickLocale(values.lang, io.env);
    json = values.json === true;
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP[locale]);
      return command === undefined && !values.help ? EXIT_CODES.usage : EXIT_CODES.ok;
    }
    const asOf = values['as-of'];
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
      throw new CliError(EXIT_CODES.usage, {
        'zh-CN': `--as-of 不是日期：${asOf}`,
        en: `--as-of is not a date: ${asOf}`,
      });
    const options: CommandOptions = {
      locale,
      json,
      progress: values.progress === true || (io.isTty && !json),
      io,
      ...(values.output ? { output: values.output } : {}),
      ...(values.campaign ? { campaign: values.campaign } : {}),
      ...(values.framework ? { framework: values.framework } : {}),
      ...(asOf ? { asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T12:00:00+08:00` : asOf } : {}),
      ...(values.year ? { year: Number(values.year) } : {}),
    };
    const need = (n: number) => {
      if (rest.length < n)
        throw new CliError(EXIT_CODES.usage, {
          'zh-CN': `缺少参数。\n${HELP['zh-CN']}`,
          en: `missing arguments.\n${HELP.en}`,
        });
    };
    const commands: Record<string, [number, () => Promise<Outcome>]> = {
      validate: [1, () => runValidate(rest[0]!, options)],
      import: [2, () => runImport(rest[0]!, rest[1]!, options)],
      export: [2, () => runExport(rest[0]!, rest[1]!, options)],
      template: [1, () => runTemplate(rest[0]!, options)],
      report: [1, () => runReport(rest[0]!, options)],
    };
    const chosen = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!chosen)
      throw new CliError(EXIT_CODES.usage, {
        'zh-CN': `未知命令"${command}"\n${HELP['zh-CN']}`,
        en: `unknown command "${command}"\n${HELP.en}`,
      });
    need(chosen[0]);
    const outcome = await chosen[1]();
    print(io, outcome, command, locale, json);
    return outcome.ok ? EXIT_CODES.ok : EXIT_CODES.invalid;
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? new CliError(EXIT_CODES.usage, {
              'zh-CN': `参数有误：${(error as Error).message}`,
              en: `bad arguments: ${(error as Error).message}`,
            })
          : new CliError(EXIT_CODES.internal, {
              'zh-CN': `内部错误：${String(error)}`,
              en: `internal error: ${String(error)}`,
            });
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, exitCode: failure.exitCode, error: failure.text, issues: failure.issues })}\n`,
      );
    else
      io.stderr(
        `${failure.text[locale]}\n${failure.issues.length ? `${issueLines(failure.issues, locale)}\n` : ''}`,
      );
    return failure.exitCode;
  }
}

function print(io: Io, outcome: Outcome, command: string, locale: Locale, json: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify({ command, ...outcome })}\n`);
    return;
  }
  if (!outcome.ok) {
    io.stderr(`${outcome.issues.length} ${TEXT.problems[locale]}:\n${issueLines(outcome.issues, locale)}\n`);
    return;
  }
  const what = [outcome.kind, outcome.count === undefined ? '' : `${outcome.count} ${TEXT.records[locale]}`]
    .filter(Boolean)
    .join(', ');
  io.stdout(
    outcome.output
      ? `${TEXT.wrote[locale]} ${outcome.output}${what ? ` (${what})` : ''}\n`
      : `${TEXT.ok[locale]}: ${what}\n`,
  );
}
