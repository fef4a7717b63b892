import { type ObservationSheet, ObservationSheetSchema } from '../civility-sheet.js';

const STREETS = ['mainRoad', 'secondaryRoad', 'commercialStreet', 'publicSquare', 'park'];
const TRANSIT = ['trafficIntersection', 'busStop', 'bus'];
const INDOOR = ['governmentServiceHall', 'hospital', 'shoppingMall', 'theatre'];

const b = (
  code: string,
  zh: string,
  en: string,
  polarity: 'uncivil' | 'civil',
  siteTypes: string[],
  weight = 1,
  anyOccurrenceFails = false,
) => ({
  code,
  text: { 'zh-CN': zh, en },
  polarity,
  siteTypes,
  weight,
  anyOccurrenceFails,
});

/**
 * A sample public civility observation sheet (uncivil and civil behaviours × site types) for the public civility
 * index, modelled on published city observation methods; not an official text.
 */
export const civilitySheet: ObservationSheet = ObservationSheetSchema.parse({
  id: 'sample-civility-2026',
  title: { 'zh-CN': '公共文明行为观测表（示例）', en: 'Public civility observation sheet (sample)' },
  sample: true,
  behaviours: [
    b('B01', '乱扔垃圾', 'Littering', 'uncivil', [...STREETS, ...INDOOR, 'farmersMarket'], 2),
    b('B02', '随地吐痰', 'Spitting', 'uncivil', [...STREETS, ...TRANSIT, 'farmersMarket'], 2),
    b('B03', '咳嗽、打喷嚏不掩口鼻', 'Coughing or sneezing uncovered', 'uncivil', [...INDOOR, 'bus'], 1),
    b('B04', '等车拥挤、插队加塞', 'Pushing or queue-jumping', 'uncivil', ['busStop', 'bus', ...INDOOR], 2),
    b(
      'B05',
      '行人闯红灯、横穿马路、翻越护栏',
      'Pedestrians crossing against the light or climbing barriers',
      'uncivil',
      ['trafficIntersection'],
      3,
    ),
    b(
      'B06',
      '非机动车闯红灯、逆行',
      'Cyclists running red lights or riding against traffic',
      'uncivil',
      ['trafficIntersection'],
      3,
    ),
    b(
      'B07',
      '机动车不礼让斑马线',
      'Drivers not yielding at zebra crossings',
      'uncivil',
      ['trafficIntersection'],
      3,
    ),
    b(
      'B08',
      '车窗抛物',
      'Throwing things from vehicles',
      'uncivil',
      ['trafficIntersection', 'mainRoad', 'secondaryRoad'],
      1,
    ),
    b(
      'B09',
      '遛狗不牵绳、不清理宠物粪便',
      'Dogs off the lead or dog mess left',
      'uncivil',
      ['park', 'publicSquare', 'residentialCompound'],
      2,
    ),
    b(
      'B10',
      '躺卧公共座椅',
      'Lying across public benches',
      'uncivil',
      ['park', 'busStop', 'publicSquare'],
      1,
    ),
    b(
      'B11',
      '争吵谩骂、使用低俗语言',
      'Quarrelling or vulgar language',
      'uncivil',
      [...STREETS, ...INDOOR, 'farmersMarket'],
      1,
    ),
    // 无损坏公共设施现象, 室内公共场所无吸烟现象: a single occurrence fails the site type.
    b('B12', '损坏公共设施', 'Damaging public facilities', 'uncivil', [...STREETS, ...TRANSIT], 2, true),
    b('B13', '禁烟场所吸烟', 'Smoking where smoking is banned', 'uncivil', [...INDOOR, 'bus'], 2, true),
    b('B14', '主动让座', 'Giving up a seat', 'civil', ['bus'], 1),
    b('B15', '为问路者热情指路', 'Helping someone who asks the way', 'civil', [...STREETS, 'busStop'], 1),
    b('B16', '自觉排队', 'Queueing of one’s own accord', 'civil', ['busStop', ...INDOOR], 1),
  ],
});

/**
 * The pass line the sample street's public civility index is held to (85 of 100): local practice, so it is a setting
 * of the sample rather than of the rules (`civilityIndex` takes 80 when given none). Every page that shows the sample's
 * index passes this one value.
 */
export const SAMPLE_CIVILITY_PASS_LINE = 85;
