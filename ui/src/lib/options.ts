// Fixed choices of the new-assessment form. Values are what the backend stores; labels are
// catalog ids, written out in full so the catalog check can see that each one is used.

import { has, locale, t } from './i18n';

export const SECTORS = [
  { value: 'health', label: 'sector-health' },
  { value: 'education', label: 'sector-education' },
  { value: 'finance', label: 'sector-finance' },
  { value: 'interior', label: 'sector-interior' },
  { value: 'justice', label: 'sector-justice' },
  { value: 'municipal', label: 'sector-municipal' },
  { value: 'social', label: 'sector-social' },
  { value: 'economy', label: 'sector-economy' },
  { value: 'digital', label: 'sector-digital' },
  { value: 'other', label: 'sector-other' },
] as const;

export const SIZES = [
  { value: 'small', label: 'size-small' },
  { value: 'medium', label: 'size-medium' },
  { value: 'large', label: 'size-large' },
  { value: 'very_large', label: 'size-very-large' },
] as const;

export function sectorLabelId(value: string): string | null {
  return SECTORS.find((s) => s.value === value)?.label ?? null;
}

export function sizeLabelId(value: string): string | null {
  return SIZES.find((s) => s.value === value)?.label ?? null;
}

/** Members of the League of Arab States (22), listed first. */
export const ARAB_LEAGUE = [
  'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR',
  'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE',
] as const;

/** ISO 3166-1 alpha-2, all 249 officially assigned codes. */
export const ISO_COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
  'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Catalog ids of the names the UN uses where CLDR's differ, written out for the catalog check. */
const OFFICIAL_NAMES: Record<string, string> = { PS: 'country-PS' };

/**
 * Country names come from the platform's CLDR data through Intl.DisplayNames, so they are
 * already translated into every UI language; the code is shown if a name is missing.
 */
export function countryName(code: string, loc: string): string {
  if (!code) return '';
  // Where the United Nations' name differs from CLDR's (State of Palestine), the catalog
  // holds it, as the report's does, so the app and the printed report agree.
  const official = OFFICIAL_NAMES[code];
  if (official && loc === locale() && has(official)) return t(official);
  try {
    return new Intl.DisplayNames([loc], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

/** The country select's two groups, each sorted by name in the UI's language. */
export function countryOptions(loc: string): { arab: CountryOption[]; other: CountryOption[] } {
  const collator = new Intl.Collator(loc);
  const arabSet = new Set<string>(ARAB_LEAGUE);
  const opt = (code: string) => ({ code, name: countryName(code, loc) });
  const byName = (a: CountryOption, b: CountryOption) => collator.compare(a.name, b.name);
  return {
    arab: ARAB_LEAGUE.map(opt).sort(byName),
    other: ISO_COUNTRIES.filter((c) => !arabSet.has(c)).map(opt).sort(byName),
  };
}
