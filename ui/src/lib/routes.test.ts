import { describe, expect, it } from 'vitest';
import { parseHash, sectionOf, toHash, type Route } from './routes';

describe('routes', () => {
  it('round-trips every screen through the URL hash', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'new' },
      { name: 'questionnaire', id: 'a/b c' },
      { name: 'questionnaire', id: 'x', jump: 'unanswered' },
      { name: 'results', id: '42' },
      { name: 'compare', id: '42' },
      { name: 'consolidation', id: '42' },
      { name: 'changes', id: '42' },
      { name: 'frameworks' },
      { name: 'data' },
      { name: 'framework', id: 'innovation-readiness', version: '1.0.0' },
    ];
    for (const r of routes) expect(parseHash(toHash(r))).toEqual(r);
  });

  it('sends unknown or broken addresses home', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/nowhere')).toEqual({ name: 'home' });
    expect(parseHash('#/assessments/%E0%A4%A/extra/more')).toEqual({ name: 'home' });
  });

  it('highlights a top-bar section only on its own screens', () => {
    expect(sectionOf({ name: 'home' })).toBe('home');
    expect(sectionOf({ name: 'frameworks' })).toBe('frameworks');
    expect(sectionOf({ name: 'framework', id: 'x', version: '1.0.0' })).toBe('frameworks');
    expect(sectionOf({ name: 'data' })).toBe('data');
    for (const r of [
      { name: 'new' },
      { name: 'questionnaire', id: 'a' },
      { name: 'results', id: 'a' },
      { name: 'compare', id: 'a' },
    ] as Route[]) {
      expect(sectionOf(r)).toBeNull();
    }
  });
});
