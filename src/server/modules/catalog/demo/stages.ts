/**
 * The four stages of 工程建设项目审批 (S15) and which demo items each stage bundles: one form per
 * stage, items inside a stage handled in parallel. Wired by item name like the bundles.
 */
import { getDemoItemByName } from './index';

/** Stage code in process order. */
export type ConstructionStageCode = 'land_planning' | 'construction_planning' | 'construction_permit' | 'completion';

/** One approval stage with its items. */
export interface ConstructionStage {
  code: ConstructionStageCode;
  order: 1 | 2 | 3 | 4;
  nameZh: string;
  nameEn: string;
  itemBasicCodes: string[];
}

/** From project approval to construction permit, in working days (stages 1–3). */
export const APPROVAL_TO_PERMIT_MAX_WORKDAYS = 65;
/** Completion acceptance, in working days (stage 4). */
export const ACCEPTANCE_MAX_WORKDAYS = 35;

const stageItems: Record<ConstructionStageCode, string[]> = {
  land_planning: [
    '企业投资项目备案',
    '企业投资项目核准',
    '政府投资项目建议书审批',
    '政府投资项目可行性研究报告审批',
    '建设项目用地预审与选址意见书核发',
    '建设用地规划许可证核发',
    '建设项目使用林地审核审批',
    '建设项目使用草原审核',
    '固定资产投资项目节能审查',
    '建设项目环境影响报告书审批',
    '建设项目环境影响报告表审批',
    '建设项目环境影响登记表备案',
    '危险化学品建设项目安全条件审查',
  ],
  construction_planning: [
    '建设工程设计方案审查',
    '建设工程规划许可证核发',
    '乡村建设规划许可证核发',
    '政府投资项目初步设计审批',
    '取水许可',
    '生产建设项目水土保持方案审批',
    '河道管理范围内建设项目工程建设方案审批',
  ],
  construction_permit: [
    '房屋建筑和市政基础设施工程施工图设计文件审查',
    '建设工程消防设计审查',
    '雷电防护装置设计审核',
    '危险化学品建设项目安全设施设计审查',
    '建筑工程施工许可证核发',
    '城市建筑垃圾处置核准',
    '占用、挖掘城市道路审批',
    '工程建设涉及城市绿地、树木审批',
    '拆除、改动城镇排水与污水处理设施审核',
  ],
  completion: [
    '工程建设项目“多测合一”成果审核',
    '建设工程规划核实',
    '建设工程消防验收',
    '建设工程消防验收备案',
    '雷电防护装置竣工验收',
    '建设工程档案验收',
    '工程建设项目竣工联合验收',
    '房屋建筑和市政基础设施工程竣工验收备案',
    '供水报装',
    '低压用电报装',
    '燃气报装',
    '供热报装',
  ],
};

const names: Record<ConstructionStageCode, [string, string]> = {
  land_planning: ['立项用地规划许可', 'Project approval and land-use planning permission'],
  construction_planning: ['工程建设许可', 'Construction planning permission'],
  construction_permit: ['施工许可', 'Construction permit'],
  completion: ['竣工验收', 'Completion acceptance'],
};

const order: ConstructionStageCode[] = ['land_planning', 'construction_planning', 'construction_permit', 'completion'];

/** The four stages in order. */
export const constructionStages: ConstructionStage[] = order.map((code, i) => ({
  code,
  order: (i + 1) as ConstructionStage['order'],
  nameZh: names[code][0],
  nameEn: names[code][1],
  itemBasicCodes: stageItems[code].map((n) => getDemoItemByName(n).basicCode),
}));
