/**
 * Pre-match readings of session 22, held by emails of our own (not corpus items): a first place
 * conditioned on being reassured, promised or guaranteed a good rank fishes for that rank; telling
 * this program that the same news is going to another, or that the member cannot choose between
 * the two, is a second first choice; a link put in the message is no attached file; "I presented
 * my work" is the member's own deed, not a talk with the program that would make the email specific.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const fired = (body: string, context: PrematchContext): string[] =>
  checkPrematchEmail(`Dear Dr. Osei,\n\n${body}\n\nBest wishes,\nLayla Haddad`, context, '2026-12-02').findings.map(
    (f) => f.id,
  );

const top: PrematchContext = { kind: 'top-choice', program: 'Brightwater Internal Medicine', previous: [] };
const inquiry: PrematchContext = { kind: 'inquiry', program: 'Brightwater Internal Medicine' };
const update: PrematchContext = {
  kind: 'update',
  program: 'Brightwater CI Fellowship',
  previous: [{ kind: 'thank-you', program: 'Brightwater CI Fellowship', date: '2026-10-02' }],
};

describe('a condition on being reassured of a rank asks for it', () => {
  it.each([
    'Talking with your residents about the sepsis dashboard convinced me. I would place Brightwater first on condition that I can be reassured you will rank me highly.',
    'Your quality team impressed me. Brightwater will be my number one as long as I am promised that Brightwater also ranks me to match.',
  ])('%s', (body) => {
    expect(fired(body, top)).toContain('asks-for-ranking');
  });

  it('an unconditional first place asks nothing', () => {
    expect(
      fired(
        'Meeting Dr. Lindqvist about the discharge-summary project convinced me: I will rank Brightwater first, and I am sure of it.',
        top,
      ),
    ).not.toContain('asks-for-ranking');
  });
});

describe('two first places told in one email', () => {
  it.each([
    'Dr. Park\u2019s work on the handoff tool stays with me, and Brightwater is my first choice. I am giving the very same assurance to Elmhurst, since both of you earned it.',
    'After seeing the registry Dr. Park built, I will rank Brightwater number one. Honestly, I cannot decide between you and Elmhurst, so I am telling them the same.',
  ])('%s', (body) => {
    expect(fired(body, top)).toContain('multiple-top-choice');
  });

  it('one first place and a neutral word about another program is not two', () => {
    expect(
      fired(
        'Dr. Park\u2019s registry work stays with me, and Brightwater is my first choice. I have withdrawn from Elmhurst\u2019s interview list.',
        top,
      ),
    ).not.toContain('multiple-top-choice');
  });
});

describe('a link is not an attachment', () => {
  it.each([
    'Could you tell me whether the Brightwater informatics track accepts J-1 residents? I have attached a link to my portfolio site: example.org/lh.',
    'Does the Brightwater track offer protected research time? Attached is the URL of my published audit.',
  ])('no attachment: %s', (body) => {
    expect(fired(body, inquiry)).not.toContain('unprompted-attachments');
  });

  it('a file is still one', () => {
    expect(
      fired('Does the Brightwater track offer protected research time? I have attached my CV and two papers.', inquiry),
    ).toContain('unprompted-attachments');
  });
});

describe('the member presenting is no specific of the program', () => {
  it.each([
    'I wanted to let you know that I presented my research at a regional meeting and gained more experience in quality work. I remain very interested in your program.',
    'A short update: we presented our audit at a conference and I learned a lot. I still hope to hear from you.',
  ])('generic: %s', (body) => {
    expect(fired(body, update)).toContain('generic-message');
  });

  it('a faculty member who presented something to the member is specific', () => {
    expect(
      fired(
        'A short update: I passed Step 3. Since Dr. Lindqvist presented the ICU alert redesign to us, I have read her paper twice.',
        update,
      ),
    ).not.toContain('generic-message');
  });
});
