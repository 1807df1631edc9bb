/**
 * Newcomer trial 22: an answer about his probation that blamed ("the program was understaffed and
 * our PD was very strict, other residents also were late but I got caught") and played it down ("it
 * was not really a big problem") got neither the blame note nor advice. Read by meaning: others did
 * it too, the enforcer made responsible, circumstances given as the real reason, and the event
 * called small. Our own paraphrases, with near-misses that own the lapse and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';

const PROF = 'rf-professionalism';
const ids = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);
const advice = (q: string, a: string) => (answerFeedback(q, a).advice ?? []).join(' ');

describe('a lapse pushed onto others or circumstances gets the blame note', () => {
  it.each([
    'In PGY2 I was placed on probation for two months because my notes were often late. Honestly the program was understaffed and our PD was very strict, other residents also were late but I got caught. I did the remediation plan and met my advisor every week. I graduated on time.',
    'During my second year I got a written warning for signing discharge summaries late. Half of the interns did the same thing, I was just the one who got reported. I finished the plan they gave me.',
    'I was put on a remediation plan after two complaints about my lateness to sign-out. The main reason was the workload, we had too many patients per resident. I completed the plan.',
    'There was a probation in my first year for missed pages. I feel I was singled out, since many of the residents missed pages on that rotation as well. Since then I have had good evaluations.',
    'I received a formal warning about incomplete handovers. The chief overreacted, in my view, and I was moved to a supervised rotation for a month.',
    'I failed Step 2 CK the first time. Honestly everyone in my batch failed that year because the exam was changed, it was just bad timing. Then I passed with 245.',
  ])('%s', (answer) => {
    expect(ids(PROF, answer)).toContain('blame');
  });

  it('a typed question about critical feedback is a lapse too', () => {
    const a =
      'My supervisor flagged that my discharge notes were incomplete. She was very strict about it. Other colleagues wrote the same kind of notes too, yet only my name came up.';
    expect(ids('Tell me about a time you received critical feedback.', a)).toContain('blame');
  });

  it.each([
    // Understaffing named as context, the lapse owned.
    'In PGY2 I was placed on probation for two months for late notes. Our program was understaffed that year, but the late notes were my responsibility and I should have asked for help earlier. I built a daily documentation block and completed remediation, and every note since has been on time.',
    // A strict PD the member agrees with.
    'I was on probation in my second year because my notes were late. My PD was strict about documentation, and rightly so, because late notes put patients at risk. I completed the remediation plan and have had no concerns since.',
    // Others' lapses seen as a system problem the member then fixed.
    'My notes were often late in PGY2 and I was placed on probation. Other residents had late notes too, so after my own remediation I proposed a team-wide reminder, and late notes on our service fell by half.',
    // Others' view of it reported and answered.
    'Some colleagues told me it was not a big deal, but I took it seriously. I was on probation for late notes, I completed remediation and my evaluations since have been strong.',
    // "The one who caught it" is a catch, not being caught.
    'As the house officer I was the one who caught the mislabelled samples, and I set up a cross-check that ended the errors.',
  ])('stays quiet when the lapse is owned: %s', (answer) => {
    expect(ids(PROF, answer)).not.toContain('blame');
  });
});

describe('a lapse called small gets advice', () => {
  it.each([
    'I was on probation in PGY2 for late notes. I completed the remediation plan. It was not really a big problem.',
    'I got a written warning for late discharge summaries, which honestly was only a paperwork thing, and I completed the plan.',
    'There was a professionalism concern about missed pages. The whole thing was blown out of proportion, and I finished the remediation.',
    'I had a probation for lateness in my first year; it was a minor matter and I completed what they asked.',
    'I failed Step 1 once, but that does not matter anymore since I passed Step 2 with 250.',
  ])('%s', (answer) => {
    expect(advice(PROF, answer)).toMatch(/decides for them/);
  });

  it.each([
    'I was on probation in PGY2 for late notes. It was a serious problem and I fixed it: I completed remediation and every note since has been on time.',
    'It may look like a small thing, but late notes delay care. I was placed on probation for them in PGY2, I completed the plan, and my notes have been on time since.',
    'I was on probation for late notes. It was not a small thing for my patients, and I completed remediation.',
    // Not about a lapse: a project detail.
    'Our clinic diabetic eye exam rate was only 41 percent. The EHR report was slow but that was not a big problem. I built a registry and the rate rose to 63 percent.',
  ])('no advice: %s', (answer) => {
    const q = answer.startsWith('Our clinic') ? 'Tell me about a data project you led.' : PROF;
    expect(advice(q, answer)).not.toMatch(/decides for them/);
  });
});

describe('the example of a result fits a lapse of any age', () => {
  it('names no span of months', () => {
    const fb = answerFeedback(PROF, 'In PGY2 I was on probation for late notes. I met my advisor every week.');
    const note = fb.notes.find((n) => n.id === 'no-result')?.message ?? '';
    expect(note).not.toMatch(/\bmonths since\b/);
  });
});
