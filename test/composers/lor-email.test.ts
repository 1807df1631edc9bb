import { saidApplied } from '../helpers/said-applied.js';
import { describe, expect, it } from 'vitest';
import { composeLorEmail, declineSentence } from '../../src/composers/lor-email.js';
import { UserError } from '../../src/core/errors.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-11-22';
const withLetters = (f: (l: Letter) => Letter): Profile => ({ ...example(), letters: example().letters!.map(f) });
// A deadline on the fellowship calendar: after next season's ERAS opening, before programs start reading.
const ON_CALENDAR = '2027-07-15';
const onCalendar = (p: Profile): Profile => ({ ...p, deadline: ON_CALENDAR });

describe('composeLorEmail', () => {
  it('asks for a strong letter, offers an honourable way to decline, and states target, specialty and deadline', () => {
    const { subject, body } = composeLorEmail(onCalendar(example()), { today: TODAY });
    expect(subject).toMatch(/strong letter/i);
    expect(body).toMatch(/write a strong letter of recommendation/);
    expect(body).toContain(declineSentence());
    expect(declineSentence()).toMatch(/please just say so/);
    expect(body).toMatch(/clinical informatics \(CI\) fellowship/);
    expect(body).toMatch(/internal medicine/);
    expect(body).toMatch(/15 Jul 2027/);
    expect(body).toMatch(/package/);
  });

  it('asks a writer who never saw the work only for what they know first-hand, never about supervised work or teamwork', () => {
    const unseen = withLetters((l) =>
      l.writer === 'Ms. Ortiz' ? { ...l, directObservation: false, physician: false, informatics: true } : l,
    );
    const { body } = composeLorEmail(unseen, { today: TODAY, writer: 'Ms. Ortiz' });
    expect(body).toMatch(/what you know of my interest in clinical informatics from our conversations/);
    expect(body).not.toMatch(/functioned in an IT or analytics team|the informatics work you supervised/);
  });

  // A trial (session 13): a US online-course teacher who never watched the member work was asked to
  // describe "how I adapted to US clinical workflows … working with Epic".
  it('never asks a US writer who did not see the member work about US clinical workflows', () => {
    const unseenUs = withLetters((l) =>
      l.writer === 'Ms. Ortiz'
        ? { ...l, setting: 'us' as const, directObservation: false, physician: false, informatics: true }
        : l,
    );
    const { body } = composeLorEmail(unseenUs, { today: TODAY, writer: 'Ms. Ortiz' });
    expect(body).not.toMatch(/US clinical workflows/);
    // A US writer who did see the work is still asked about them.
    const seenUs = withLetters((l) =>
      l.writer === 'Dr. Lee' ? { ...l, setting: 'us' as const, directObservation: true } : l,
    );
    expect(composeLorEmail(seenUs, { today: TODAY, writer: 'Dr. Lee' }).body).toMatch(/US clinical workflows/);
  });

  it('addresses the strongest writer not yet asked by default', () => {
    expect(composeLorEmail(example(), { today: TODAY }).writer?.writer).toBe('Dr. Lee');
    const leeAsked = withLetters((l) => (l.writer === 'Dr. Lee' ? { ...l, asked: '2026-11-01' } : l));
    expect(composeLorEmail(leeAsked, { today: TODAY }).writer?.writer).toBe('Ms. Ortiz');
  });

  it('treats a planned (future) ask as not yet asked, and falls back to the strongest when all are asked', () => {
    const planned = withLetters((l) => (l.writer === 'Dr. Lee' ? { ...l, asked: '2026-12-01' } : l));
    expect(composeLorEmail(planned, { today: TODAY })).toMatchObject({ kind: 'ask', writer: { writer: 'Dr. Lee' } });
    const allAsked = withLetters((l) => ({ ...l, asked: '2026-11-01' }));
    expect(composeLorEmail(allAsked, { today: TODAY })).toMatchObject({
      kind: 'follow-up',
      writer: { writer: 'Dr. Lee' },
    });
  });

  it('follows up with a writer already asked instead of asking again', () => {
    const asked = onCalendar(withLetters((l) => (l.writer === 'Ms. Ortiz' ? { ...l, asked: '2026-11-10' } : l)));
    const email = composeLorEmail(asked, { today: TODAY, writer: 'Ms. Ortiz' });
    expect(email.kind).toBe('follow-up');
    expect(email.subject).toMatch(/^Following up: letter of recommendation/);
    expect(email.body).toMatch(/^Dear Ms\. Ortiz,/);
    expect(email.body).toContain('following up on my request of 10 Nov 2026');
    expect(email.body).not.toContain(declineSentence()); // no new request to decline
    expect(email.body).not.toMatch(/Would you feel able to write/);
    expect(email.body).toMatch(/please just say so/);
    expect(email.body).toMatch(/due by 15 Jul 2027/);
    // Asked today counts as asked; a date still ahead does not.
    const today = withLetters((l) => (l.writer === 'Ms. Ortiz' ? { ...l, asked: TODAY } : l));
    expect(composeLorEmail(today, { today: TODAY, writer: 'Ms. Ortiz' }).kind).toBe('follow-up');
  });

  it('never gives a due date that has passed', () => {
    const after = '2027-02-01';
    const ask = composeLorEmail(example(), { today: after });
    expect(ask.body).not.toMatch(/15 Jan 2027/);
    expect(ask.body).toMatch(/confirm the exact deadline with each program/);
    // A writer asked before the deadline, once it has passed: thanks, never a promise to confirm a date.
    const asked = saidApplied(withLetters((l) => ({ ...l, asked: '2026-11-01' })));
    const after_ = composeLorEmail(asked, { today: after });
    expect(after_.kind).toBe('thanks');
    expect(after_.body).not.toMatch(/15 Jan 2027|confirm/);
  });

  it('addresses the named writer, matching case-insensitively', () => {
    const email = composeLorEmail(example(), { today: TODAY, writer: 'ms. ortiz' });
    expect(email.writer?.writer).toBe('Ms. Ortiz');
    expect(email.body.startsWith('Dear Ms. Ortiz,')).toBe(true);
  });

  it('greets a writer by name only, without the role or credentials typed after it', () => {
    const greet = (writer: string) =>
      composeLorEmail(
        withLetters((l) => (l.writer === 'Dr. Lee' ? { ...l, writer } : l)),
        { today: TODAY, writer },
      ).body.split('\n')[0];
    expect(greet('Maria Santos RN')).toBe('Dear Maria Santos,');
    expect(greet('Dr. Arjun Rao, CMIO')).toBe('Dear Dr. Rao,');
    expect(greet('Linda Chavez, analytics manager')).toBe('Dear Linda Chavez,');
    expect(greet('Dr. Kevin Park MD, FACP')).toBe('Dear Dr. Park,');
    expect(greet('Ms. Ortiz')).toBe('Dear Ms. Ortiz,');
    expect(greet('Dr. Ana de la Cruz')).toBe('Dear Dr. de la Cruz,');
  });

  it('greets a physician named without a title as Dr. and the family name, never by full name', () => {
    const greet = (writer: string, physician: boolean) =>
      composeLorEmail(
        withLetters((l) => (l.writer === 'Dr. Lee' ? { ...l, writer, physician } : l)),
        { today: TODAY, writer },
      ).body.split('\n')[0];
    // Newcomer trial 15 was greeted "Dear Susan Park," for a physician CMIO.
    expect(greet('Susan Park', true)).toBe('Dear Dr. Park,');
    expect(greet('Susan Park (CMIO, my boss)', true)).toBe('Dear Dr. Park,');
    expect(greet('Rafael de Souza', true)).toBe('Dear Dr. de Souza,');
    // Not known to be a physician, or typed with another profession: the full name, no title guessed.
    expect(greet('Susan Park', false)).toBe('Dear Susan Park,');
    expect(greet('Grace Otieno, nurse manager', true)).toBe('Dear Grace Otieno,');
  });

  it('rejects an unknown writer with a UserError listing the writers', () => {
    expect(() => composeLorEmail(example(), { today: TODAY, writer: 'Dr. Nobody' })).toThrow(UserError);
    expect(() => composeLorEmail(example(), { today: TODAY, writer: 'Dr. Nobody' })).toThrow(
      /Dr\. Lee, Dr\. Haddad, Ms\. Ortiz/,
    );
  });

  it('asks the informatics writer to speak to the informatics work they saw', () => {
    const { body } = composeLorEmail(example(), { today: TODAY, writer: 'Ms. Ortiz' });
    expect(body).toContain('EHR data analyst for sepsis bundle dashboard');
    expect(body).toContain('time to antibiotics reported weekly');
    expect(body).not.toMatch(/US clinical workflows/);
  });

  it('asks a US writer about adapting to US workflows, naming the EHR, only after hands-on US clinical time', () => {
    // The example member only observed in the US: the observer writer speaks to what they learned.
    const observed = composeLorEmail(example(), { today: TODAY, writer: 'Dr. Lee' }).body;
    expect(observed).not.toMatch(/adapted to US clinical workflows/);
    expect(observed).toMatch(/learned of US clinical workflows as an observer.*seeing Epic in use/);
    const handsOn = { ...example(), usce: [{ kind: 'externship' as const, months: 3, ehr: 'Epic', handsOn: true }] };
    expect(composeLorEmail(handsOn, { today: TODAY, writer: 'Dr. Lee' }).body).toMatch(
      /adapted to US clinical workflows.*working with Epic/,
    );
  });

  it('asks for professionalism only when the profile has a professionalism entry', () => {
    expect(composeLorEmail(example(), { today: TODAY }).body).not.toMatch(/professionalism/);
    const p = { ...example(), professionalism: [{ kind: 'report' as const, date: '2021-02' }] };
    const { body } = composeLorEmail(p, { today: TODAY });
    expect(body).toMatch(/my reliability and professionalism/);
    expect(body).toMatch(/professionalism issue on my record/);
  });

  it('names the July the training would start, from the calendar of the day asked, and never says "this cycle"', () => {
    const noDeadline = (): Profile => {
      const p = example();
      delete p.deadline;
      return p;
    };
    const second = (p: Profile, today: string) => composeLorEmail(p, { today }).body.split('\n\n')[1]!;
    // December: this season's CI interviews are over, so the request is for next season's applications.
    const dec = second(noDeadline(), '2026-12-04');
    expect(dec).toMatch(
      /^I am preparing to apply for a clinical informatics \(CI\) fellowship, building on my training in internal medicine\. The fellowship would start in July 2028; applications typically open in ERAS in early July 2027\./,
    );
    // August: fellowship applications opened in July, for a fellowship the following July.
    expect(second(noDeadline(), '2026-08-10')).toMatch(
      /^I am applying for a clinical informatics \(CI\) fellowship, .*\. The fellowship would start in July 2027\./,
    );
    // A residency applicant in December: that season's Match runs to March, but a letter asked now
    // is for the applications that open in September.
    const residency = { ...noDeadline(), target: 'residency-informatics-track' as const };
    expect(second(residency, '2026-12-04')).toMatch(
      /^I am preparing to apply for internal medicine residency programs with an informatics track\. The residency would start in July 2028; applications typically open in ERAS in early September 2027\./,
    );
    expect(second(residency, '2026-09-10')).toMatch(/^I am applying for .*\. The residency would start in July 2027\./);
    // A deadline in next season's applications decides the season, as on the timeline.
    expect(second({ ...example(), deadline: '2027-08-01' }, '2026-12-03')).toMatch(
      /^I am preparing to apply .*\. The fellowship would start in July 2028;/,
    );
    for (const today of ['2026-01-10', '2026-06-10', '2026-10-10', '2026-12-20']) {
      expect(composeLorEmail(noDeadline(), { today }).body).not.toMatch(/this cycle|coming application season/);
    }
  });

  it("claims no season when the deadline falls between one season's last step and the next one's opening", () => {
    // The example's 15 Jan 2027 is after the AMIA commit deadline and before ERAS opens in June.
    const body = composeLorEmail(example(), { today: TODAY }).body;
    expect(body).toMatch(
      /I am applying for a clinical informatics \(CI\) fellowship, building on my training in internal medicine\. /,
    );
    expect(body).not.toMatch(/would start in July/);
  });

  it('thanks a writer asked for a season whose applications are already in, instead of following up', () => {
    // Asked in August, December: the fellowship applications went in months ago.
    const p = saidApplied(withLetters((l) => ({ ...l, asked: '2026-08-01' })));
    delete p.deadline;
    const { kind, subject, body } = composeLorEmail(p, { today: '2026-12-04' });
    expect(kind).toBe('thanks');
    expect(subject).toMatch(/^Thank you/);
    expect(body).toMatch(/nothing more I need from you/);
    expect(body).not.toMatch(/following up|deadline|Would you feel able/i);
  });

  it('dates a follow-up by the original request while that season is still open', () => {
    const p = withLetters((l) => ({ ...l, asked: '2026-06-20' }));
    delete p.deadline;
    const { kind, body } = composeLorEmail(p, { today: '2026-07-20' });
    expect(kind).toBe('follow-up');
    expect(body).toMatch(/I am applying for .*\. The fellowship would start in July 2027\./);
  });

  // ux39 (newcomer trial 13): a request email never names an exam failure; it offers a call, and the
  // package tells the member to tell the story there.
  it('names no failed exam in the request, and offers a call instead', () => {
    const once = {
      ...example(),
      exams: [
        { exam: 'step1' as const, date: '2019-06', result: 'pass' as const },
        { exam: 'step3' as const, date: '2023-10', result: 'fail' as const, score: 192 },
      ],
    };
    const { body } = composeLorEmail(once, { today: TODAY });
    expect(body).not.toMatch(/Step 3|attempt|fail/i);
    expect(body).toMatch(/I would be glad to talk you through my path and my plans on a short call\./);
  });

  it('asks a writer who saw the work about improvement over time, without naming the exam or damage control', () => {
    const { body } = composeLorEmail(example(), { today: TODAY });
    expect(body).toMatch(/improvement you saw in me over time/);
    expect(body).not.toMatch(/Step 1 attempts|not asking you to write about these/);
    expect(body).not.toMatch(/damage control|explain away|downplay/i);
    const clean = { ...example(), exams: [{ exam: 'step1' as const, date: '2019-06', result: 'pass' as const }] };
    expect(composeLorEmail(clean, { today: TODAY }).body).not.toMatch(/over time|Step 1|short call/);
  });

  it('never asks about professionalism and then says "I am not asking you to write about these"', () => {
    const p: Profile = {
      ...example(),
      professionalism: [{ kind: 'report', date: '2022-10', remediated: true }],
    };
    const { body } = composeLorEmail(p, { today: TODAY, writer: 'Dr. Lee' });
    expect(body).toMatch(/my reliability and professionalism as you have seen them/);
    expect(body).toMatch(/talk you through my path, including .*the professionalism issue on my record/);
    expect(body).not.toMatch(/not asking you to write about/);
    expect(body).toMatch(/What you say about any of it is entirely your call/);
  });

  it('addresses a program director as the director of the residency they ran, and tells them they know the issue from it rather than the story as news', () => {
    const p: Profile = {
      ...example(),
      exams: [{ exam: 'step1', date: '2019-06', result: 'pass' }],
      residencies: [
        {
          country: 'USA',
          specialty: 'family medicine',
          from: '2022-07',
          to: '2025-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      professionalism: [{ kind: 'report', date: '2022-10', remediated: true }],
      letters: [
        {
          writer: 'Dr. Carter',
          role: 'program-director',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2025,
        },
      ],
    };
    const { body } = composeLorEmail(p, { today: TODAY, writer: 'Dr. Carter' });
    expect(body).toMatch(/You know about the professionalism concern from Oct 2022 and how it was handled/);
    // A program director ran the whole residency: named as such, not "saw my work in 2025".
    expect(body).toMatch(/As the director of my family medicine residency \(2022–2025\), you saw my work first-hand/);
    expect(body).not.toMatch(/You saw my work first-hand in the US in 2025/);
    expect(body).not.toMatch(/nothing in my file surprises you/);
    // A resignation is not a "concern that was handled": the member's own email must not call it one.
    const resigned = composeLorEmail(
      { ...p, professionalism: [{ kind: 'resignation', date: '2022-10', note: 'left to move with my spouse' }] },
      { today: TODAY, writer: 'Dr. Carter' },
    ).body;
    expect(resigned).toMatch(/You know about my resignation in Oct 2022 and why I left/);
    expect(resigned).not.toMatch(/professionalism concern|changed since/);
  });

  it('states a residency informatics track target', () => {
    const { body, subject } = composeLorEmail(
      { ...example(), target: 'residency-informatics-track' },
      { today: TODAY },
    );
    expect(body).toMatch(/internal medicine residency programs with an informatics track/);
    expect(subject).toMatch(/residency \(informatics track\)/);
  });

  it('promises to confirm the deadline when the profile has none', () => {
    const { deadline: _d, ...noDeadline } = example();
    expect(composeLorEmail(noDeadline, { today: TODAY }).body).toMatch(/confirm the exact deadline/);
  });

  it('acknowledges short notice when the ask is under four weeks before the deadline', () => {
    expect(composeLorEmail(onCalendar(example()), { today: '2027-06-20' }).body).toMatch(/shorter notice/);
    expect(composeLorEmail(onCalendar(example()), { today: TODAY }).body).not.toMatch(/shorter notice/);
  });

  it('writes a general template addressed to [writer name] when no letters are listed', () => {
    const { letters: _l, ...none } = example();
    const email = composeLorEmail(none, { today: TODAY });
    expect(email.writer).toBeNull();
    expect(email.body.startsWith('Dear [writer name],')).toBe(true);
    expect(email.body).toContain(declineSentence());
    expect(() => composeLorEmail(none, { today: TODAY, writer: 'Dr. Lee' })).toThrow(/lists no letter writers/);
  });
});

describe('composeLorEmail: no overclaiming', () => {
  it('says "working with" an EHR only when the member used it hands-on', () => {
    const observed = composeLorEmail(example(), { today: TODAY }).body; // the example's Epic observership
    expect(observed).toMatch(/including seeing Epic in use/);
    expect(observed).not.toMatch(/working with Epic/);
    const handsOn = composeLorEmail(
      { ...example(), usce: [{ kind: 'externship', months: 2, ehr: 'Cerner', handsOn: true }] },
      { today: TODAY },
    ).body;
    expect(handsOn).toMatch(/including working with Cerner/);
  });

  it("never pastes the member's EHR note, and a view-only note is seeing, not working with (trial 14)", () => {
    for (const ehr of [
      'epic (view only) — not hands-on',
      'Epic, read-only access',
      'EPIC - observed only',
      'cerner (not hands-on, just watched)',
    ]) {
      const body = composeLorEmail(
        { ...example(), usce: [{ kind: 'externship', months: 2, ehr, handsOn: true }] },
        { today: TODAY },
      ).body;
      expect(body, ehr).not.toMatch(/working with/);
      expect(body, ehr).toMatch(/including seeing (?:Epic|Cerner) in use/);
      expect(body, ehr).not.toMatch(/view only|read-only|not hands-on|observed only/);
    }
    const named = composeLorEmail(
      { ...example(), usce: [{ kind: 'externship', months: 2, ehr: 'epic (full order entry)', handsOn: true }] },
      { today: TODAY },
    ).body;
    expect(named).toMatch(/including working with Epic\b/);
    expect(named).not.toMatch(/full order entry/);
  });

  it('names no EHR when the profile\'s EHR answer only says "no" or "none" (never "seeing no in use")', () => {
    for (const ehr of ['no', 'None', 'n/a']) {
      const body = composeLorEmail(
        { ...example(), usce: [{ kind: 'observership', months: 2, ehr, handsOn: false }] },
        { today: TODAY },
      ).body;
      expect(body).not.toMatch(/seeing (no|none|n\/a) in use/i);
      expect(body).not.toMatch(/including seeing/);
    }
  });
});

describe('composeLorEmail reads like a person wrote it (rules review)', () => {
  const member = (): Profile => ({
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2021-07',
        to: '2024-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    usce: [
      { kind: 'externship', months: 3, ehr: 'Cerner', handsOn: true },
      { kind: 'residency', months: 36, ehr: 'Epic', handsOn: true },
    ],
    informatics: [{ kind: 'project', title: 'Sepsis alert redesign', outcome: 'firing rate cut by a third' }],
    exams: [
      { exam: 'oet', date: '2022-03', result: 'fail' },
      { exam: 'oet', date: '2022-07', result: 'pass' },
    ],
    letters: [
      {
        writer: 'Dr. Marcus Bell',
        role: 'attending',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2026,
        asked: '2026-07-10',
      },
    ],
    deadline: '2026-07-31',
  });

  it('greets the writer by title and surname', () => {
    expect(composeLorEmail(member(), { today: '2026-06-10' }).body).toMatch(/^Dear Dr\. Bell,/);
    const particle = { ...member(), letters: [{ ...member().letters![0]!, writer: 'Dr. Maria de la Cruz' }] };
    expect(composeLorEmail(particle, { today: '2026-06-10' }).body).toMatch(/^Dear Dr\. de la Cruz,/);
  });

  it('names no EHR the writer may not have shared, and does not ask a US-trained member how they "adapted"', () => {
    const body = composeLorEmail(member(), { today: '2026-06-10' }).body;
    expect(body).not.toMatch(/Cerner|Epic/);
    expect(body).toMatch(/how I work within US clinical workflows/);
    expect(body).not.toMatch(/since then/); // the writer worked with the member this year
  });

  it('is not "short notice" when the late planned ask is replaced by asking today, seven weeks ahead', () => {
    const body = composeLorEmail(member(), { today: '2026-06-10' }).body;
    // Programs start reading fellowship applications in mid-July, before the member's 31 July.
    expect(body).toContain(
      'The letter would be due by 16 Jul 2026, when programs typically start reading applications (my own last date is 31 Jul 2026).',
    );
    expect(body).not.toMatch(/shorter notice/);
  });

  it('does not offer to talk the writer through an OET retake that ended in a pass', () => {
    const body = composeLorEmail(member(), { today: '2026-06-10' }).body;
    expect(body).not.toMatch(/OET|nothing in my file surprises you|growth or improvement/);
  });
});

describe('composeLorEmail without a target', () => {
  it('names the application once in the subject of an ask and of a follow-up', () => {
    const p = example();
    delete p.target;
    const ask = composeLorEmail(p, { today: TODAY });
    expect(ask.subject).toBe('Request: a strong letter of recommendation for my clinical informatics application');
    const asked = { ...p, letters: p.letters!.map((l) => ({ ...l, asked: '2026-11-01' })) };
    const follow = composeLorEmail(asked, { today: TODAY });
    expect(follow.kind).toBe('follow-up');
    expect(follow.subject).toBe('Following up: letter of recommendation for my clinical informatics application');
    expect(`${ask.subject} ${follow.subject}`).not.toMatch(/application application/);
  });
});
