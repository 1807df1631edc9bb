import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { checkPrematchEmail, PREMATCH_CHECK_CONFIG } from '../../src/rules/prematch-check.js';
import {
  parsePrematchContext,
  parsePrematchContextText,
  type PrematchContext,
} from '../../src/rules/prematch-context.js';

const TODAY = '2026-12-01';
const PROGRAM = 'Lakeside University Clinical Informatics Fellowship';

const ids = (email: string, context: PrematchContext, today = TODAY) =>
  checkPrematchEmail(email, context, today).findings.map((f) => f.id);

/** Realistic, well-written emails of every kind: none of them may produce a finding. */
const CLEAN: Record<string, { email: string; context: PrematchContext }> = {
  inquiry: {
    email: `Subject: Eligibility question - Lakeside Clinical Informatics Fellowship

Dear Dr. Moreno,

I am an internal medicine physician trained in Egypt, ECFMG-certified, and currently a clinical data analyst on my hospital's quality team. Your team's work on the inpatient sepsis alert and its override audit is the main reason I am looking closely at Lakeside.

Could you tell me whether the fellowship considers applicants whose residency was completed outside the US, and whether you sponsor J-1 visas? I would like to be sure I meet your requirements before applying. I would be happy to send my CV if that would help.

Thank you for your time.

Kind regards,
Amira Haddad, MD`,
    context: { kind: 'inquiry', program: PROGRAM },
  },
  'thank-you': {
    email: `Dear Dr. Lindqvist,

Thank you for meeting me on November 28. I keep thinking about our conversation on how your team retired low-value alerts after the override review; it mirrors a discharge-order project I ran in Cairo.

I came away even more interested in training at Lakeside.

With thanks,
Amira Haddad`,
    context: { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-28', sendDate: '2026-11-30' },
  },
  'program follow-up': {
    email: `Dear Dr. Moreno,

Thank you and the coordinators for a well-run interview day. Three things stood out about Lakeside: fellows sit on the EHR governance committee, the data science partnership with the public health school, and a named mentor for each fellow. It is one of my top choices, and I would be glad to train there.

Best regards,
Amira Haddad`,
    context: { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-28', sendDate: '2026-12-01' },
  },
  update: {
    email: `Dear Dr. Moreno,

Since we met on November 28, I have one piece of news: our paper on EHR alert overrides was accepted by Applied Clinical Informatics. It deepened my interest in measuring how clinicians respond to decision support, which I hope to pursue through your CDS governance rotation.

Thank you again for your consideration.

Best regards,
Amira Haddad`,
    context: {
      kind: 'update',
      program: PROGRAM,
      previous: [{ kind: 'update', program: PROGRAM, date: '2026-12-20' }],
    },
  },
  'top-choice': {
    email: `Dear Dr. Moreno,

Having finished my interviews, I want to let you know that Lakeside is my top choice for clinical informatics training, above all because of the fellows' role in CDS governance. I understand both applicants and programs make independent ranking decisions, and I am sharing this only so you know how much the visit meant to me.

Warm regards,
Amira Haddad`,
    context: {
      kind: 'top-choice',
      program: PROGRAM,
      previous: [
        { kind: 'thank-you', program: 'Riverside Health', date: '2026-11-10' },
        { kind: 'top-choice', program: PROGRAM, date: '2026-12-02' },
      ],
    },
  },
  'reply to "we will rank you highly"': {
    email: `Dear Dr. Moreno,

Thank you for your kind words; they meant a lot. I enjoyed meeting the team and remain very interested in Lakeside. I will be finalising my rank list in the coming weeks and hope we work together in the future.

Best wishes,
Amira Haddad`,
    context: { kind: 'other', program: PROGRAM },
  },
};

describe('checkPrematchEmail', () => {
  it.each(Object.entries(CLEAN))('finds nothing in a clean %s email', (_kind, { email, context }) => {
    expect(checkPrematchEmail(email, context, TODAY)).toEqual({ findings: [], notChecked: [], cannotJudge: [] });
  });

  it('finds nothing in clean emails checked without any context', () => {
    for (const { email } of Object.values(CLEAN)) expect(ids(email, { kind: 'other' })).toEqual([]);
  });

  it('rejects an empty email', () => {
    expect(() => checkPrematchEmail('  \n ', { kind: 'other' }, TODAY)).toThrow(UserError);
  });

  describe('quid-pro-quo', () => {
    it.each([
      'If you rank me highly, I will rank you first.',
      "I'll rank you #1 if you rank me to match.",
      'I will rank you first if you can promise me a spot.',
      'I would rank Lakeside first in exchange for a high ranking.',
      'In return for a high spot on your list, I will put Lakeside first.',
      'As long as you rank me in your top three, you will be my number one.',
    ])('flags "%s" as high with the quote', (sentence) => {
      const f = checkPrematchEmail(`${CLEAN.update!.email}\n${sentence}`, { kind: 'other' }, TODAY).findings.find(
        (x) => x.id === 'quid-pro-quo',
      );
      expect(f?.severity).toBe('high');
      expect(f?.quote).toBe(sentence);
      expect(f?.message).toContain(`You wrote "${sentence}"`);
      expect(f?.sources).toContainEqual({ doc: 'prematch', section: 'nrmp-rules' });
    });

    it.each([
      'I understand both applicants and programs make independent ranking decisions.',
      'I understand that neither side may ask for a commitment about rank order.',
      'I will rank programs by where I can contribute most.',
      // An unconditional statement of the member's own plan is not a trade (corpus SPEC).
      'I will rank your program first.',
    ])('does not flag "%s"', (sentence) => {
      expect(ids(`${CLEAN.update!.email}\n${sentence}`, { kind: 'other' })).toEqual([]);
    });
  });

  describe('asks-for-ranking', () => {
    it.each([
      'Where am I on your rank list?',
      'Will I be ranked?',
      'Could you let me know whether I will be ranked to match?',
      'How highly do you plan to rank me?',
      'Are you going to rank me?',
      'What are my chances of matching at Lakeside?',
    ])('flags "%s" and quotes it', (question) => {
      const f = checkPrematchEmail(`${CLEAN.update!.email}\n${question}`, { kind: 'other' }, TODAY).findings[0];
      expect(f).toMatchObject({ id: 'asks-for-ranking', severity: 'high' });
      expect(f?.quote).toBe(question);
      expect(f?.message).toContain(`You asked "${question}"`);
    });

    it.each([
      'I understand both applicants and programs make independent ranking decisions.',
      'I will be finalising my rank list soon.',
      'Please let me know if there is anything else I can share before rank lists are due.',
      'Please let me know if you need any further documents.',
    ])('does not flag "%s"', (sentence) => {
      expect(ids(`${CLEAN.update!.email}\n${sentence}`, { kind: 'other' })).toEqual([]);
    });
  });

  describe('multiple-top-choice', () => {
    const earlierTopChoice = [{ kind: 'top-choice' as const, program: 'Riverside Health', date: '2026-12-10' }];

    it('flags a top-choice email when another program already got one', () => {
      const report = checkPrematchEmail(
        CLEAN['top-choice']!.email,
        {
          kind: 'top-choice',
          program: PROGRAM,
          previous: earlierTopChoice,
        },
        TODAY,
      );
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({ id: 'multiple-top-choice', severity: 'high' });
      expect(report.findings[0]?.message).toContain('You already told Riverside Health on 10 Dec 2026');
    });

    it('flags a "my first choice" sentence in an update when another program got a top-choice message', () => {
      const email = `${CLEAN.update!.email}\nLakeside is my first choice.`;
      expect(ids(email, { ...CLEAN.update!.context, previous: earlierTopChoice })).toEqual(['multiple-top-choice']);
    });

    it('does not flag "one of my top choices"', () => {
      const email = `${CLEAN.update!.email}\nLakeside is one of my top choices.`;
      expect(ids(email, { kind: 'update', program: PROGRAM, previous: earlierTopChoice })).toEqual([]);
    });

    it('does not flag a single top-choice message, or one repeating the same program', () => {
      expect(ids(CLEAN['top-choice']!.email, { kind: 'top-choice', program: PROGRAM })).toEqual([]);
      expect(
        ids(CLEAN['top-choice']!.email, {
          kind: 'top-choice',
          program: PROGRAM,
          previous: [{ kind: 'top-choice', program: PROGRAM.toUpperCase(), date: '2026-12-10' }],
        }),
      ).toEqual([]);
    });
  });

  describe('too-many-updates', () => {
    const updates = (n: number, program = PROGRAM) =>
      Array.from({ length: n }, (_, i) => ({ kind: 'update' as const, program, date: `2027-01-0${i + 1}` }));

    it(`allows a second update (${PREMATCH_CHECK_CONFIG.maxUpdatesPerProgram - 1} sent before)`, () => {
      expect(ids(CLEAN.update!.email, { kind: 'update', program: PROGRAM, previous: updates(1) })).toEqual([]);
    });

    it(`flags a third update (${PREMATCH_CHECK_CONFIG.maxUpdatesPerProgram} sent before) as medium`, () => {
      const f = checkPrematchEmail(
        CLEAN.update!.email,
        { kind: 'update', program: PROGRAM, previous: updates(2) },
        TODAY,
      ).findings[0];
      expect(f).toMatchObject({ id: 'too-many-updates', severity: 'medium' });
      expect(f?.message).toContain('already sent 2 updates');
    });

    it('counts only updates to the same program', () => {
      expect(
        ids(CLEAN.update!.email, { kind: 'update', program: PROGRAM, previous: updates(3, 'Riverside Health') }),
      ).toEqual([]);
    });

    it('says it could not count updates when the program is missing', () => {
      const report = checkPrematchEmail(CLEAN.update!.email, { kind: 'update', previous: updates(3) }, TODAY);
      expect(report.findings).toEqual([]);
      expect(report.notChecked.map((n) => n.id)).toEqual(['too-many-updates']);
    });
  });

  describe('late-thank-you', () => {
    const ty = (interviewDate: string, sendDate?: string): PrematchContext => ({
      kind: 'thank-you',
      program: PROGRAM,
      interviewDate,
      ...(sendDate ? { sendDate } : {}),
    });
    const email = CLEAN['thank-you']!.email;

    it('accepts a note sent 3 days (72 hours) after the interview', () => {
      expect(ids(email, ty('2026-11-28', '2026-12-01'))).toEqual([]);
    });

    it('flags 4 days as low', () => {
      const f = checkPrematchEmail(email, ty('2026-11-28', '2026-12-02'), TODAY).findings[0];
      expect(f).toMatchObject({ id: 'late-thank-you', severity: 'low' });
      expect(f?.message).toContain('4 days after your interview on 28 Nov 2026');
    });

    it('stays low at 7 days and turns medium at 8', () => {
      expect(checkPrematchEmail(email, ty('2026-11-24', '2026-12-01'), TODAY).findings[0]?.severity).toBe('low');
      expect(checkPrematchEmail(email, ty('2026-11-23', '2026-12-01'), TODAY).findings[0]?.severity).toBe('medium');
    });

    it('uses today when sendDate is missing', () => {
      expect(ids(email, ty('2026-11-28'), '2026-12-01')).toEqual([]);
      expect(ids(email, ty('2026-11-28'), '2026-12-02')).toEqual(['late-thank-you']);
    });

    it('says it could not check the timing without an interview date', () => {
      const report = checkPrematchEmail(email, { kind: 'thank-you', program: PROGRAM }, TODAY);
      expect(report.notChecked).toEqual([{ id: 'late-thank-you', reason: expect.stringContaining('interviewDate') }]);
    });
  });

  describe('generic-message', () => {
    const generic = `Dear Dr. Moreno,

Thank you for the interview. I enjoyed the day and I am very interested in your clinical informatics fellowship program. I believe I would be a good fit.

Sincerely,
Amira Haddad`;

    it('flags a thank-you that names nothing about the program', () => {
      const f = checkPrematchEmail(generic, { kind: 'thank-you', program: PROGRAM }, TODAY).findings[0];
      expect(f).toMatchObject({ id: 'generic-message', severity: 'medium' });
      expect(f?.message).toContain(`it never names ${PROGRAM}`);
    });

    it('accepts the same email once it names the program or a specific feature', () => {
      expect(
        ids(generic.replace('the interview.', 'the interview at Lakeside.'), { kind: 'thank-you', program: PROGRAM }),
      ).toEqual([]);
      expect(
        ids(generic.replace('I enjoyed the day', 'I especially appreciated the tour of the command center'), {
          kind: 'thank-you',
          program: PROGRAM,
        }),
      ).toEqual([]);
      expect(
        ids(`${generic}\nYour sepsis alert project is exactly what I want to learn from.`, { kind: 'update' }),
      ).toEqual([]);
    });

    it('is not applied to "other" emails', () => {
      expect(ids(generic, { kind: 'other', program: PROGRAM })).toEqual([]);
    });

    // SPEC: a person met or a conversation is a real specific, with or without a program in the context.
    it.each([
      'It was a pleasure to meet Maria Gonzalez and the current fellows.',
      'I enjoyed our chat in the cafeteria with Sam, one of the second-year fellows.',
      'Thank you for speaking with me about the research year.',
      'Thank you for your candid answers to my questions about call schedules.',
      'I especially enjoyed my conversation with Dr. Lindqvist.',
    ])('stays silent on a thank-you naming a person met or a talk with its topic, no program given: %s', (line) => {
      const email = generic.replace('I enjoyed the day and I am', `${line} I am`);
      expect(ids(email, { kind: 'thank-you' })).toEqual([]);
      expect(ids(email, { kind: 'thank-you', program: PROGRAM })).toEqual([]);
    });

    it('still flags a thank-you whose conversation names nothing, with no program given', () => {
      expect(ids(generic.replace('I enjoyed the day', 'I enjoyed our conversation'), { kind: 'thank-you' })).toEqual([
        'generic-message',
      ]);
    });
  });

  describe('overshare', () => {
    it.each([
      'I went through a divorce last year, which delayed my application.',
      'My mother passed away in 2024 and I had to care for my siblings.',
      'I have been struggling financially since I moved.',
      'I was diagnosed with depression during my internship.',
    ])('flags "%s" in a cold inquiry', (sentence) => {
      const email = CLEAN.inquiry!.email.replace('Thank you for your time.', `${sentence}\n\nThank you for your time.`);
      const f = checkPrematchEmail(email, CLEAN.inquiry!.context, TODAY).findings[0];
      expect(f).toMatchObject({ id: 'overshare', severity: 'medium' });
      expect(f?.quote).toBe(sentence);
    });

    it('flags hardship in an update sent before the interview', () => {
      const email = `${CLEAN.update!.email}\nMy father's illness kept me from studying.`;
      expect(ids(email, { kind: 'update', program: PROGRAM, interviewDate: '2026-12-15' })).toEqual(['overshare']);
    });

    it('flags hardship in a thank-you after the interview too', () => {
      const email = `${CLEAN['thank-you']!.email}\nSince my divorce last spring I have been struggling with debt.`;
      expect(ids(email, CLEAN['thank-you']!.context)).toEqual(['overshare']);
    });

    it('leaves a neutral one-clause mention alone', () => {
      const email = `${CLEAN['thank-you']!.email}\nAfter a family matter, now resolved, I returned to full-time clinical work.`;
      expect(ids(email, CLEAN['thank-you']!.context)).toEqual([]);
    });

    it('does not mistake clinical topics for personal hardship', () => {
      const email = CLEAN.inquiry!.email.replace(
        'Thank you for your time.',
        'My cancer research used registry data, and I built a depression screening dashboard.\n\nThank you for your time.',
      );
      expect(ids(email, CLEAN.inquiry!.context)).toEqual([]);
    });
  });

  describe('unprompted-attachments', () => {
    it.each([
      'Please find attached my CV.',
      'I am attaching my CV and two papers.',
      'See Haddad_CV.pdf for details.',
      'My CV is attached to this email.',
    ])('flags "%s" in an inquiry as low', (sentence) => {
      const email = CLEAN.inquiry!.email.replace('Thank you for your time.', `${sentence}\n\nThank you for your time.`);
      const f = checkPrematchEmail(email, CLEAN.inquiry!.context, TODAY).findings[0];
      expect(f).toMatchObject({ id: 'unprompted-attachments', severity: 'low', quote: sentence });
      expect(f?.message).toContain(`You wrote "${sentence}"`);
    });

    it('accepts an attachment the program asked for, and "attached to" a team or an idea', () => {
      const asked = CLEAN.inquiry!.email.replace('Thank you for your time.', 'I have attached my CV as you requested.');
      expect(ids(asked, CLEAN.inquiry!.context)).toEqual([]);
      for (const sentence of [
        'I was attached to the ICU team for a year.',
        'I am attached to the idea of working in CDS.',
      ]) {
        const placed = CLEAN.inquiry!.email.replace('Thank you for your time.', sentence);
        expect(ids(placed, CLEAN.inquiry!.context)).toEqual([]);
      }
    });
  });

  it('orders findings most severe first', () => {
    const email = 'Please find attached my CV. Where am I on your list? If you rank me first, I will rank you first.';
    expect(
      ids(email, { kind: 'thank-you', program: PROGRAM, interviewDate: '2026-11-20', sendDate: '2026-11-25' }),
    ).toEqual(['quid-pro-quo', 'asks-for-ranking', 'generic-message', 'late-thank-you', 'unprompted-attachments']);
  });
});

describe('parsePrematchContext', () => {
  it('accepts the contract shape', () => {
    const c = { kind: 'update', program: 'X', interviewDate: '2026-11-01', sendDate: '2026-12-01', previous: [] };
    expect(parsePrematchContext(c)).toEqual({ ok: true, value: c });
  });

  it('names an unknown key and lists the allowed ones', () => {
    const r = parsePrematchContext({ kind: 'update', interviewdate: '2026-11-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatch(/^interviewdate: unknown key "interviewdate" \(allowed: kind, program/);
  });

  it('names bad fields by path', () => {
    const r = parsePrematchContext({
      kind: 'letter',
      previous: [{ kind: 'update', program: 'X', date: '2026-13-01' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContainEqual(expect.stringMatching(/^kind: "letter" is not one of "inquiry"/));
      expect(r.error).toContainEqual('previous[0].date: "2026-13-01" is not a date (YYYY-MM-DD)');
    }
  });

  it('rejects a thank-you sent before the interview', () => {
    const r = parsePrematchContext({ kind: 'thank-you', interviewDate: '2026-11-10', sendDate: '2026-11-09' });
    expect(r).toEqual({ ok: false, error: [expect.stringMatching(/^sendDate: 2026-11-09 is before interviewDate/)] });
  });

  it('asks for the date instead of checking a thank-you for an interview still ahead of the day it goes out', () => {
    const email =
      'Dear Dr. Lee, thank you for the interview and for showing me the sepsis alert work at Mercy. Best, Ayesha';
    expect(() =>
      checkPrematchEmail(email, { kind: 'thank-you', program: 'Mercy', interviewDate: '2026-12-10' }, '2026-12-04'),
    ).toThrow(
      /interview date \(10 Dec 2026\) is after the day this thank-you goes out \(4 Dec 2026, today\): check the interview date/,
    );
    expect(() => checkPrematchEmail(email, { kind: 'thank-you', interviewDate: '2026-12-10' }, '2026-12-04')).toThrow(
      UserError,
    );
    // Written ahead, with the day it will go out: checked as usual.
    expect(
      checkPrematchEmail(
        email,
        { kind: 'thank-you', interviewDate: '2026-12-10', sendDate: '2026-12-11' },
        '2026-12-04',
      ).findings,
    ).toEqual([]);
  });

  it('rejects text that is not a JSON object', () => {
    expect(parsePrematchContextText('{kind: other}').ok).toBe(false);
    expect(parsePrematchContextText('[]')).toEqual({
      ok: false,
      error: [expect.stringMatching(/^\(context\): expected an object/)],
    });
    expect(parsePrematchContextText('')).toEqual({ ok: false, error: [expect.stringMatching(/file is empty/)] });
  });
});
