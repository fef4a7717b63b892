// The people, units and sites of the sample street. Every name of a person or place is fictional.

import type { Person, SiteSelection, Unit, UnitKind } from '@chuangwen/model';

const person = (id: string, name: string, position: string, unitId?: string): Person =>
  unitId === undefined ? { id, name, position } : { id, name, position, unitId };

/** The people of the sample street: the seed plan's positions, with fictional names. */
export const PEOPLE = [
  person('p-secretary', '陈明远', '党工委书记', 'u-street'),
  person('p-director', '林书航', '党工委副书记、行政主任', 'u-street'),
  person('p-deputy-npc', '周雅琴', '党工委副书记、人大工委主任', 'u-street'),
  person('p-discipline', '吴国栋', '纪工委书记', 'u-street'),
  person('p-legal', '郑海波', '政法书记', 'u-street'),
  person('p-vice-director', '孙丽华', '行政副主任', 'u-street'),
  person('p-armed', '马志强', '武装部长', 'u-street'),
  person('p-organisation', '何静怡', '组织委员', 'u-street'),
  person('p-publicity', '许文博', '宣传委员', 'u-street'),
  person('p-office', '高晓岚', '创建办主任', 'u-party'),
  person('p-planner', '罗嘉明', '统筹策划组干事', 'u-party'),
  person('p-writer', '唐一帆', '宣传组干事', 'u-culture'),
  person('p-archivist', '韩雪梅', '档案组干事', 'u-party'),
  person('p-logistics', '冯立新', '保障组干事', 'u-economy'),
  person('p-activities', '曹欣然', '活动组干事', 'u-culture'),
  person('p-inspector', '彭振宇', '督查检查组组长', 'u-urban'),
  person('p-inspector-2', '邓晓彤', '督查检查组干事', 'u-urban'),
  person('p-c1', '谢春燕', '社区党委书记', 'u-c-qinghe'),
  person('p-c2', '袁建华', '社区党委书记', 'u-c-wangjiang'),
  person('p-c3', '蒋丽娟', '社区党委书记', 'u-c-nanyuan'),
  person('p-c4', '沈德明', '社区党委书记', 'u-c-xinhua'),
  person('p-c5', '范秋实', '社区党委书记', 'u-c-liuyin'),
  person('p-v1', '杜长青', '村党支部书记', 'u-v-taoyuan'),
  person('p-v2', '程玉兰', '村党支部书记', 'u-v-shiqiao'),
  person('p-v3', '叶大山', '村党支部书记', 'u-v-hexi'),
  person('p-market', '方永胜', '市场负责人', 'u-m-yunxi'),
  person('p-school', '余清扬', '校长', 'u-s-primary'),
];

const unit = (id: string, name: string, kind: UnitKind, parentId?: string, leaderId?: string): Unit => ({
  id,
  name,
  kind,
  aliases: [],
  ...(parentId === undefined ? {} : { parentId }),
  ...(leaderId === undefined ? {} : { leaderId }),
});

/** The sample street's units: its own offices (站办所), communities, villages, schools, markets and windows. */
export const UNITS = [
  unit('u-street', '云溪街道办事处', 'street', undefined, 'p-secretary'),
  unit('u-party', '党政办公室', 'department', 'u-street', 'p-office'),
  unit('u-urban', '城市管理办公室', 'department', 'u-street', 'p-inspector'),
  unit('u-safety', '平安办', 'department', 'u-street', 'p-legal'),
  unit('u-economy', '经济发展办公室', 'department', 'u-street', 'p-vice-director'),
  unit('u-social', '社会事务办公室', 'department', 'u-street', 'p-deputy-npc'),
  unit('u-culture', '综合文化站', 'department', 'u-street', 'p-publicity'),
  unit('u-market-reg', '市场监管所', 'department', 'u-street'),
  unit('u-police', '云溪派出所', 'department', 'u-street'),
  unit('u-traffic', '交警中队', 'department', 'u-street'),
  unit('u-sanitation', '环卫所', 'department', 'u-urban'),
  unit('u-c-qinghe', '清禾社区', 'community', 'u-street', 'p-c1'),
  unit('u-c-wangjiang', '望江社区', 'community', 'u-street', 'p-c2'),
  unit('u-c-nanyuan', '南苑社区', 'community', 'u-street', 'p-c3'),
  unit('u-c-xinhua', '新华里社区', 'community', 'u-street', 'p-c4'),
  unit('u-c-liuyin', '柳荫社区', 'community', 'u-street', 'p-c5'),
  unit('u-v-taoyuan', '桃源村', 'village', 'u-street', 'p-v1'),
  unit('u-v-shiqiao', '石桥村', 'village', 'u-street', 'p-v2'),
  unit('u-v-hexi', '河西村', 'village', 'u-street', 'p-v3'),
  unit('u-s-primary', '云溪中心小学', 'school', 'u-social', 'p-school'),
  unit('u-s-middle', '云溪中学', 'school', 'u-social'),
  unit('u-m-yunxi', '云溪农贸市场', 'market', 'u-economy', 'p-market'),
  unit('u-m-wangjiang', '望江集贸市场', 'market', 'u-economy'),
  unit('u-w-service', '社区事务受理服务中心', 'serviceWindow', 'u-social'),
  unit('u-w-health', '社区卫生服务中心', 'hospital', 'u-social'),
  unit('u-w-bank', '云溪路银行网点', 'serviceWindow', 'u-economy'),
  // Stationed here by a provincial company, not under the street: it takes part in the campaign all the same.
  unit('u-power', '江澜供电营业所', 'stationedUnit'),
];

const site = (
  id: string,
  name: string,
  siteType: string,
  responsibleUnitId: string,
  selection: SiteSelection,
  otherSiteTypes?: string[],
) => ({
  id,
  name,
  siteType,
  responsibleUnitId,
  selection,
  ...(otherSiteTypes === undefined ? {} : { otherSiteTypes }),
});

/** The sample street's sites (点位) with their types and responsible units. */
export const SITES = [
  site('s-main-road', '云溪大道（主干道）', 'mainRoad', 'u-urban', 'fixed'),
  site('s-commercial', '望江商业街', 'commercialStreet', 'u-urban', 'key'),
  site('s-back-lane', '柳荫巷（背街小巷）', 'backStreet', 'u-c-liuyin', 'random'),
  site('s-crossing', '云溪大道与望江路交叉口', 'trafficIntersection', 'u-traffic', 'fixed'),
  site('s-bus-stop', '南苑公交站台', 'busStop', 'u-traffic', 'random'),
  // A bus line and its stops are one site of two types, as the assessors ride the line and check its stops together.
  site('s-bus-line', '云溪12路公交线路及沿线站台', 'bus', 'u-traffic', 'random', ['busStop']),
  site('s-market-yunxi', '云溪农贸市场', 'farmersMarket', 'u-m-yunxi', 'fixed'),
  site('s-market-wangjiang', '望江集贸市场', 'farmersMarket', 'u-m-wangjiang', 'key'),
  site('s-service-hall', '社区事务受理服务中心', 'governmentServiceHall', 'u-w-service', 'fixed'),
  site('s-clinic', '社区卫生服务中心', 'hospital', 'u-w-health', 'random'),
  site('s-bank', '云溪路银行网点', 'bankOutlet', 'u-w-bank', 'random'),
  site('s-culture', '街道综合文化站', 'streetCulturalStation', 'u-culture', 'fixed'),
  site('s-practice', '新时代文明实践所', 'civilizationPracticeStation', 'u-culture', 'key'),
  site('s-c-qinghe', '清禾社区居委会', 'communityCommittee', 'u-c-qinghe', 'random'),
  site('s-c-nanyuan', '南苑小区', 'residentialCompound', 'u-c-nanyuan', 'random'),
  site('s-c-xinhua', '新华里小区', 'residentialCompound', 'u-c-xinhua', 'random'),
  site('s-school-gate', '云溪中心小学校园周边', 'schoolSurroundings', 'u-s-primary', 'key'),
  site('s-square', '望江广场', 'publicSquare', 'u-c-wangjiang', 'random'),
  site('s-toilet', '云溪大道公共厕所', 'publicToilet', 'u-sanitation', 'random'),
  site('s-transfer', '环卫中转站', 'wasteTransferStation', 'u-sanitation', 'random'),
  site('s-v-taoyuan', '桃源村村委会', 'villageCommittee', 'u-v-taoyuan', 'random'),
];
