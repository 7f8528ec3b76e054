import { describe, expect, it } from 'vitest';
import { identify, OPTION_RULE_CASES as table } from '../../test/option-rule-cases';
import { OPTION_RULES } from './option-rules';
import { startRequestProblem } from './request-rules';

describe('StartTranscriptionJob rules between job options', () => {
  it('lists every rule once, each with where it is written down', () => {
    expect(table.map((row) => row.id)).toEqual(OPTION_RULES.map((rule) => rule.id));
    for (const rule of OPTION_RULES)
      expect(rule.source).toMatch(/API model|Developer guide|facts\.md/);
  });

  it.each(table)('$id', ({ broken, message, kept }) => {
    expect(startRequestProblem(broken)).toMatch(message);
    expect(startRequestProblem(kept)).toBeUndefined();
  });

  it('names the identification case when toxicity detection has no language code', () => {
    expect(
      startRequestProblem({ ...identify, ToxicityDetection: [{ ToxicityCategories: ['ALL'] }] }),
    ).toMatch(/not language identification/);
  });
});
