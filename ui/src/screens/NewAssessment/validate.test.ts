import { describe, expect, it } from 'vitest';
import { validateNewAssessment } from './validate';

describe('new assessment validation', () => {
  it('requires an agency name, a framework and a title', () => {
    expect(validateNewAssessment({ name: '  ', title: '', framework: '' })).toEqual({
      name: 'new-error-name-required',
      framework: 'new-error-framework-required',
      title: 'new-error-title-required',
    });
    expect(validateNewAssessment({ name: 'MoH', title: 'T', framework: 'f@1' })).toEqual({});
  });

  it('refuses names longer than the backend accepts (300 characters)', () => {
    expect(validateNewAssessment({ name: 'x'.repeat(301), title: 't', framework: 'f' }).name).toBe('new-error-too-long');
    // Counted in characters, as the backend counts them.
    expect(validateNewAssessment({ name: 'ب'.repeat(300), title: 't', framework: 'f' })).toEqual({});
  });
});
