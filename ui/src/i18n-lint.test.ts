// Every visible string comes from the catalog: literal text in a component, an unknown
// message id or an unused message fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogIds, findLiteralText, literalTCalls, mentionsId } from './i18n-lint';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const LOCALES = fileURLToPath(new URL('../locales', import.meta.url));

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const files = walk(SRC);
const components = files.filter((f) => f.endsWith('.svelte'));
// App code: components and modules, not tests nor this linter.
const appCode = files.filter(
  (f) => (f.endsWith('.svelte') || f.endsWith('.ts')) && !f.endsWith('.test.ts') && !f.endsWith('i18n-lint.ts'),
);
const read = (f: string) => readFileSync(f, 'utf8');
const en = walk(join(LOCALES, 'en'))
  // report.ftl belongs to the PDF report (Rust); its own tests check it.
  .filter((f) => f.endsWith('.ftl') && !f.endsWith('report.ftl'))
  .map(read)
  .join('\n');
const enIds = catalogIds(en);
// errors.ftl holds the engine's error keys: the backend names them (`key` of an error) and
// mizan-core's error_keys test checks that each one it gives exists.
const engineIds = new Set(catalogIds(read(join(LOCALES, 'en', 'errors.ftl'))));

describe('the scanner itself', () => {
  it('finds literal text, literal attributes and {@html}', () => {
    const bad = `<script lang="ts">let x = 'Hello';</script>
<h1>Welcome</h1>
<button aria-label="Close" title={'Close window'}>×</button>
<input placeholder="Search" />
<img alt="Logo" src="x.png" />
<optgroup label="Arab League"></optgroup>
<input type="submit" value="Send" />
<p>{ok ? 'Yes' : t('no')}</p>
<p>{name ?? 'nobody'}</p>
{@html x}
<style>p { color: red; }</style>`;
    const whats = findLiteralText('Bad.svelte', bad).map((f) => f.what);
    expect(whats).toEqual([
      'text "Welcome"',
      'aria-label="Close"',
      'title= "Close window"',
      'placeholder="Search"',
      'alt="Logo"',
      'label="Arab League"',
      'value="Send"',
      'rendered literal "Yes"',
      'rendered literal "nobody"',
      '{@html …} renders markup: user and framework text must be text',
    ]);
  });

  it('accepts catalog strings, symbols, numbers and non-text attributes', () => {
    const good = `<script lang="ts">import { t } from './i18n';</script>
<h1>{t('home-title')}</h1>
<button aria-label={t('action-close')} class="close" type="button">×</button>
<span aria-hidden="true">· — 1–5 %</span>
<input type="text" value={name} id="new-name" />
<p>{a.status === 'final' ? t('status-final') : t('status-draft')}</p>`;
    expect(findLiteralText('Good.svelte', good)).toEqual([]);
  });

  it('reads message ids and t() calls', () => {
    expect(catalogIds('# c\nhello = Hi\n-term = T\nbye-now = Bye\n    .attr = x\n')).toEqual(['hello', 'bye-now']);
    expect(literalTCalls(`t('a-b') + t("c", { n }) + get('x') + ont('y')`)).toEqual(['a-b', 'c']);
    expect(mentionsId(`{ label: 'sector-health' }`, 'sector-health')).toBe(true);
    expect(mentionsId(`'sector-healthy'`, 'sector-health')).toBe(false);
  });
});

describe('the UI', () => {
  it('has no visible text outside the catalog in any component', () => {
    const findings = components.flatMap((f) => findLiteralText(relative(SRC, f), read(f)));
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.what}`)).toEqual([]);
  });

  it('uses only message ids that exist in the English catalog', () => {
    const known = new Set(enIds);
    const missing = appCode.flatMap((f) =>
      literalTCalls(read(f))
        .filter((id) => !known.has(id))
        .map((id) => `${relative(SRC, f)}: ${id}`),
    );
    expect(missing).toEqual([]);
    expect(components.length).toBeGreaterThan(10);
  });

  it('uses every message of the catalog (dynamic ids are written out as literals)', () => {
    const code = appCode.map(read).join('\n');
    expect(enIds.filter((id) => !engineIds.has(id) && !mentionsId(code, id))).toEqual([]);
  });

  it('defines each message once', () => {
    const dupes = enIds.filter((id, i) => enIds.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });
});
