/**
 * Lists of element kinds written out in src/ outside the kinds' own folders, found with the TypeScript parser: a
 * `switch` on a `.kind` with cases for two kinds or more, an `if … else if …` chain whose conditions test two kinds
 * or more, one expression testing `.kind` against two kinds or more
 * (`e.kind === 'wall' || e.kind === 'zone'`, or a chain of `?:`), and an array literal naming two kinds or more. Each
 * is a list that must grow when a kind is added, and would be missed silently. Testing one kind (a rule about
 * counters asks `e.kind === 'counter'`) is not a list; nor is what a computation declares it reads (a rule's `reads`,
 * a `READS` set), which the reads probe holds true.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { SRC, sourceFiles } from './imports';

export interface KindList {
  /** `file:line`, the file relative to src/. */
  where: string;
  kinds: string[];
  form: 'switch' | 'if-chain' | 'expression' | 'array';
}

const isKindAccess = (n: ts.Node): boolean => ts.isPropertyAccessExpression(n) && n.name.text === 'kind';
const EQ = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** The kind a comparison `x.kind === 'k'` (either way round) names, if it is one. */
function comparedKind(n: ts.Node, kinds: ReadonlySet<string>): string | undefined {
  if (!ts.isBinaryExpression(n) || !EQ.has(n.operatorToken.kind)) return undefined;
  const [a, b] = isKindAccess(n.left) ? [n.left, n.right] : [n.right, n.left];
  if (!isKindAccess(a) || !ts.isStringLiteralLike(b) || !kinds.has(b.text)) return undefined;
  return b.text;
}

/** Part of a larger boolean or choice expression, so the outermost one is judged whole. */
const innerPart = (n: ts.Node): boolean => {
  const p = n.parent;
  return (
    ts.isParenthesizedExpression(p) ||
    ts.isConditionalExpression(p) ||
    ts.isPrefixUnaryExpression(p) ||
    (ts.isBinaryExpression(p) && !EQ.has(p.operatorToken.kind) && p.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
  );
};

/** What the array is assigned to, when it is a declaration of what a computation reads. */
function declaresReads(n: ts.Node): boolean {
  for (let p: ts.Node | undefined = n.parent; p && !ts.isBlock(p) && !ts.isSourceFile(p); p = p.parent) {
    if ((ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p)) && ts.isIdentifier(p.name) && /^reads$/i.test(p.name.text)) return true;
  }
  return false;
}

/** The lists in one file of src/ (or in `text`, named `file`). */
export function kindListsIn(file: string, kinds: ReadonlySet<string>, text = readFileSync(`${SRC}/${file}`, 'utf8')): KindList[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: KindList[] = [];
  const at = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (ts.isTypeNode(n)) return;
    if (ts.isSwitchStatement(n) && isKindAccess(n.expression)) {
      const named = n.caseBlock.clauses.flatMap((c) => (ts.isCaseClause(c) && ts.isStringLiteralLike(c.expression) && kinds.has(c.expression.text) ? [c.expression.text] : []));
      if (named.length >= 2) out.push({ where: at(n), kinds: named, form: 'switch' });
    } else if (ts.isIfStatement(n) && !(ts.isIfStatement(n.parent) && n.parent.elseStatement === n)) {
      const named = new Set<string>();
      for (let s: ts.Statement | undefined = n; s && ts.isIfStatement(s); s = s.elseStatement) {
        const k = comparedKind(s.expression, kinds);
        if (k) named.add(k);
      }
      if (named.size >= 2) out.push({ where: at(n), kinds: [...named], form: 'if-chain' });
    }
    if ((ts.isBinaryExpression(n) || ts.isConditionalExpression(n)) && !innerPart(n) && !comparedKind(n, kinds)) {
      const named = new Set<string>();
      const walk = (m: ts.Node): void => {
        const k = comparedKind(m, kinds);
        if (k) named.add(k);
        else if (!ts.isFunctionLike(m)) ts.forEachChild(m, walk);
      };
      walk(n);
      if (named.size >= 2) out.push({ where: at(n), kinds: [...named], form: 'expression' });
    } else if (ts.isArrayLiteralExpression(n) && !declaresReads(n)) {
      const named = n.elements.flatMap((e) => (ts.isStringLiteralLike(e) && kinds.has(e.text) ? [e.text] : []));
      if (named.length >= 2) out.push({ where: at(n), kinds: named, form: 'array' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every list of kinds in src/ outside src/core/kinds/. */
export function kindLists(kinds: readonly string[]): KindList[] {
  const set = new Set(kinds);
  return sourceFiles()
    .filter((f) => !f.startsWith('core/kinds/'))
    .flatMap((f) => kindListsIn(f, set));
}
