/** A hard wrap that puts a number at the start of a line is the sentence going on, not a list. */
import { describe, expect, it } from 'vitest';
import { normalizeChars } from '../../src/text/normalize.js';
import { classifyLines, ownText } from '../../src/text/structure.js';

const own = (text: string) => {
  const n = normalizeChars(text);
  return ownText(n, classifyLines(n.text), new Set(['body', 'greeting', 'closing', 'signature'] as const)).text;
};

describe('a number a hard wrap put at the start of a line', () => {
  it('joins a long line stopped mid-sentence to the number that goes on with it', () => {
    expect(
      own('Dr. Ruiz,\n\nI would rank you first if you placed me in your top\n3. That seems fair to me.'),
    ).toContain('in your top 3. That seems fair');
    expect(
      own('Hello,\n\nOur team cut the average wait for discharge orders by\n2) hours after the change.'),
    ).toContain('by 2) hours');
  });

  it('joins a short line too when it is itself the middle of a wrapped sentence', () => {
    // Wrapped narrow: the line before the number is short, but it goes on from the line above it.
    expect(
      own(
        'Dr. Mensah,\n\nMy offer: I put Harbor View first on my\nlist and in return you place me in your top\n5. Is that agreeable?',
      ),
    ).toContain('in your top 5. Is that agreeable');
    expect(own('Hi,\n\nSo here is the deal, I rank you at\n#1, you rank me in the top\n3. Fair?')).toContain(
      'in the top 3. Fair?',
    );
    // A short lead-in after a blank line still opens a list.
    expect(own('Dear Dr. Ruiz,\n\nThank you again.\n\nMy updates\n1. a poster')).toContain('My updates\n1. a poster');
  });

  it('keeps a real numbered list after a lead-in, a colon or another item', () => {
    expect(own('Dear Dr. Ruiz,\n\nMy updates\n1. a poster at AMIA\n2. a new QI role')).toContain(
      'My updates\n1. a poster',
    );
    expect(own('Dear Dr. Ruiz,\n\nSince we spoke I have two updates to share with you all:\n1. a poster')).toContain(
      ':\n1. a poster',
    );
    expect(own('Dear Dr. Ruiz,\n\n1. a poster at the AMIA symposium in Atlanta this year\n2. a new QI role')).toContain(
      'year\n2. a new',
    );
  });
});
