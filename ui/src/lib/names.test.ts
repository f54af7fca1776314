import { describe, expect, it } from 'vitest';
import { shownRespondent, shownTitle } from './names';

describe('names the engine stores empty', () => {
  it('gives an untitled assessment and the agency itself words of the interface', () => {
    expect(shownTitle('')).toBe('Untitled assessment');
    expect(shownTitle('  ')).toBe('Untitled assessment');
    expect(shownRespondent('')).toBe('The agency (self-assessment)');
  });

  it('shows what an earlier version stored as it is', () => {
    expect(shownTitle('Ministry of Health — Public-Sector Innovation Readiness')).toBe('Ministry of Health — Public-Sector Innovation Readiness');
    expect(shownRespondent('Self-assessment')).toBe('Self-assessment');
    expect(shownRespondent('Salma')).toBe('Salma');
  });
});
