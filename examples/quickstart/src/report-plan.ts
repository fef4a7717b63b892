// The plan the campaign runs on: organisation, budget, the task decomposition table, the site draw.
import { label, localize, unitKindLabel } from '@chuangwen/model';
import type { ReportContext, Section } from './report.js';
import { unitName } from './street.js';

export function planSections({ run, lang, t }: ReportContext): Section[] {
  const { campaign } = run;
  const person = (id: string | undefined) =>
    campaign.organisation.people.find((p) => p.id === id)?.name ?? '—';
  const org = campaign.organisation;
  const typeName = (code: string) => run.siteTypes.types.find((x) => x.code === code)?.name[lang] ?? code;
  const sections: Section[] = [];
  sections.push({
    heading: t('组织机构', 'Organisation'),
    lines: [
      t(
        `${label(campaign.honour, lang)}创建 · ${campaign.jurisdiction.name}（${label(campaign.jurisdiction.level, lang)}）`,
        `Campaign for ${label(campaign.honour, lang)} · ${campaign.jurisdiction.name} (${label(campaign.jurisdiction.level, lang)})`,
      ),
      t(
        `领导小组组长：${person(org.leadingGroup.leaderId)}；副组长 ${org.leadingGroup.deputyIds.length} 人，成员 ${org.leadingGroup.memberIds.length} 人；创建办主任：${person(org.office.directorId)}`,
        `Leading group: ${person(org.leadingGroup.leaderId)}, ${org.leadingGroup.deputyIds.length} deputies, ${org.leadingGroup.memberIds.length} members; office director: ${person(org.office.directorId)}`,
      ),
      ...org.workingGroups.map((g) => `${label(g.kind, lang)}：${g.duties.join(t('、', ', '))}`),
      t(
        `责任单位：${campaign.units.filter((u) => u.kind === 'department').length} 个${unitKindLabel('department', campaign.jurisdiction.level, lang)}，${campaign.units.filter((u) => u.kind === 'community' || u.kind === 'village').length} 个社区和村`,
        `Units: ${campaign.units.filter((u) => u.kind === 'department').length} ${unitKindLabel('department', campaign.jurisdiction.level, lang).toLowerCase()}s, ${campaign.units.filter((u) => u.kind === 'community' || u.kind === 'village').length} communities and villages`,
      ),
    ],
  });
  const total = campaign.budget.reduce((s, b) => s + b.amountYuan, 0);
  sections.push({
    heading: t(
      `创建经费（合计 ${total.toLocaleString('zh-CN')} 元）`,
      `Budget (${total.toLocaleString('en')} yuan in all)`,
    ),
    table: {
      head: [t('用途', 'Purpose'), t('金额（元）', 'Yuan'), t('使用单位', 'Held by')],
      rows: campaign.budget.map((b) => {
        const group = org.workingGroups.find((g) => g.id === b.holderId);
        return [
          b.purpose,
          b.amountYuan.toLocaleString(lang),
          group ? label(group.kind, lang) : unitName(b.holderId ?? ''),
        ];
      }),
    },
  });
  sections.push({
    heading: t('任务分解表', 'Task decomposition table'),
    table: {
      head: [
        t('任务', 'Task'),
        t('牵头单位', 'Lead'),
        t('配合单位', 'Supporting'),
        t('责任领导', 'Leader'),
        t('完成时限', 'Deadline'),
        t('材料要求', 'Material'),
      ],
      rows: campaign.tasks.map((task) => [
        task.description ?? task.standardRefs.join(' '),
        task.leadUnitIds.map(unitName).join(t('、', ', ')),
        task.supportingUnitIds.map(unitName).join(t('、', ', ')) || '—',
        person(task.responsibleLeaderId),
        task.deadline.kind === 'date' ? task.deadline.date : label(task.deadline.duty, lang),
        task.materialRequirements
          .map(
            (m) =>
              `${label(m.category, lang)}×${m.quantity}${m.description ? `（${localize(m.description, lang)}）` : ''}`,
          )
          .join(t('；', '; ')),
      ]),
    },
  });
  sections.push({
    heading: t(
      '模拟测评抽取点位（按点位类型分层抽样）',
      'Sites drawn for the mock assessment (stratified by site type)',
    ),
    lines: [
      ...run.draw.drawn
        .filter((d) => d.siteIds.length > 0)
        .map(
          (d) =>
            `${typeName(d.siteType)}：${d.siteIds.map((id) => run.campaign.sites.find((s) => s.id === id)?.name ?? id).join(t('、', ', '))}`,
        ),
      t(
        `点位不足的类型：${run.draw.shortfalls.map((s) => `${typeName(s.siteType)} ${s.available}/${s.wanted}`).join('、') || '无'}（随机种子 ${run.draw.seed}，可复现）`,
        `Types short of sites: ${run.draw.shortfalls.map((s) => `${typeName(s.siteType)} ${s.available}/${s.wanted}`).join(', ') || 'none'} (seed ${run.draw.seed}, reproducible)`,
      ),
    ],
  });
  return sections;
}
