/**
 * Scores a classifier on the hand-written independent set and the emergency detector on the
 * emergency sets. Pure: it takes a ranking function, so the same figures come from the model in
 * memory, from the stored model, or from the fallback used before any model exists.
 */
import { LEAF_CATEGORIES } from '../../data/taxonomy';
import { detectEmergency } from '../emergency';
import { EMERGENCY_CASES, NON_EMERGENCY_TEXTS } from './emergency-texts';
import { INDEPENDENT_TEXTS, isHeldBack, type IndependentText } from './independent-texts';

/** Ranked category codes (best first) and whether the classifier abstained on the best one. */
export interface Ranking {
  categories: readonly string[];
  abstain: boolean;
}

/** Accuracy figures on one slice of the independent set. */
export interface SliceFigures {
  texts: number;
  /** The best category's department is acceptable. */
  top1: number;
  /** One of the best three categories' departments is acceptable. */
  top3: number;
  /** Share of texts the classifier abstained on, and its top-1 accuracy on the rest. */
  abstainRate: number;
  top1WhenConfident: number;
}

/** Department accuracy where it is lowest (texts that accept the department). */
export interface DepartmentFigures {
  departmentCode: string;
  texts: number;
  top1: number;
}

/** Everything `run.ts` prints and the threshold test checks. */
export interface IndependentReport {
  all: SliceFigures;
  /** The quarter whose failures are never looked at one by one. */
  heldBack: SliceFigures;
  development: SliceFigures;
  departments: DepartmentFigures[];
  /** Misses of the development part only (the held-back part's stay unseen). */
  developmentMisses: Array<{ text: string; expected: readonly string[]; got: string }>;
  msPerText: number;
}

const DEPARTMENT_OF = new Map(LEAF_CATEGORIES.map((leaf) => [leaf.code, leaf.departmentCode as string]));

function figures(items: readonly { hit1: boolean; hit3: boolean; abstain: boolean }[]): SliceFigures {
  const n = Math.max(items.length, 1);
  const confident = items.filter((item) => !item.abstain);
  return {
    texts: items.length,
    top1: items.filter((item) => item.hit1).length / n,
    top3: items.filter((item) => item.hit3).length / n,
    abstainRate: (items.length - confident.length) / n,
    top1WhenConfident: confident.filter((item) => item.hit1).length / Math.max(confident.length, 1),
  };
}

/** Department accuracy on the independent set, overall, on the held-back quarter and per department. */
export function evaluateIndependent(rank: (text: string) => Ranking, texts: readonly IndependentText[] = INDEPENDENT_TEXTS): IndependentReport {
  const started = performance.now();
  const scored = texts.map((item) => {
    const ranking = rank(item.text);
    const departments = ranking.categories.map((code) => DEPARTMENT_OF.get(code) ?? '');
    const hit1 = item.departments.includes(departments[0]);
    const hit3 = departments.slice(0, 3).some((d) => item.departments.includes(d));
    return { item, hit1, hit3, abstain: ranking.abstain, got: ranking.categories[0] ?? '', heldBack: isHeldBack(item.text) };
  });
  const msPerText = (performance.now() - started) / Math.max(texts.length, 1);
  const byDepartment = new Map<string, { texts: number; hits: number }>();
  for (const s of scored) {
    for (const d of s.item.departments) {
      const entry = byDepartment.get(d) ?? { texts: 0, hits: 0 };
      entry.texts += 1;
      entry.hits += s.hit1 ? 1 : 0;
      byDepartment.set(d, entry);
    }
  }
  return {
    all: figures(scored),
    heldBack: figures(scored.filter((s) => s.heldBack)),
    development: figures(scored.filter((s) => !s.heldBack)),
    departments: [...byDepartment.entries()]
      .map(([departmentCode, e]) => ({ departmentCode, texts: e.texts, top1: e.hits / e.texts }))
      .sort((a, b) => a.top1 - b.top1 || a.departmentCode.localeCompare(b.departmentCode)),
    developmentMisses: scored.filter((s) => !s.heldBack && !s.hit1).map((s) => ({ text: s.item.text, expected: s.item.departments, got: s.got })),
    msPerText,
  };
}

/** Recall on the emergency set and false alarms on the look-alikes and on the everyday set. */
export interface EmergencyReport {
  emergencies: number;
  recall: number;
  /** Recall on the held-back quarter of the emergencies. */
  heldBackRecall: number;
  /** Detected emergencies sent to the line a dispatcher would choose first. */
  sameLine: number;
  missed: string[];
  lookAlikes: number;
  lookAlikeFalseAlarms: string[];
  everyday: number;
  everydayFalseAlarms: string[];
  /** False alarms over all non-emergency texts (look-alikes and everyday). */
  falseAlarmRate: number;
}

/** Runs the emergency detector over both emergency sets and the independent everyday set. */
export function evaluateEmergencies(): EmergencyReport {
  const detected = EMERGENCY_CASES.map((c) => ({ c, d: detectEmergency(c.text), heldBack: isHeldBack(c.text) }));
  const held = detected.filter((x) => x.heldBack);
  const lookAlikeFalseAlarms = NON_EMERGENCY_TEXTS.filter((t) => detectEmergency(t) !== null);
  const everydayFalseAlarms = INDEPENDENT_TEXTS.map((t) => t.text).filter((t) => detectEmergency(t) !== null);
  const negatives = NON_EMERGENCY_TEXTS.length + INDEPENDENT_TEXTS.length;
  return {
    emergencies: EMERGENCY_CASES.length,
    recall: detected.filter((x) => x.d).length / EMERGENCY_CASES.length,
    heldBackRecall: held.filter((x) => x.d).length / Math.max(held.length, 1),
    sameLine: detected.filter((x) => x.d?.line === x.c.line).length / EMERGENCY_CASES.length,
    missed: detected.filter((x) => !x.d).map((x) => x.c.text),
    lookAlikes: NON_EMERGENCY_TEXTS.length,
    lookAlikeFalseAlarms,
    everyday: INDEPENDENT_TEXTS.length,
    everydayFalseAlarms,
    falseAlarmRate: (lookAlikeFalseAlarms.length + everydayFalseAlarms.length) / negatives,
  };
}
