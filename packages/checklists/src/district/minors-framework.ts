import { type FrameworkEdition, FrameworkEditionSchema } from '../framework.js';
import { stateDescription } from '../scoring-rules.js';

/**
 * A sample companion edition: the 未成年人思想道德建设工作测评, which runs beside the main assessment with its own score
 * and gates it (the main sample edition's prerequisite P01). Modelled on public local practice; not an official text.
 */
export const minorsFramework: FrameworkEdition = FrameworkEditionSchema.parse({
  id: 'sample-minors-2026',
  name: {
    'zh-CN': '未成年人思想道德建设工作测评体系（示例，2026）',
    en: "Minors' moral education assessment (sample, 2026)",
  },
  editionYear: 2026,
  group: 'municipalDistrict',
  totalPoints: 100,
  precision: 1,
  sample: true,
  items: [
    {
      code: 'M01',
      displayCode: 'Ⅰ',
      title: { 'zh-CN': '未成年人成长环境', en: "Minors' surroundings" },
      points: 40,
      contents: [
        {
          code: 'M01.01',
          displayCode: 'Ⅰ—1',
          title: { 'zh-CN': '校园周边环境', en: 'School surroundings' },
          points: 40,
          standards: [
            {
              code: 'M01.01.01',
              displayCode: '①',
              text: {
                'zh-CN': '校园周边 200 米内无网吧、无占道经营、无"三无"食品',
                en: 'No internet cafés, street vending or unlabelled food within 200 m of a school',
              },
              methods: ['fieldInspection'],
              kind: 'behaviourOrder',
              siteTypes: ['schoolSurroundings'],
              scoring: stateDescription(),
            },
            {
              code: 'M01.01.02',
              displayCode: '②',
              text: {
                'zh-CN': '上下学时段有护学岗',
                en: 'School-run safety posts at opening and closing times',
              },
              methods: ['fieldInspection', 'inquiry'],
              kind: 'service',
              siteTypes: ['schoolSurroundings'],
              scoring: { kind: 'binary' },
            },
          ],
        },
      ],
    },
    {
      code: 'M02',
      displayCode: 'Ⅱ',
      title: { 'zh-CN': '思想道德教育', en: 'Moral education' },
      points: 60,
      contents: [
        {
          code: 'M02.01',
          displayCode: 'Ⅱ—1',
          title: { 'zh-CN': '学校德育与实践活动', en: 'School moral education and activities' },
          standards: [
            {
              code: 'M02.01.01',
              displayCode: '①',
              text: {
                'zh-CN': '每学期开展主题教育实践活动不少于 4 次',
                en: 'At least 4 themed activities a term',
              },
              methods: ['documentReview'],
              points: 30,
              kind: 'activity',
              materialRequirements: [
                { category: 'record', quantity: 4, description: { 'zh-CN': '活动记录 4 份' } },
                { category: 'photo', quantity: 8, description: { 'zh-CN': '活动照片 8 张' } },
              ],
              scoring: { kind: 'countThreshold', required: 4, deductionPerShortfall: 7.5 },
            },
            {
              code: 'M02.01.02',
              displayCode: '②',
              text: {
                'zh-CN': '家长对学校德育工作的满意率',
                en: "Parents' satisfaction with moral education",
              },
              methods: ['survey'],
              points: 30,
              kind: 'survey',
              scoring: { kind: 'survey', passLine: 0.85 },
            },
          ],
        },
      ],
    },
  ],
});
