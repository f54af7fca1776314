import { describe, expect, it } from 'vitest';
import { baseName, parseFrameworkErrors } from './framework-errors';

describe('framework install errors', () => {
  it('splits FILE:LINE:COL: message lines', () => {
    const msg =
      '/home/u/bad.toml:12:5: level 6 has no descriptor: add one\n' +
      'C:\\Users\\u\\bad.toml:30:1: unknown dimension `x`\r\n\n' +
      'the file is not valid TOML';
    expect(parseFrameworkErrors(msg)).toEqual([
      { file: '/home/u/bad.toml', line: 12, column: 5, message: 'level 6 has no descriptor: add one' },
      { file: 'C:\\Users\\u\\bad.toml', line: 30, column: 1, message: 'unknown dimension `x`' },
      { file: null, line: null, column: null, message: 'the file is not valid TOML' },
    ]);
  });

  it('shows file names without their folders', () => {
    expect(baseName('/home/u/bad.toml')).toBe('bad.toml');
    expect(baseName('C:\\Users\\u\\bad.toml')).toBe('bad.toml');
    expect(baseName('bad.toml')).toBe('bad.toml');
  });
});
