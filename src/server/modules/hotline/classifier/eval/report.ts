/**
 * The evaluation report printed by `run.ts` and `tongban hotline evaluate`: the classifier's
 * figures on the hand-written independent set and the emergency detector's on the emergency
 * sets. The held-back quarter's misses are never listed, so nobody tunes on them one by one.
 */
import { classifyByKeywords } from '../fallback';
import { evaluateEmergencies, evaluateIndependent, type SliceFigures } from './evaluate-independent';
import { rankWithModel, trainLikeProduction } from './pipeline';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, s: SliceFigures) =>
  `${name.padEnd(22)} ${String(s.texts).padStart(4)} texts  top-1 ${pct(s.top1).padStart(7)}  top-3 ${pct(s.top3).padStart(7)}  abstains on ${pct(s.abstainRate).padStart(7)}  top-1 when confident ${pct(s.top1WhenConfident)}`;

/** Options of the evaluation run. */
export interface EvaluationRunOptions {
  /** Train as the nightly job does (two trainings) instead of the first model's single one. */
  full?: boolean;
  /** List the development part's misses. */
  misses?: boolean;
}

/** Trains like production, evaluates on the independent and emergency sets, and returns the report as text. */
export function runEvaluation(opts: EvaluationRunOptions = {}): string {
  const out: string[] = [];
  const print = (text: string) => out.push(text);
  const started = performance.now();
  const { model, metrics } = trainLikeProduction(opts.full ? 'full' : 'fast');
  const trainMs = performance.now() - started;
  const report = evaluateIndependent(rankWithModel(model));
  const fallback = evaluateIndependent((text) => {
    const c = classifyByKeywords(text);
    return { categories: c ? [c.categoryCode, ...c.alternatives.map((a) => a.categoryCode)] : [], abstain: true };
  });
  const emergencies = evaluateEmergencies();

  print(`Training: ${metrics.examples} examples, ${Math.round(trainMs)} ms (${metrics.mode}); generator held-out accuracy ${pct(metrics.accuracy)}, top-3 ${pct(metrics.top3Accuracy)}`);
  print('\nIndependent set, department of the suggestion (acceptable set per text):');
  print(line('all', report.all));
  print(line('development part', report.development));
  print(line('held-back part', report.heldBack));
  print(line('keyword fallback (all)', fallback.all));
  print(`classify: ${report.msPerText.toFixed(3)} ms per text in-process`);
  print(`\nWeakest departments (top-1): ${report.departments.slice(0, 8).map((d) => `${d.departmentCode} ${pct(d.top1)} of ${d.texts}`).join(', ')}`);
  print(`\nEmergencies: recall ${pct(emergencies.recall)} of ${emergencies.emergencies} (held-back quarter ${pct(emergencies.heldBackRecall)}), same line as a dispatcher ${pct(emergencies.sameLine)}`);
  for (const m of emergencies.missed) print(`  MISSED ${m}`);
  print(
    `False alarms: ${emergencies.lookAlikeFalseAlarms.length} of ${emergencies.lookAlikes} look-alikes, ${emergencies.everydayFalseAlarms.length} of ${emergencies.everyday} everyday texts; rate ${pct(emergencies.falseAlarmRate)}`,
  );
  for (const f of [...emergencies.lookAlikeFalseAlarms, ...emergencies.everydayFalseAlarms]) print(`  false alarm: ${f}`);
  if (opts.misses) for (const m of report.developmentMisses) print(`  miss: ${m.text} — expected ${m.expected.join('|')}, got ${m.got}`);
  return out.join('\n');
}
