import type { Localized } from '../../../../src/core/types';
import type { Rule, RuleContext } from '../../../../src/core/lint/types';

/** A rule made of a command-side check, so the shared harness can run it on shell text. */
export function commandRule(id: string, checkCommands: (ctx: RuleContext) => void, messages: Record<string, Localized>): Rule {
  return { meta: { id, kinds: ['shell', 'markdown'], severity: 'warning', title: { ko: id, en: id }, messages }, check: checkCommands };
}
