import { describe, expect, it } from 'vitest';
import { doneStatuses, todoStatuses } from './officeStatuses';

describe('office queues', () => {
  it('gives each back-office role the statuses waiting for its step', () => {
    expect(todoStatuses(['reviewer'])).toEqual(['routed', 'special_procedure']);
    expect(todoStatuses(['approver'])).toEqual(['reviewed', 'special_procedure']);
    expect(todoStatuses(['dispatcher'])).toEqual(['accepted']);
  });

  it('joins the statuses of several roles without repeats', () => {
    expect(todoStatuses(['reviewer', 'approver'])).toEqual(['routed', 'special_procedure', 'reviewed']);
    expect(doneStatuses(['reviewer'])).toContain('reviewed');
    expect(doneStatuses(['approver'])).not.toContain('reviewed');
  });
});
