import type { z } from 'zod';
import type { Wire, WireOf } from '../wire';
import type {
  applicantOutSchema,
  applicantSchema,
  createCaseBody,
  editDraftBody,
  materialRefSchema,
  caseDetailSchema,
  caseListItemSchema,
  caseListSchema,
  caseRefSchema,
  correctionSchema,
  decisionDataSchema,
  deficiencySchema,
  deliverySchema,
  departmentLoadSchema,
  instantDecisionListSchema,
  materialsSavedSchema,
  laneDecisionSchema,
  laneOpinionSchema,
  linesSchema,
  listQuery,
  progressSchema,
  specialSchema,
} from './cases.schemas';

/** The cases API's answers as the browser receives them (see wire.ts). */

export type CaseRef = WireOf<typeof caseRefSchema>;
export type Lines = WireOf<typeof linesSchema>;
export type Applicant = WireOf<typeof applicantOutSchema>;

export type Correction = Wire<z.output<typeof correctionSchema>>;
export type CorrectionItem = Correction['items'][number];
export type Deficiency = Wire<z.output<typeof deficiencySchema>>;
export type Special = Wire<z.output<typeof specialSchema>>;
export type Delivery = Wire<z.output<typeof deliverySchema>>;
export type LaneDecision = Wire<z.output<typeof laneDecisionSchema>>;
export type LaneOpinion = Wire<z.output<typeof laneOpinionSchema>>;
export type DecisionData = Wire<z.output<typeof decisionDataSchema>>;

/**
 * `GET /api/v1/cases/{id}`. The response schema passes four stored JSON columns through as
 * `unknown` (the server's read model does not parse them yet); their shapes are the ones the
 * action handlers write, described once by the schemas above.
 */
export type CaseDetail = Omit<WireOf<typeof caseDetailSchema>, 'correction' | 'deficiency' | 'special' | 'delivery'> & {
  correction: Correction | null;
  deficiency: Deficiency | null;
  special: Special | null;
  delivery: Delivery | null;
};
export type CaseMaterial = CaseDetail['materials'][number];
export type CaseFile = CaseMaterial['files'][number];
export type CaseEvent = CaseDetail['events'][number];

export type CaseListItem = WireOf<typeof caseListItemSchema>;
export type CaseList = WireOf<typeof caseListSchema>;
/** The list filters, as values whose query-string form the server parses back to themselves. */
export type CaseListQuery = Partial<z.output<typeof listQuery>>;
export type DepartmentLoad = WireOf<typeof departmentLoadSchema>;
export type Progress = WireOf<typeof progressSchema>;

/** Request bodies as the client writes them (defaults may be left out). */
export type MaterialRef = z.input<typeof materialRefSchema>;
export type ApplicantInput = z.input<typeof applicantSchema>;
export type CreateCaseInput = z.input<typeof createCaseBody>;
export type EditDraftInput = z.input<typeof editDraftBody>;

/** 减材料 figures and 秒批 decisions (docs/decisions.md D21, D22). */
export type MaterialsSaved = WireOf<typeof materialsSavedSchema>;
export type InstantDecisionList = WireOf<typeof instantDecisionListSchema>;
export type InstantDecision = InstantDecisionList['items'][number];
