// Static checks that every visible string of the UI comes from the Fluent catalog.
// Used by i18n-lint.test.ts only (never imported by the app).
import { parse } from 'svelte/compiler';

export interface Finding {
  file: string;
  line: number;
  what: string;
}

/** Attributes whose text a user sees or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);
const hasLetters = (s: string) => /\p{L}/u.test(s);

type AnyNode = { type?: string; start?: number; [k: string]: unknown };

function lineOf(source: string, offset: number | undefined): number {
  return offset === undefined ? 0 : source.slice(0, offset).split('\n').length;
}

/**
 * String literals that an expression would render as they are: the whole expression, the
 * branches of `a ? 'x' : 'y'`, the fallback of `a ?? 'x'` / `a || 'x'`, template text.
 * Literals passed to a function (t('id'), a === 'final') are not rendered.
 */
function renderedLiterals(expr: AnyNode | undefined): AnyNode[] {
  if (!expr) return [];
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [expr] : [];
    case 'TemplateLiteral':
      return (expr.quasis as AnyNode[]).filter((q) => hasLetters(String((q.value as { cooked: string }).cooked)));
    case 'ConditionalExpression':
      return [...renderedLiterals(expr.consequent as AnyNode), ...renderedLiterals(expr.alternate as AnyNode)];
    case 'LogicalExpression':
      return [...renderedLiterals(expr.left as AnyNode), ...renderedLiterals(expr.right as AnyNode)];
    default:
      return [];
  }
}

function literalText(n: AnyNode): string {
  if (n.type === 'Literal') return String(n.value);
  return String((n.value as { cooked: string }).cooked);
}

/** Visible text written into a component's markup instead of taken from the catalog. */
export function findLiteralText(file: string, source: string): Finding[] {
  const ast = parse(source, { modern: true });
  const out: Finding[] = [];
  const report = (node: AnyNode, what: string) => out.push({ file, line: lineOf(source, node.start), what });

  function checkExpression(expr: AnyNode | undefined, where: string) {
    for (const lit of renderedLiterals(expr)) {
      const text = literalText(lit);
      if (hasLetters(text)) report(lit, `${where} ${JSON.stringify(text)}`);
    }
  }

  function visit(node: unknown, parentName?: string): void {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parentName);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as AnyNode;
    switch (n.type) {
      case 'Text':
        if (hasLetters(String(n.data))) report(n, `text ${JSON.stringify(String(n.data).trim())}`);
        return;
      case 'ExpressionTag':
        checkExpression(n.expression as AnyNode, 'rendered literal');
        return;
      case 'HtmlTag':
        report(n, '{@html …} renders markup: user and framework text must be text');
        return;
      case 'RegularElement':
      case 'SvelteElement':
      case 'Component': {
        const attrs = (n.attributes as AnyNode[]) ?? [];
        const typeAttr = attrs.find((a) => a.type === 'Attribute' && a.name === 'type');
        const inputType =
          Array.isArray(typeAttr?.value) && (typeAttr!.value as AnyNode[])[0]?.type === 'Text'
            ? String((typeAttr!.value as AnyNode[])[0].data)
            : '';
        for (const a of attrs) {
          if (a.type !== 'Attribute') continue;
          const name = String(a.name);
          const visible =
            TEXT_ATTRIBUTES.has(name) || (name === 'value' && n.name === 'input' && BUTTON_INPUTS.has(inputType));
          if (!visible) continue;
          const parts = Array.isArray(a.value) ? (a.value as AnyNode[]) : a.value === true ? [] : [a.value as AnyNode];
          for (const p of parts) {
            if (p.type === 'Text' && hasLetters(String(p.data))) report(p, `${name}="${String(p.data)}"`);
            if (p.type === 'ExpressionTag') checkExpression(p.expression as AnyNode, `${name}=`);
          }
        }
        visit(n.fragment, String(n.name));
        return;
      }
      default:
        for (const [k, v] of Object.entries(n)) {
          // Attributes of special elements are not text; the rest (fragments, blocks) is.
          if (k === 'expression' || k === 'attributes' || k === 'metadata') continue;
          if (v && typeof v === 'object') visit(v, parentName);
        }
    }
  }
  visit(ast.fragment);
  return out;
}

/** Message ids defined by a Fluent source (top-level messages; terms start with '-'). */
export function catalogIds(ftl: string): string[] {
  return [...ftl.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((m) => m[1]);
}

/** Ids passed literally to t(…) in a source file. */
export function literalTCalls(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*(['"])([a-zA-Z][a-zA-Z0-9_-]*)\1/g)].map((m) => m[2]);
}

/** Whether `id` is written as a quoted string anywhere in the source. */
export function mentionsId(source: string, id: string): boolean {
  const escaped = id.replace(/[-]/g, '\\-');
  return new RegExp(`(['"\`])${escaped}\\1`).test(source);
}
