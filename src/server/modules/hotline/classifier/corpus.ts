/**
 * The training corpus beyond the ticket history: weakly labelled texts taken from what the
 * platform already knows about each category — its name, description and keywords, the
 * knowledge-base articles filed under it, and the hand-written everyday phrases. Tickets teach
 * how people write; these teach the words of every category, including the ones the history
 * barely covers, so short or unusual texts still land near the right department.
 */
import { generateDemoTickets } from '../data/demo-tickets';
import { LIVING_ARTICLES } from '../data/kb-articles-living';
import { SERVICE_ARTICLES } from '../data/kb-articles-services';
import { EVERYDAY_PHRASES } from '../data/phrasebook-everyday';
import { LEAF_CATEGORIES } from '../data/taxonomy';
import type { TrainingExample } from './model-types';

const LIST_BREAK = /[、，,；;。]+/;

/** Name, description (whole and clause by clause) and keywords of every leaf category. */
export function taxonomyExamples(): TrainingExample[] {
  return LEAF_CATEGORIES.flatMap((leaf) => {
    const texts = [
      leaf.nameZh,
      leaf.descriptionZh,
      ...leaf.descriptionZh.split(LIST_BREAK),
      ...leaf.keywords,
      // The keywords together read like a terse message naming the matter.
      leaf.keywords.join(' '),
    ];
    return texts.filter((t) => t.trim().length > 1).map((text) => ({ text, categoryCode: leaf.code }));
  });
}

/** Title, question and keywords of every knowledge-base article, labelled with its category. */
export function knowledgeBaseExamples(): TrainingExample[] {
  return [...SERVICE_ARTICLES, ...LIVING_ARTICLES].flatMap((a) =>
    [a.title, a.question, a.keywords.join(' ')].map((text) => ({ text, categoryCode: a.categoryCode })),
  );
}

/** The hand-written everyday phrases. */
export function everydayExamples(): TrainingExample[] {
  return Object.entries(EVERYDAY_PHRASES).flatMap(([categoryCode, texts]) => texts.map((text) => ({ text, categoryCode })));
}

/**
 * What every model learns from before any live ticket: the generated history and the weakly
 * labelled examples. Generating the history takes a few hundred milliseconds of CPU, so the
 * training worker builds this itself rather than the main thread.
 */
export function baseCorpus(): TrainingExample[] {
  return [...generateDemoTickets().map((t) => ({ text: t.text, categoryCode: t.categoryCode })), ...weakExamples()];
}

/**
 * All weakly labelled examples, each repeated `weight` times: they are few beside the history
 * and would otherwise barely move the weights.
 */
export function weakExamples(weight = 2): TrainingExample[] {
  const once = [...taxonomyExamples(), ...knowledgeBaseExamples(), ...everydayExamples()];
  return Array.from({ length: weight }, () => once).flat();
}
