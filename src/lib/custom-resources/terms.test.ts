import { describe, expect, it } from 'vitest';
import { termProblem, termsConstraint } from './terms';

describe('vocabulary phrases and filter words', () => {
  it("takes the language's letters, apostrophes, periods and hyphens", () => {
    expect(termProblem('Los-Angeles', 'en-US', 'phrase')).toBeUndefined();
    expect(termProblem('A.W.S.', 'en-US', 'phrase')).toBeUndefined();
    expect(termProblem("o'clock", 'en-GB', 'word')).toBeUndefined();
    expect(termProblem('Zürich', 'de-DE', 'phrase')).toBeUndefined();
  });

  it('says why a term does not fit, naming the character', () => {
    expect(termProblem('', 'en-US', 'phrase')).toBe('Enter a phrase, or remove the row.');
    expect(termProblem('Los Angeles', 'en-US', 'phrase')).toMatch(
      /has a space. Join the words of a phrase with hyphens/,
    );
    expect(termProblem('bad word', 'en-US', 'word')).toMatch(/Enter one word per row/);
    expect(termProblem('R2D2', 'en-US', 'phrase')).toMatch(/has the digit "2"/);
    expect(termProblem('-dash', 'en-US', 'word')).toBe("A word can't start with a hyphen.");
    expect(termProblem('Zürich', 'en-US', 'phrase')).toMatch(
      /"Zürich" has "ü", which English, US doesn't allow/,
    );
    expect(termProblem('a!b', 'de-DE', 'phrase')).toMatch(/has "!"/);
    expect(termProblem('a'.repeat(257), 'en-US', 'phrase')).toMatch(/at most 256 characters/);
  });

  it('describes the rule for the chosen language', () => {
    expect(termsConstraint('en-US', 'phrase')).toMatch(/a–z and A–Z.*Join the words/);
    expect(termsConstraint('de-DE', 'word')).not.toMatch(/Join/);
  });
});
