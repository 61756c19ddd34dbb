// lintExpression: everything a rule author must hear about one expression, in
// reading order — length, syntax, lists per rule, and with a catalog the names
// and their types. It never throws: the input is text from a pull request.
import type { Expr, ListRef, VariableRef } from './ast.js';
import {
  checkAst,
  error,
  forEachNode,
  OPEN_RESOLVER,
  typeOfDataType,
  warning,
  type NameResolver,
} from './check.js';
import { parseExpression } from './parser.js';
import { clip, SourceText } from './source.js';
import { closestName } from './suggest.js';
import {
  MAX_EXPRESSION_CHARS,
  MODEL_SCORE_SUFFIX,
  WARN_EXPRESSION_CHARS,
  type Catalog,
  type Diagnostic,
} from './types.js';

export function lintExpression(text: string, catalog?: Catalog): Diagnostic[] {
  try {
    return lint(text, catalog);
  } catch (e) {
    // A bug of ours must not hide the rule's own problems nor crash the run: say it plainly.
    const reason = e instanceof Error ? e.message : String(e);
    const span = { offset: 0, length: 0, line: 1, column: 1 };
    return [
      error(
        'internal',
        `the expression could not be checked (internal error: ${clip(reason, 80)})`,
        span,
      ),
    ];
  }
}

function lint(text: string, catalog: Catalog | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (text.length >= WARN_EXPRESSION_CHARS && text.length <= MAX_EXPRESSION_CHARS) {
    out.push(
      warning(
        'too-long',
        `the expression has ${text.length} characters; AFD's guide asks for less than ${WARN_EXPRESSION_CHARS} (hard limit ${MAX_EXPRESSION_CHARS})`,
        new SourceText(text).span(0, text.length),
      ),
    );
  }
  const { ast, diagnostics } = parseExpression(text);
  out.push(...diagnostics);
  if (ast) out.push(...checkAst(ast, catalog ? catalogResolver(catalog) : OPEN_RESOLVER));
  return out;
}

function didYouMean(name: string, known: Iterable<string>, sigil: string): string {
  const similar = closestName(name, known);
  return similar === undefined ? '' : ` Did you mean ${sigil}${similar}?`;
}

export function catalogResolver(catalog: Catalog): NameResolver {
  return {
    variable(ref: VariableRef) {
      const score = catalog.modelScores.get(ref.name);
      if (score) {
        if (score.inProposal) return { type: 'number' };
        const message = `$${clip(ref.name)} is the score of model ${clip(score.modelId)}, which is not in this detector version: add the model or change the rule`;
        return {
          type: 'number',
          diagnostic: warning('model-score-not-in-proposal', message, ref.span),
        };
      }
      const variable = catalog.variables.get(ref.name);
      if (variable) return { type: typeOfDataType(variable.dataType) };
      if (ref.name.endsWith(MODEL_SCORE_SUFFIX)) {
        const modelId = ref.name.slice(0, -MODEL_SCORE_SUFFIX.length);
        const message = `$${clip(ref.name)} names no model of this event type (no model ${clip(modelId)}).${didYouMean(ref.name, catalog.modelScores.keys(), '$')}`;
        return { type: 'number', diagnostic: error('unknown-variable', message, ref.span) };
      }
      const known = [...catalog.variables.keys(), ...catalog.modelScores.keys()];
      const message = `$${clip(ref.name)} is not a variable of this event type (GetVariables).${didYouMean(ref.name, known, '$')}`;
      return { type: 'unknown', diagnostic: error('unknown-variable', message, ref.span) };
    },
    list(ref: ListRef) {
      if (catalog.lists.has(ref.name)) return undefined;
      const message = `@${clip(ref.name)} is not a list in this account (GetListsMetadata).${didYouMean(ref.name, catalog.lists.keys(), '@')}`;
      return error('unknown-list', message, ref.span);
    },
  };
}

/** The distinct names an expression uses, in order of first appearance. */
export function referencedNames(ast: Expr): {
  variables: string[];
  lists: string[];
  functions: string[];
} {
  const variables = new Set<string>();
  const lists = new Set<string>();
  const functions = new Set<string>();
  forEachNode(ast, (node) => {
    if (node.kind === 'variable') variables.add(node.name);
    else if (node.kind === 'call') functions.add(node.name);
    else if (node.kind === 'membership' && node.collection.kind === 'list')
      lists.add(node.collection.name);
  });
  return { variables: [...variables], lists: [...lists], functions: [...functions] };
}
