import type { Locale } from '@chuangwen/model';
import { EXPORT_KINDS, IMPORT_KINDS } from '@chuangwen/sheets';

/** The command's usage, in each language. */
export const HELP: Record<Locale, string> = {
  'zh-CN': `用法：chuangwen <命令> [参数]

  init <创建工作.json> [工作簿.xlsx …]       新建创建工作文件：单位和人员取自本单位的工作簿；--sample 为虚构示例街道
  import <类型> <文件.xlsx> --into <创建工作.json>
                                          导入并合并到创建工作文件，报告新增、更新和有问题的行：${IMPORT_KINDS.join(' | ')}
  import <类型> <文件.xlsx> -o 输出.json    只导入为 JSON
  validate <文件>                         校验创建工作文件、测评体系 JSON 或任一可导入的工作簿
  export <类型> <创建工作.json> -o 输出.xlsx 导出：${EXPORT_KINDS.join(' | ')}
  template <类型> [-o 文件.xlsx]           空白模板：${IMPORT_KINDS.join(' | ')}
  report <创建工作.json> -o 报告.html       生成自包含的 HTML 报告

选项：
  --into <文件>       导入后合并到这份创建工作文件（原子写入；有问题的行不合并）
  --strict           与 --into 同用：有任何问题就不合并
  --campaign <文件>   创建工作文件，用于匹配单位、人员、点位
  --framework <文件>  测评体系（JSON 或 xlsx）；合并过测评体系的创建工作文件无须再给
  --calendar <文件>   import tickets：工作日日历（holiday-cn 年度文件、其文件夹或日历 JSON），一并存入创建工作文件
  --group <组别>      测评体系的组别，如 地级市、县级市和县、直辖市城区（工作簿和标题都没写时）
  --year <年份>       测评体系的年份；只写月日的日期所属年份
  --name <名称>       init：创建主体，如 江澜区云溪街道（默认取工作簿标题）
  --level <层级>      init：市、区、县、街道、镇（默认按名称判断）
  --leader <姓名>     init：领导小组组长
  --director <姓名>   init：创建办主任
  --force            init：替换已有的文件
  --as-of <日期>      统计截至日期，如 2026-06-30（默认今天）
  --lang zh-CN|en     界面语言（默认取系统语言）
  --json              以 JSON 输出结果，供程序读取
  --progress          显示进度条（终端中默认显示）
  --version           显示版本

退出码：0 成功；1 数据有问题；2 命令用法有误；3 文件无法读取或写入；70 程序内部错误
`,
  en: `Usage: chuangwen <command> [arguments]

  init <campaign.json> [workbook.xlsx …]    start a campaign: its units and people from the office's workbooks; --sample for the fictional sample street
  import <kind> <file.xlsx> --into <campaign.json>
                                            import and merge into the campaign, reporting what was added, changed or refused: ${IMPORT_KINDS.join(' | ')}
  import <kind> <file.xlsx> -o out.json     import to JSON only
  validate <file>                           check a campaign JSON, a framework JSON or any importable workbook
  export <kind> <campaign.json> -o out.xlsx export: ${EXPORT_KINDS.join(' | ')}
  template <kind> [-o file.xlsx]            blank template: ${IMPORT_KINDS.join(' | ')}
  report <campaign.json> -o report.html     a self-contained HTML report

Options:
  --into <file>       merge what is imported into this campaign (written atomically; rows with problems are left out)
  --strict            with --into: merge nothing when anything has a problem
  --campaign <file>   the campaign document, to match units, people and sites
  --framework <file>  the framework (JSON or xlsx); not needed once one is merged into the campaign
  --calendar <file>   import tickets: the working-day calendar (holiday-cn yearly files, their folder, or a calendar
                      JSON), kept in the campaign too
  --group <group>     the framework's competition group, such as 地级市 (when neither the sheet nor its title says)
  --year <year>       the framework's year; the year of dates written without one
  --name <name>       init: the jurisdiction, such as 江澜区云溪街道 (default: from the workbook's title)
  --level <level>     init: city, district, county, street or town (default: from the name)
  --leader <name>     init: the leading group's leader
  --director <name>   init: the campaign office's director
  --force             init: replace an existing file
  --as-of <date>      the day to count to, such as 2026-06-30 (default: today)
  --lang zh-CN|en     the language of messages (default: the locale)
  --json              print the outcome as JSON for programs
  --progress          show a progress bar (shown on a terminal by default)
  --version           print the version

Exit codes: 0 done; 1 the data has problems; 2 wrong usage; 3 a file cannot be read or written; 70 internal error
`,
};
