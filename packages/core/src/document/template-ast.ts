import type { AST } from '@handlebars/parser';

/** A use of a variable in a template, and whether something keeps an empty value from showing. */
export interface VariableUse {
  path: AST.PathExpression;
  /** Inside `{{#if name}}`, the else of `{{#unless name}}`, or as the first argument of a fallback helper. */
  guarded: boolean;
}

export interface TemplateWalker {
  /** Every helper call (`{{name arg}}`, `(name arg)`) and block (`{{#name}}`), with its node. */
  call?(name: string, node: AST.MustacheStatement | AST.SubExpression | AST.BlockStatement): void;
  /** Every path read as a value or argument (not helper names). */
  variable?(use: VariableUse): void;
  /** Statements outside plain text, values, comments and `if`/`unless` blocks. */
  other?(node: AST.Node): void;
  /** A `{{…}}` or `(…)` whose head is not a name: a literal (`{{0}}`, `{{"x"}}`) or a subexpression (`{{(first a)}}`). */
  unnamed?(node: AST.MustacheStatement | AST.SubExpression): void;
}

const CONDITIONALS = new Set(['if', 'unless']);

/**
 * Walk a template's AST in source order. `fallbackHelpers` names the helpers whose first
 * argument may be empty because a second one stands in for it.
 */
export function walkTemplate(program: AST.Program, fallbackHelpers: ReadonlySet<string>, walker: TemplateWalker): void {
  const guards: string[] = [];
  const isGuarded = (name: string) => guards.includes(name);

  const expression = (node: AST.Expression, guarded: boolean) => {
    if (node.type === 'PathExpression') {
      const path = node as AST.PathExpression;
      walker.variable?.({ path, guarded: guarded || isGuarded(path.original) });
    } else if (node.type === 'SubExpression') {
      call(node as AST.SubExpression);
    }
  };

  const call = (node: AST.MustacheStatement | AST.SubExpression) => {
    if (node.path.type !== 'PathExpression') {
      walker.unnamed?.(node);
      return;
    }
    const head = (node.path as AST.PathExpression).original;
    if (node.params.length === 0 && !node.hash?.pairs.length) {
      expression(node.path, false);
      return;
    }
    walker.call?.(head, node);
    const fallback = fallbackHelpers.has(head) && node.params.length > 1;
    node.params.forEach((param: AST.Expression, index: number) => expression(param, fallback && index === 0));
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, false);
  };

  const statements = (body: AST.Statement[]) => {
    for (const statement of body) {
      switch (statement.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement':
          call(statement as AST.MustacheStatement);
          break;
        case 'BlockStatement': {
          const block = statement as AST.BlockStatement;
          const head = block.path.type === 'PathExpression' ? (block.path as AST.PathExpression).original : '';
          walker.call?.(head, block);
          block.params.forEach((param: AST.Expression) => expression(param, true));
          const condition = block.params[0];
          const guardName = CONDITIONALS.has(head) && condition?.type === 'PathExpression' ? (condition as AST.PathExpression).original : undefined;
          // `{{#if x}}` guards its first branch, `{{#unless x}}` its else branch.
          const guardedBranch = head === 'if' ? 0 : 1;
          [block.program, block.inverse].forEach((branch, index) => {
            if (!branch) return;
            const guarding = guardName !== undefined && index === guardedBranch;
            if (guarding) guards.push(guardName);
            statements(branch.body);
            if (guarding) guards.pop();
          });
          break;
        }
        default:
          walker.other?.(statement);
      }
    }
  };
  statements(program.body);
}
