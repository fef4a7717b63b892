// The sample street's campaign document, validated and summarised as a host system would after loading it.
import { SAMPLE_NOTICE, seedStreet } from '@chuangwen/fixtures';
import { formatPath, type Locale, label, type UnitKind, validateCampaign } from '@chuangwen/model';

const lang: Locale =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en'
    ? 'en'
    : 'zh-CN';
const zh = lang === 'zh-CN';

const result = validateCampaign(JSON.parse(JSON.stringify(seedStreet())));
if (!result.ok) {
  for (const issue of result.issues) console.error(`${formatPath(issue.path)}: ${issue.message[lang]}`);
  process.exit(1);
}
const campaign = result.value;
console.log(SAMPLE_NOTICE[lang]);
console.log(`${campaign.title} · ${campaign.theme ?? ''}`);
console.log(zh ? '\n阶段安排' : '\nPhases');
for (const p of campaign.timeline) console.log(`  ${label(p.phase, lang)}: ${p.start} – ${p.end}`);
console.log(zh ? '\n工作小组' : '\nWorking groups');
for (const g of campaign.organisation.workingGroups)
  console.log(`  ${g.name ?? label(g.kind, lang)}: ${g.duties.length}`);
const byKind = new Map<UnitKind, number>();
for (const u of campaign.units) byKind.set(u.kind, (byKind.get(u.kind) ?? 0) + 1);
console.log(zh ? '\n单位' : '\nUnits');
for (const [kind, n] of byKind) console.log(`  ${label(kind, lang)}: ${n}`);
console.log(
  zh
    ? `\n点位 ${campaign.sites.length} 个，任务 ${campaign.tasks.length} 项`
    : `\n${campaign.sites.length} sites, ${campaign.tasks.length} tasks`,
);

// A broken copy shows what a host gets back: every problem, located, in either language.
const broken = JSON.parse(JSON.stringify(seedStreet()));
broken.tasks[0].leadUnitIds = ['u-nowhere'];
broken.units[3].parentId = 'u-nowhere';
const rejected = validateCampaign(broken);
if (rejected.ok) throw new Error('the broken copy must be rejected');
console.log(zh ? '\n有问题的文档：' : '\nA broken document:');
for (const issue of rejected.issues) console.log(`  ${issue.pointer}  ${issue.message[lang]}`);
