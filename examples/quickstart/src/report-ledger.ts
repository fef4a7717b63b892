// The rectification ledger: per unit and per special-rectification area, with 整改率.
import { label } from '@chuangwen/model';
import { pct, type ReportContext, type Section } from './report.js';
import { unitName } from './street.js';

export function ledgerSections({ run, lang, t }: ReportContext): Section[] {
  const open = run.ledger.filter((r) => r.status !== 'closed');
  return [
    {
      heading: t(
        '整改台账（按责任单位，计入所有被点名单位，每单位一次）',
        'Rectification ledger by unit (every unit named, once each)',
      ),
      lines: open.map((r) => {
        const unit = unitName(r.leadUnitId ?? '');
        const what = r.standardRef ?? label(r.area ?? 'other', lang, 'rectificationArea');
        return r.escalatedTo
          ? t(
              `未销号：${r.id}（${what}，${unit}，已上报${r.escalatedTo}）`,
              `Open: ${r.id} (${what}, ${unit}, escalated to ${r.escalatedTo})`,
            )
          : t(
              `未销号：${r.id}（${what}，${unit}，${label(r.status, 'zh-CN')}）`,
              `Open: ${r.id} (${what}, ${unit}, ${label(r.status, 'en').toLowerCase()})`,
            );
      }),
      table: {
        head: [
          t('单位', 'Unit'),
          t('问题数', 'Found'),
          t('已销号', 'Closed'),
          t('上报上级', 'Escalated'),
          t('逾期', 'Overdue'),
          t('整改率', 'Rate'),
        ],
        rows: [...run.ratesByUnit]
          .sort((a, b) => b.found - a.found || (a.key < b.key ? -1 : 1))
          .map((r) => [unitName(r.key), r.found, r.closed, r.escalated, r.overdue, pct(r.rate)]),
      },
    },
    {
      heading: t('六个专项整治领域', 'The six special-rectification areas'),
      table: {
        head: [
          t('领域', 'Area'),
          t('问题数', 'Found'),
          t('已销号', 'Closed'),
          t('逾期', 'Overdue'),
          t('整改率', 'Rate'),
        ],
        rows: run.ratesByArea.map((r) => [
          label(r.key as 'other', lang, 'rectificationArea'),
          r.found,
          r.closed,
          r.overdue,
          pct(r.rate),
        ]),
      },
    },
  ];
}
