/**
 * Prints the classifier's figures on the hand-written independent set and the emergency
 * detector's on the emergency sets:
 *
 *   npx tsx src/server/modules/hotline/classifier/eval/run.ts [--full] [--misses]
 *
 * `--full` trains as the nightly job does (held-out model, then a final one on everything);
 * `--misses` lists the development part's misses. The held-back quarter's misses are never
 * printed, so nobody tunes the classifier on them one by one.
 */
import { classifyByKeywords } from '../fallback';
import { evaluateEmergencies, evaluateIndependent, type SliceFigures } from './evaluate-independent';
import { rankWithModel, trainLikeProduction } from './pipeline';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, s: SliceFigures) =>
  `${name.padEnd(22)} ${String(s.texts).padStart(4)} texts  top-1 ${pct(s.top1).padStart(7)}  top-3 ${pct(s.top3).padStart(7)}  abstains on ${pct(s.abstainRate).padStart(7)}  top-1 when confident ${pct(s.top1WhenConfident)}`;

const args = new Set(process.argv.slice(2));
const started = performance.now();
const { model, metrics } = trainLikeProduction(args.has('--full') ? 'full' : 'fast');
const trainMs = performance.now() - started;
const report = evaluateIndependent(rankWithModel(model));
const fallback = evaluateIndependent((text) => {
  const c = classifyByKeywords(text);
  return { categories: c ? [c.categoryCode, ...c.alternatives.map((a) => a.categoryCode)] : [], abstain: true };
});
const emergencies = evaluateEmergencies();

console.log(`Training: ${metrics.examples} examples, ${Math.round(trainMs)} ms (${metrics.mode}); generator held-out accuracy ${pct(metrics.accuracy)}, top-3 ${pct(metrics.top3Accuracy)}`);
console.log('\nIndependent set, department of the suggestion (acceptable set per text):');
console.log(line('all', report.all));
console.log(line('development part', report.development));
console.log(line('held-back part', report.heldBack));
console.log(line('keyword fallback (all)', fallback.all));
console.log(`classify: ${report.msPerText.toFixed(3)} ms per text in-process`);
console.log(`\nWeakest departments (top-1): ${report.departments.slice(0, 8).map((d) => `${d.departmentCode} ${pct(d.top1)} of ${d.texts}`).join(', ')}`);
console.log(`\nEmergencies: recall ${pct(emergencies.recall)} of ${emergencies.emergencies} (held-back quarter ${pct(emergencies.heldBackRecall)}), same line as a dispatcher ${pct(emergencies.sameLine)}`);
for (const m of emergencies.missed) console.log(`  MISSED ${m}`);
console.log(
  `False alarms: ${emergencies.lookAlikeFalseAlarms.length} of ${emergencies.lookAlikes} look-alikes, ${emergencies.everydayFalseAlarms.length} of ${emergencies.everyday} everyday texts; rate ${pct(emergencies.falseAlarmRate)}`,
);
for (const f of [...emergencies.lookAlikeFalseAlarms, ...emergencies.everydayFalseAlarms]) console.log(`  false alarm: ${f}`);
if (args.has('--misses')) for (const m of report.developmentMisses) console.log(`  miss: ${m.text} — expected ${m.expected.join('|')}, got ${m.got}`);
