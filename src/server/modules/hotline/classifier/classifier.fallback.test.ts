import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../../test/helpers/test-app';
import { ensureModel, preloadModel } from './classifier.service';

// An installation without the hotline demo seed: no model is stored, and none may be trained on
// a request (training belongs to jobs, in a worker thread).
let t: TestApp;
let agent: Session;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('hotline');
}, 120_000);
afterAll(() => t?.close());

const classify = async (text: string) => (await t.call('POST', '/api/v1/hotline/classify', { session: agent, body: { text } })).json();
const models = async () => (await t.ctx.db.selectFrom('hotline_models').select('id').execute()).length;

describe('classification before the first model exists', () => {
  it('answers from keywords, flagged low-confidence, and trains nothing on the request', async () => {
    const s = await classify('家里暖气不热，屋里才十四度');
    expect(s).toMatchObject({ source: 'keywords', lowConfidence: true, modelId: null, departmentCode: 'heating' });
    expect(s.confidence).toBeLessThanOrEqual(0.3);
    expect(await preloadModel(t.ctx.db)).toBe(false);
    expect(await models()).toBe(0);
  });

  it('still flags an emergency first', async () => {
    const s = await classify('楼道里一股很浓的煤气味');
    expect(s.emergency).toBe('119');
    expect(s.source).toBe('keywords');
  });

  it('offers the general enquiry, unsure, when no keyword matches', async () => {
    const s = await classify('请问一下');
    expect(s).toMatchObject({ category: 'gov-services.consultation', lowConfidence: true, source: 'keywords' });
  });

  it('answers from the model once a job has trained one', async () => {
    await ensureModel(t.ctx.db);
    expect(await models()).toBe(1);
    expect(await preloadModel(t.ctx.db)).toBe(true);
    const s = await classify('家里暖气不热，屋里才十四度');
    expect(s).toMatchObject({ source: 'model', departmentCode: 'heating' });
    expect(typeof s.modelId).toBe('number');
    expect(s.lowConfidence).toBe(s.confidence < 0.5);
    expect(s.alternatives.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
