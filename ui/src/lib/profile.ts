// The agency profile form: tags and checks. Errors are catalog ids, so they translate.
import type { Agency, AgencyProfile } from './api';
import { MAX_NAME } from '../screens/NewAssessment/validate';

/** Longest tag accepted here (a pack's fields are limited to 64 characters too). */
export const MAX_TAG = 64;
export const MAX_TAGS = 20;

/** Adds a typed tag: trimmed, inner spaces collapsed, no duplicate (ignoring case), capped. */
export function addTag(tags: readonly string[], typed: string): string[] {
  const tag = typed.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
  if (!tag || tags.length >= MAX_TAGS || tags.some((x) => x.toLowerCase() === tag.toLowerCase())) return [...tags];
  return [...tags, tag];
}

export function profileOf(agency: Agency): AgencyProfile {
  return { name: agency.name, sector: agency.sector, country: agency.country, size: agency.size, tags: [...agency.tags] };
}

export function validateProfile(p: AgencyProfile): { name?: string } {
  const name = p.name.trim();
  if (!name) return { name: 'new-error-name-required' };
  if ([...name].length > MAX_NAME) return { name: 'new-error-too-long' };
  return {};
}

/** The profile as sent: trimmed name (as the store trims it), tags as given (it sorts them). */
export function cleanProfile(p: AgencyProfile): AgencyProfile {
  return { ...p, name: p.name.trim(), tags: [...p.tags] };
}
