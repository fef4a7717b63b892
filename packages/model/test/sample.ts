import type { CampaignInput } from '../src/index.js';

/** A small, valid campaign touching every collection, for tests to copy and break. */
export function sampleCampaign(): CampaignInput {
  return {
    schemaVersion: 3,
    id: 'c1',
    title: '测试街道创建工作',
    jurisdiction: { name: '测试街道', level: 'street', divisionCode: '990000000001' },
    honour: 'nationalCivilizedDistrict',
    frameworks: [
      { editionId: 'fw-1', role: 'main' },
      { editionId: 'minors-1', role: 'companion', name: '未成年人思想道德建设测评' },
    ],
    goals: { targetRates: { awareness: 0.9, satisfaction: 0.85 } },
    timeline: [
      { phase: 'mobilization', start: '2026-03-01', end: '2026-03-31' },
      { phase: 'specialRectification', start: '2026-04-01', end: '2026-06-30' },
    ],
    budget: [{ id: 'b1', purpose: '宣传', amountYuan: 1000, holderId: 'wg1' }],
    cadence: [{ kind: 'onSiteSupervision', minPerMonth: 2 }],
    organisation: {
      people: [
        { id: 'p1', name: '甲', position: '组长' },
        { id: 'p2', name: '乙', position: '主任', unitId: 'u1' },
      ],
      leadingGroup: { leaderId: 'p1', deputyIds: ['p2'] },
      office: { directorId: 'p2' },
      workingGroups: [
        { id: 'wg1', kind: 'publicity', duties: ['宣传'], responsiblePersonIds: ['p2'] },
        { id: 'wg2', kind: 'custom', name: '志愿服务组' },
      ],
    },
    units: [
      { id: 'u0', name: '街道办', kind: 'street' },
      { id: 'u1', name: '一社区', kind: 'community', parentId: 'u0', leaderId: 'p2', aliases: ['一社'] },
      { id: 'u2', name: '城管科', kind: 'department', parentId: 'u0' },
    ],
    sites: [
      { id: 's1', name: '菜场', siteType: 'farmersMarket', responsibleUnitId: 'u1', selection: 'fixed' },
    ],
    standards: [{ code: '01.01.01' }, { code: '01.01.02' }, { code: 'M01', editionId: 'minors-1' }],
    tasks: [
      {
        id: 't1',
        standardRefs: ['01.01.01'],
        leadUnitIds: ['u1'],
        deadline: { kind: 'date', date: '2026-05-01' },
        materialRequirements: [{ category: 'photo', quantity: 5, providerUnitId: 'u1' }],
      },
      {
        id: 't2',
        standardRefs: ['01.01.02'],
        leadUnitIds: ['u0'],
        deadline: { kind: 'standing', duty: 'routine' },
      },
    ],
    observations: [
      {
        id: 'o1',
        standardRef: '01.01.01',
        scope: { kind: 'site', siteId: 's1' },
        observedAt: '2026-04-02T10:00:00+08:00',
        method: 'fieldInspection',
        source: 'selfCheck',
        outcome: 'fail',
        violationCount: 2,
        evidence: ['d1'],
        inspectorId: 'p1',
      },
      {
        id: 'o2',
        standardRef: '01.01.02',
        scope: { kind: 'jurisdiction' },
        observedAt: '2026-04-03T10:00:00Z',
        method: 'survey',
        source: 'mockAssessment',
        outcome: 'notAssessable',
        reason: 'refused',
      },
      {
        id: 'o3',
        area: 'townscape',
        finding: '望江路沿街商铺占道经营',
        scope: { kind: 'site', siteId: 's1' },
        responsibleUnitId: 'u2',
        observedAt: '2026-04-02T11:00:00+08:00',
        method: 'covertInspection',
        source: 'unannouncedVisit',
        outcome: 'fail',
      },
    ],
    rectifications: [
      {
        id: 'r1',
        observationId: 'o1',
        standardRef: '01.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道经营',
        reportedAt: '2026-04-02T11:00:00+08:00',
        leadUnitId: 'u1',
        supportingUnitIds: ['u2'],
        guarantorUnitIds: ['u0'],
        responsibleLeaderId: 'p2',
        requirement: '立即清理，建立长效管理',
        deadline: '2026-04-10',
        timeLimit: {
          rule: { workingDays: 5 },
          from: '2026-04-02T14:00:00+08:00',
          dueDate: '2026-04-10',
          calendarFingerprint: 'ab'.repeat(32),
        },
        status: 'assigned',
      },
      {
        id: 'r2',
        area: 'sanitation',
        scope: { kind: 'jurisdiction' },
        description: '小区门口垃圾堆放（12345 工单）',
        reportedAt: '2026-04-03T09:15:00+08:00',
        channel: 'hotline',
        externalNumber: 'GD2026040300123',
        category: { table: 'sample-hotline-2026', code: 'sanitation' },
        grid: '990000001001001',
        status: 'reported',
      },
    ],
    meetings: [
      {
        id: 'm1',
        kind: 'mobilizationMeeting',
        date: '2026-03-05',
        attendeeIds: ['p1', 'p2'],
        unitIds: ['u1'],
      },
    ],
    archive: [
      {
        id: 'd1',
        title: '整改前照片',
        category: 'photo',
        standardRefs: ['01.01.01'],
        date: '2026-04-02',
        sha256: 'a'.repeat(64),
        uri: 's3://archive/d1.jpg',
      },
    ],
    surveyResponses: [
      {
        id: 'q1',
        respondedAt: '2026-04-05T09:00:00+08:00',
        channel: 'household',
        unitId: 'u1',
        goals: { awareness: true, satisfaction: false },
        answers: [{ standardRef: '01.01.02', favourable: true }],
      },
    ],
    appraisals: [{ id: 'a1', unitId: 'u1', period: '2026-04', score: 96.5, appraisedOn: '2026-05-01' }],
    assessmentRounds: [
      {
        id: 'round-q2',
        kind: 'mock',
        title: '第二季度模拟测评',
        period: '2026-Q2',
        heldOn: '2026-06-20',
        results: [
          { unitId: 'u1', rankingGroup: 'communities', score: 88.2, rank: 1, methodScores: { survey: 90 } },
        ],
      },
    ],
    appraisalOutcomes: [
      {
        id: 'x1',
        kind: 'admonitionMeeting',
        unitId: 'u1',
        reason: '整改逾期',
        decidedOn: '2026-04-20',
        rectificationIds: ['r1'],
        roundId: 'round-q2',
      },
    ],
    extensions: { 'host.ticket': 'A-1' },
  };
}
