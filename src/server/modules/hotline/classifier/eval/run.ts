/**
 * Prints the classifier's figures on the hand-written independent set and the emergency
 * detector's on the emergency sets:
 *
 *   npx tsx src/server/modules/hotline/classifier/eval/run.ts [--full] [--misses]
 *
 * `--full` trains as the nightly job does (held-out model, then a final one on everything);
 * `--misses` lists the development part's misses (never the held-back quarter's).
 */
import { runEvaluation } from './report';

const args = new Set(process.argv.slice(2));
console.log(runEvaluation({ full: args.has('--full'), misses: args.has('--misses') }));
