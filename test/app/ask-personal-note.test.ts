import { describe, expect, it } from 'vitest';
import { noteLeads, personalNote } from '../../src/app/views/ask.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import type { Profile } from '../../src/core/profile/schema.js';
import type { Answer } from '../../src/knowledge/answer.js';

/** An answer about H-1B, as /ask returns it; only the fields the note reads matter. */
const h1bAnswer = {
  covered: true,
  topic: 'visas#h1b-for-training',
  faqId: 'h1b-step3',
  passages: [],
} as unknown as Answer;

const onH1b = (exams: Profile['exams']): Profile => ({ version: 1, visa: 'h1b', citizenship: 'non-us', exams });

describe('/ask private note for a member on H-1B', () => {
  it('asks for Step 3 only when the profile does not show it passed', () => {
    expect(personalNote(onH1b([]), h1bAnswer)).toMatch(/Plan to have Step 3 passed/);
    expect(personalNote(onH1b([{ exam: 'step3', date: '2022-05', result: 'fail' }]), h1bAnswer)).toMatch(
      /Plan to have Step 3 passed/,
    );
  });

  it('says Step 3 is already passed, with its month, and points to the six-year limit instead', () => {
    const note = personalNote(
      onH1b([
        { exam: 'step3', date: '2021-11', result: 'fail' },
        { exam: 'step3', date: '2022-05', result: 'pass' },
      ]),
      h1bAnswer,
    );
    expect(note).toContain('Step 3 passed (May 2022)');
    expect(note).toContain('six-year limit');
    expect(note).not.toMatch(/Plan to have Step 3/);
  });
});

describe('/ask private note: H-1B time counts a US clinical job after residency, as /redflag counts it', () => {
  const hospitalist = (): Profile => ({
    ...onH1b([{ exam: 'step3', date: '2021-05', result: 'pass' }]),
    target: 'ci-fellowship',
    residencies: [{ country: 'USA', specialty: 'internal medicine', from: '2019-07', to: '2022-06', completed: true }],
    timeline: [{ from: '2022-07', to: 'present', activity: 'us-clinical', note: 'hospitalist' }],
  });

  it('counts the residency and the hospitalist job after it toward the six years', () => {
    const note = personalNote(hospitalist(), h1bAnswer, '2026-12-03');
    expect(note).toContain('Step 3 passed (May 2021)');
    expect(note).toMatch(/about 7 years 5 months of US residency and US clinical work \(Jul 2019 – now\)/);
    expect(note).toMatch(/a job as much as training/);
  });

  it('says the rule plainly when the profile shows no US time', () => {
    const note = personalNote(onH1b([]), h1bAnswer, '2026-12-03');
    expect(note).toMatch(/any US clinical job after residency counts toward the six-year limit/);
  });
});

describe("/ask private note: how many letters, for the member's own target", () => {
  const lettersAnswer = {
    covered: true,
    topic: 'letters#eras-letter-limits',
    faqId: 'how-many-letters',
    passages: [],
  } as unknown as Answer;
  it('answers for the CI fellowship or the residency track the profile names, and nothing without a target', () => {
    const base: Profile = { version: 1, citizenship: 'non-us' };
    expect(personalNote({ ...base, target: 'ci-fellowship' }, lettersAnswer)).toMatch(
      /CI fellowship.*four letters.*at least half.*informatics/,
    );
    expect(personalNote({ ...base, target: 'residency-informatics-track' }, lettersAnswer)).toMatch(
      /residency track.*three or four letters per program through ERAS/,
    );
    expect(personalNote(base, lettersAnswer)).toBeUndefined();
  });
});

describe('/ask private note: "am I eligible?" read against the residencies in the profile', () => {
  const { index } = getKnowledge();
  const today = '2026-12-04';
  const withResidency = (
    residencies: Profile['residencies'],
    target: Profile['target'] = 'ci-fellowship',
  ): Profile => ({
    version: 1,
    citizenship: 'non-us',
    target,
    residencies,
  });
  const usIm = withResidency([
    {
      country: 'USA',
      specialty: 'internal medicine',
      from: '2021-07',
      to: '2024-06',
      completed: true,
      accreditation: 'acgme',
    },
  ]);
  const egyptIm = withResidency([
    { country: 'Egypt', specialty: 'internal medicine', from: '2016-03', to: '2019-02', completed: true },
  ]);
  const questions = [
    'am I eligible for a clinical informatics fellowship?',
    'do I need to redo residency in the US for a CI fellowship?',
    'what is the exceptionally qualified pathway',
    'I finished IM residency, can I apply for informatics fellowship?',
  ];

  it.each(questions)(
    'a US residency graduate is told the standard rule is met and the exception is not their route: %s',
    (q) => {
      const answer = answerQuestion(index, q, {});
      const note = personalNote(usIm, answer, today) ?? '';
      expect(note).toMatch(
        /your internal medicine residency in the USA \(Jul 2021 – Jun 2024, completed\), ACGME-accredited/,
      );
      expect(note).toMatch(/meets the standard rule, so the exception .* is not your route/);
      expect(noteLeads(answer)).toBe(true);
    },
  );

  it.each(questions)(
    'a graduate of a residency abroad is told only the exception opens a fellowship, and its cost: %s',
    (q) => {
      const note = personalNote(egyptIm, answerQuestion(index, q, {}), today) ?? '';
      expect(note).toMatch(/residency in Egypt .* no completed US or Canadian residency/);
      expect(note).toMatch(/only through the exceptionally qualified applicant exception/);
      expect(note).toMatch(/usually does not lead to the CI boards/);
    },
  );

  it('a resident in an ACGME program is told it counts once completed', () => {
    const resident = withResidency([
      { country: 'United States', specialty: 'pediatrics', from: '2024-07', to: 'present', completed: false },
    ]);
    const note = personalNote(resident, answerQuestion(index, 'am I eligible for a CI fellowship?', {}), today);
    expect(note).toMatch(
      /your pediatrics residency in the United States \(Jul 2024 – now, in progress\), taken as ACGME-accredited because it is in the US/,
    );
    expect(note).toMatch(/once you complete it before the fellowship starts/);
  });

  it('a member with no residency recorded as none is told a residency comes first', () => {
    const note = personalNote(
      withResidency([]),
      answerQuestion(index, 'am I eligible for a CI fellowship?', {}),
      today,
    );
    expect(note).toMatch(/done no residency\. A CI fellowship comes after one/);
  });

  it('says nothing when the residencies are not given, or the member targets a residency track', () => {
    const a = answerQuestion(index, 'am I eligible for a CI fellowship?', {});
    expect(personalNote({ version: 1, target: 'ci-fellowship' }, a, today)).toBeUndefined();
    expect(personalNote({ ...usIm, target: 'residency-informatics-track' }, a, today)).toBeUndefined();
  });

  it('adds nothing about eligibility to an answer on another subject', () => {
    const a = answerQuestion(index, 'how many letters of recommendation do I need?', {});
    expect(personalNote(usIm, a, today) ?? '').not.toMatch(/standard rule/);
  });
});

describe('/ask private note on J-1: the time the profile shows, counted as /redflag counts it', () => {
  const { index } = getKnowledge();
  const resident: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    residencies: [{ country: 'USA', specialty: 'internal medicine', from: '2024-07', to: 'present', completed: false }],
  };

  it('tells a J-1 resident how much of the seven years the residency and the fellowship after it would use', () => {
    const answer = answerQuestion(index, 'How much J-1 time do I have left?', {});
    const note = personalNote(resident, answer, '2026-12-04') ?? '';
    expect(note).toMatch(/For you: your profile says J-1/);
    expect(note).toMatch(
      /about 2 years 5 months of US residency \(Jul 2024 – now\); if it was on J-1, it counts toward the 7-year limit/,
    );
    expect(note).toMatch(/within the limit/);
  });

  it('tells a member home since their J-1 training that the two-year rule may already be met', () => {
    const home: Profile = {
      version: 1,
      citizenship: 'non-us',
      visa: 'j1',
      target: 'ci-fellowship',
      timeline: [
        { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'IM residency on J-1' },
        { from: '2022-08', to: 'present', activity: 'clinical', note: 'consultant physician, Lahore' },
      ],
    };
    const answer = answerQuestion(index, 'do i have to go back home for 2 years after my J1?', {});
    const note = personalNote(home, answer, '2026-12-04') ?? '';
    expect(note).toMatch(/clinical work outside the US since Aug 2022 \(about 4 years 5 months\)/);
    expect(note).toMatch(/may then already be met\. Confirm with ECFMG\./);
  });
});

describe('/ask private note for a member who needs no visa', () => {
  it('tells a citizen or permanent resident that sponsorship does not apply', () => {
    for (const citizenship of ['us-citizen', 'us-permanent-resident'] as const) {
      expect(personalNote({ version: 1, citizenship }, h1bAnswer)).toMatch(
        /need no visa and sponsorship questions do not apply/,
      );
    }
  });

  it('never tells a member whose "no visa needed" rests on a work permit that sponsorship does not apply', () => {
    const onPermit: Profile = { version: 1, citizenship: 'non-us', visa: 'not-needed' };
    const note = personalNote(onPermit, h1bAnswer) ?? '';
    expect(note).not.toMatch(/do not apply/);
    expect(note).toMatch(/covers the whole training/);
    expect(note).toMatch(/whether it could sponsor a visa if the permit ended/);
  });
});
