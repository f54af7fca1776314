import { describe, expect, it } from 'vitest';
import { parseExchangeError } from './packs';

describe('pack import errors', () => {
  it('splits file, JSON path and message', () => {
    expect(
      parseExchangeError('/home/amal/My Packs/health.json: assessments[2].overall: score out of range 1..5'),
    ).toEqual({ file: '/home/amal/My Packs/health.json', path: 'assessments[2].overall', message: 'score out of range 1..5' });
    expect(parseExchangeError('C:\\Users\\amal\\p.json: $: the file is larger than 20 MiB; benchmark packs are limited to 20 MiB')).toEqual({
      file: 'C:\\Users\\amal\\p.json',
      path: '$',
      message: 'the file is larger than 20 MiB; benchmark packs are limited to 20 MiB',
    });
  });

  it('keeps a colon inside the message', () => {
    expect(parseExchangeError('p.json: assessments: the pack holds 2 assessment(s): a pack needs at least 3')).toEqual({
      file: 'p.json',
      path: 'assessments',
      message: 'the pack holds 2 assessment(s): a pack needs at least 3',
    });
    expect(parseExchangeError('p.json: assessments[0].dimensions.open-data: `open-data` is not a dimension').path).toBe(
      'assessments[0].dimensions.open-data',
    );
  });

  it('keeps an unexpected message whole', () => {
    expect(parseExchangeError('disk full')).toEqual({ file: null, path: null, message: 'disk full' });
  });
});
