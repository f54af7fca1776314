import { describe, expect, it } from 'vitest';
import { addTag, cleanProfile, MAX_TAG, MAX_TAGS, validateProfile } from './profile';

describe('agency profile', () => {
  it('adds typed tags once, trimmed, without commas', () => {
    expect(addTag([], '  e-services ')).toEqual(['e-services']);
    expect(addTag(['pilot'], 'Pilot')).toEqual(['pilot']);
    expect(addTag(['pilot'], '   ')).toEqual(['pilot']);
    expect(addTag([], 'open,  data')).toEqual(['open data']);
    expect(addTag([], 'x'.repeat(100))[0]).toHaveLength(MAX_TAG);
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(addTag(full, 'one more')).toEqual(full);
  });

  it('needs a name of at most 300 characters', () => {
    const p = { name: ' ', sector: '', country: '', size: '', tags: [] };
    expect(validateProfile(p)).toEqual({ name: 'new-error-name-required' });
    expect(validateProfile({ ...p, name: 'x'.repeat(301) })).toEqual({ name: 'new-error-too-long' });
    expect(validateProfile({ ...p, name: 'Ministry of Health' })).toEqual({});
    expect(cleanProfile({ ...p, name: '  Ministry of Health ' }).name).toBe('Ministry of Health');
  });
});
