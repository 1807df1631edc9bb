/**
 * Pre-match readings of round thirty-one, held by sentences of our own (not corpus items):
 * - generic-message: what the program's people said or asked, told as their act ("you wondered
 *   how…", "your question about…", "telling me about…") or as a session with a topic ("the session
 *   with the residents about…", "the case conference on…"), belongs to this program; a topic that is
 *   only the member ("my background") or the program in general ("the program") does not;
 * - generic-message: a sign-off composed freely ("With utmost respect and gratitude,", "Thanks and
 *   best regards") ends the body, so the writer's own titled name after it is no person met; and the
 *   ordinary adjectives of an institution's name ("academic", "community") do not name it;
 * - overshare: the other senses of money and health words — "poor" said of a thing, "broke" as the
 *   verb, an apology owed, surgery as a specialty, debt as a variable in a study — are no
 *   disclosure, while the member's poverty, debts or a relative's operation still are; a family named
 *   and then taken up as "they"/"them" with its expectations is family pressure;
 * - unprompted-attachments: a file sent "following Ms. Ortega's request" was asked for; "I have
 *   taken the liberty of including my certificate with this email" encloses one.
 * Near-misses beside each.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const thanks: PrematchContext = {
  kind: 'thank-you',
  program: 'Harwick Academic Medical Center Clinical Informatics Fellowship',
  interviewDate: '2026-10-05',
  sendDate: '2026-10-06',
};
const inquiry: PrematchContext = {
  kind: 'inquiry',
  program: 'Harwick Academic Medical Center Clinical Informatics Fellowship',
};
const ids = (email: string, context: PrematchContext = thanks) =>
  checkPrematchEmail(email, context, '2026-10-06').findings.map((f) => f.id);
/** A thank-you whose only possible specific is the sentence given. */
const plain = (body: string, signOff = 'Kind regards,\nTomás Ferreira') =>
  ids(`Dear Dr. Whitlow,\n\nThank you for the interview yesterday. ${body}\n\n${signOff}`);

describe('generic-message: what the program said or asked, told as its act or as a session with a topic', () => {
  it.each([
    'You wondered how the nurse-staffing forecast would hold up on a smaller hospital, so I tried it on our census data.',
    'You asked me whether the discharge checklist could run inside the patient portal, and I have kept thinking about it.',
    'I remember your question about how we measured the drop in duplicate imaging orders.',
    'Your suggestion that I read the paper on alert overrides was a good one.',
    'Thank you for telling me about the pharmacy dashboard your fellows rebuilt last spring.',
    'The session with the residents about the discharge summary redesign was the highlight of my day.',
    'I enjoyed the case conference on the sepsis BPA very much.',
    'I learned a great deal at the journal club on inbox triage.',
    'Dr. Pillai was curious about how we handled allergy reconciliation in Lagos, and I wrote up a short note.',
    'Your feedback on my handoff project was very useful.',
  ])('not generic: %s', (body) => {
    expect(plain(body)).not.toContain('generic-message');
  });

  it.each([
    'Thank you for telling me about the program.',
    'The session with the residents about the program was very informative.',
    'Thank you for your questions about my background and my research.',
    'You asked me about my experience and my goals.',
    'I appreciated the opportunity to learn about the fellowship and meet the faculty.',
    'The curriculum seems balanced between operational and academic work.',
  ])('still generic: %s', (body) => {
    expect(plain(body)).toContain('generic-message');
  });
});

describe('generic-message: a freely composed sign-off ends the body; the writer is no person met', () => {
  const generic =
    'It was an honour to interview at your esteemed institution. The warmth of your residents left a deep impression on me.';
  it.each([
    'With utmost respect and gratitude,\nDr. Khaled Haddad',
    'Thanks and best regards\nDr. Mahmoud Salem',
    'With deepest respect\nDr. Ananya Rao',
    'My sincere thanks and warm regards,\nDr. Ifeoma Obi',
    'With humble gratitude\nProf. Lin Wei',
    'Respect and best wishes,\nDr. Rafael Souza',
  ])('generic with the sign-off %j', (signOff) => {
    expect(plain(generic, signOff)).toContain('generic-message');
  });

  it.each([
    [
      'With utmost respect and gratitude,\nDr. Khaled Haddad',
      'I enjoyed meeting Dr. Okonkwo and hearing about the ED boarding dashboard.',
    ],
    ['Thanks and best regards\nDr. Mahmoud Salem', 'Thank you for telling me about the sepsis alert retirement work.'],
    ['With deepest respect\nDr. Ananya Rao', 'I loved the tour of the Harwick command centre.'],
  ])('not generic with %j when a specific is named', (signOff, body) => {
    expect(plain(body, signOff)).not.toContain('generic-message');
  });

  it('a sentence made of sign-off words inside the body is still body text', () => {
    const r = ids(
      'Dear Dr. Whitlow,\n\nMy thanks and regards go to Dr. Menon for the walkthrough of the inbox triage pilot.\n\nBest,\nTomás',
    );
    expect(r).not.toContain('generic-message');
  });
});

describe('overshare: the other senses of money and health words', () => {
  it.each([
    'Please forgive my poor English.',
    'Sorry for my poor grammar, I am still learning.',
    'Our poor adherence numbers were what started the project.',
    'I am sorry this is late, my laptop broke at the airport and I only got it back today.',
    'The interface broke twice during go-live, and we learned a lot.',
    'I owe you an apology for the delay in writing.',
    'I owe you thanks for the time you gave me.',
    'My wife is matching in general surgery, so we are applying as a couple.',
    'I rotated in vascular surgery before starting the informatics elective.',
    'Our surgery residency colleagues helped test the consent tool.',
    'In our clinic data, unpaid medical debt turned out to predict missed dialysis visits.',
    'We found that household income was associated with portal enrolment in our cohort.',
  ])('silent on: %s', (body) => {
    expect(plain(`I enjoyed the tour of the Harwick command centre. ${body}`)).not.toContain('overshare');
  });

  it.each([
    'We were so poor that I studied by candlelight.',
    'I come from a poor family and everything depends on this match.',
    'Honestly, I am broke after paying for the exams.',
    'I went broke paying for three attempts at Step 2.',
    'I still owe the bank most of my exam loans.',
    'My father had heart surgery last month and I am caring for him.',
    'I have debts from my exams that I cannot pay.',
    'My parents sold their land for my exams, and they expect me to match this year.',
  ])('fires on: %s', (body) => {
    expect(plain(`I enjoyed the tour of the Harwick command centre. ${body}`)).toContain('overshare');
  });
});

describe('overshare: the family named, then taken up as "they" or "them"', () => {
  it.each([
    'My parents have put everything into my education, and they expect me to match this year; I cannot face them if I do not.',
    'My mother worked double shifts for my studies and they are counting on me now.',
    'My family gave up so much, and honestly I could not face them with another year without a match.',
    'My parents paid for every exam, they depend on me to succeed.',
    'My family back home asks every week, and I cannot let down them again.',
  ])('fires on: %s', (body) => {
    expect(plain(`I enjoyed the tour of the Harwick command centre. ${body}`)).toContain('overshare');
  });

  it.each([
    'My parents visited Boston last spring and they loved the city.',
    'My wife and I are relocating in June; they expect the movers on the first.',
    'My brother is a nurse, and they expect him to lead the Epic training at his hospital.',
    'My parents came to my graduation, and they were proud of the poster.',
    'The residents told me they expect the new order sets to go live in May.',
  ])('silent on: %s', (body) => {
    expect(plain(`I enjoyed the tour of the Harwick command centre. ${body}`)).not.toContain('overshare');
  });
});

describe('unprompted-attachments: asked for in another wording, or enclosed in another wording', () => {
  const inq = (body: string) =>
    ids(
      `Dear Dr. Whitlow,\n\nI am writing to ask whether the Harwick track offers protected time for builder training.\n\n${body}\n\nBest,\nTomás Ferreira`,
      inquiry,
    );
  it.each([
    "Following Ms. Ortega's request, I have attached my updated CV.",
    "Per Dr. Lund's instructions, I have attached my ECFMG certificate.",
    'In response to the coordinator’s request, please find my transcript attached.',
    'In reply to your email asking for my CV, I have attached it here.',
    "After the program coordinator's request last week, I have attached my score report.",
  ])('silent when the program asked: %s', (body) => {
    expect(inq(body)).not.toContain('unprompted-attachments');
  });

  it.each([
    'I have taken the liberty of including my Epic certificate and a sample SQL project with this email.',
    'I went ahead and added both of my recent posters and my CV to this email.',
    'I have attached my CV and two papers.',
    'Following our call, I have attached my CV for your review.',
    'Please find enclosed my certificates and my research statement.',
  ])('fires when nobody asked: %s', (body) => {
    expect(inq(body)).toContain('unprompted-attachments');
  });
});

describe('texting "ill", "id", "ive" read as I will / I would / I have before a verb', () => {
  const other: PrematchContext = {
    kind: 'other',
    program: 'Harwick Academic Medical Center Clinical Informatics Fellowship',
  };
  const text = (body: string) => ids(`hi dr whitlow, thx again for the harwick interview!! ${body}\n\ntomás`, other);
  it.each([
    'if u guys rank me high ill put harwick first no question',
    'real talk: if you rank me to match ill rank harwick #1. lmk',
    'rank me high and ill withdraw my other apps lol',
    'if harwick ranks me top 3, ill def put you first',
    'put me high on ur list and ill put harwick first',
  ])('quid-pro-quo on: %s', (body) => {
    expect(text(body)).toContain('quid-pro-quo');
  });

  it.each([
    'ill put harwick first on my list no matter what, just wanted u to know',
    'my dad was ill last winter but he is fine now',
    'the dashboard flags patients who are ill enough for the ICU',
    'i still remember the patient id bug you showed us in the demo',
    'ive ranked harwick first already, no strings attached',
  ])('no trade on: %s', (body) => {
    expect(text(body)).not.toContain('quid-pro-quo');
  });
});
