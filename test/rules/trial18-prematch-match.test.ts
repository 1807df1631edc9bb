import { describe, expect, it } from 'vitest';
import { matchForEmail } from '../../src/rules/prematch-match.js';
import { checkPrematchEmail, prematchMatch } from '../../src/rules/prematch-check.js';

// Trial 18: an email to an internal medicine residency was judged by the AMIA fellowship match
// because the profile's target was the CI fellowship. The email's context decides; the profile's
// target is the fallback; the member is told which match was assumed and why.
const TRIAL =
  'Dear Dr. Gomez, thank you for the interview on December 2. I enjoyed meeting the residents and hearing about the informatics track with the Epic team. Your program is my first choice. Could you please let me know where I stand on your rank list?';

describe('the match a pre-match email is judged by', () => {
  it.each([
    ['Saint Barnabas Internal Medicine', 'residency-informatics-track'],
    ['Mount Sinai IM residency', 'residency-informatics-track'],
    ['Baylor Family Medicine (informatics track)', 'residency-informatics-track'],
    ['UCSF Pediatrics', 'residency-informatics-track'],
    ['Stanford Clinical Informatics', 'ci-fellowship'],
    ['Vanderbilt CI Fellowship', 'ci-fellowship'],
  ])('the program %s decides (%s), whatever the profile says', (program, want) => {
    for (const profile of ['ci-fellowship', 'residency-informatics-track', undefined] as const) {
      const d = matchForEmail('Thank you for the interview.', program, profile);
      expect(d.target).toBe(want);
      expect(d.from).toBe('program');
      expect(d.why).toContain(program);
      if (profile && profile !== want) expect(d.why).toMatch(/although your profile's target/);
    }
  });

  it.each([
    [
      'Thank you for the residency interview. Meeting your residents at noon conference was the highlight.',
      'residency-informatics-track',
    ],
    [
      'I hope to join your residency program in July; the PGY-1 schedule you described suits me.',
      'residency-informatics-track',
    ],
    [
      'Thank you for the fellowship interview; talking with your fellows about the CDS work was the best part.',
      'ci-fellowship',
    ],
    ['Your fellowship is where I hope to train, and the AMIA match is close.', 'ci-fellowship'],
  ])("with no program named, the email's words decide: %s", (email, want) => {
    const other = want === 'ci-fellowship' ? 'residency-informatics-track' : 'ci-fellowship';
    const d = matchForEmail(email, undefined, other);
    expect(d.target).toBe(want);
    expect(d.from).toBe('email');
  });

  // Near-misses: the member's own past residency or a later fellowship plan says nothing about this program.
  it.each([
    ['During my residency in Bogotá I built a sepsis registry. Thank you for the interview.', 'ci-fellowship'],
    [
      'Thank you for the interview. I hope to do a CI fellowship later, after residency.',
      'residency-informatics-track',
    ],
    ['Thank you for the interview and the tour.', 'ci-fellowship'],
    ['Thank you for the interview and the tour.', 'residency-informatics-track'],
  ])('%s falls back to the profile (%s)', (email, profile) => {
    const d = matchForEmail(email, undefined, profile as 'ci-fellowship' | 'residency-informatics-track');
    expect(d.target).toBe(profile);
    expect(d.from).toBe('profile');
    expect(d.why).toMatch(/from your profile's target/);
  });

  it('the trial email to an IM residency names the NRMP, not AMIA, and says why', () => {
    const context = {
      kind: 'thank-you',
      program: 'Saint Barnabas Internal Medicine',
      interviewDate: '2026-12-02',
      sendDate: '2026-12-03',
    } as const;
    const r = checkPrematchEmail(TRIAL, context, '2026-12-03', { target: 'ci-fellowship' });
    // The report keeps the contract's shape; the match assumed is said apart, in the view's text.
    expect(Object.keys(r).sort()).toEqual(['cannotJudge', 'findings', 'notChecked']);
    const assumed = prematchMatch(TRIAL, context, { target: 'ci-fellowship' });
    expect(assumed.target).toBe('residency-informatics-track');
    expect(assumed.why).toMatch(/NRMP Main Residency Match/);
    const text = r.findings.map((f) => f.message).join('\n');
    expect(r.findings.some((f) => f.id === 'asks-for-ranking')).toBe(true);
    expect(text).not.toMatch(/AMIA/);
  });

  it('the same email with no program and no profile names both matches', () => {
    const d = matchForEmail('Thank you for the interview.', undefined, undefined);
    expect(d.target).toBeUndefined();
    expect(d.why).toMatch(/both matches/);
  });

  // The trial's email in other members' words, with a fellowship profile: the residency's words decide.
  it.each([
    'Thank you for having me at the intern dinner last night; talking with your PGY-2s about night float helped.',
    'Thanks so much for the interview day; your categorical internal medicine program and its informatics track are my top choice.',
    'I enjoyed meeting the chief residents and hearing about the ambulatory block.',
    'I am interested in your residency program and its ambulatory EHR work.',
  ])('a residency email in other words: %s', (email) => {
    expect(matchForEmail(email, undefined, 'ci-fellowship').target).toBe('residency-informatics-track');
  });

  it.each([
    'As a PGY-3 internal medicine resident at Lakeside, I was glad to hear how your fellows lead the sepsis alert work.',
    "I'm currently an intern in surgery. Thank you for the interview; your fellows were welcoming.",
    'Thank you for the interview. I completed a 3-year internal medicine residency, and the CMIO projects your fellows run fit me.',
  ])("a fellowship email that speaks of the member's own residency: %s", (email) => {
    expect(matchForEmail(email, undefined, 'residency-informatics-track').target).toBe('ci-fellowship');
  });

  // Near-misses: "preliminary" about exam results or the member's own year says nothing about this program.
  it.each([
    'Thank you for the interview. I am waiting for my preliminary exam results and will send them.',
    'During my preliminary year in New Jersey I built a REDCap registry. Thank you for the interview.',
  ])('falls back to the profile: %s', (email) => {
    expect(matchForEmail(email, undefined, 'ci-fellowship').from).toBe('profile');
  });
});
