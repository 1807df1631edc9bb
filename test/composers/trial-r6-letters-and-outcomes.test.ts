/**
 * Round-six trial: a Colombian psychiatrist whose only US clinical time is an observership asks the
 * observership attending for a letter (the email must not ask them to judge care she never gave),
 * and a member who typed "done" as an item's outcome (meaning "finished the list") is never quoted
 * as having "a result I can show: done".
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { quotedOutcome, statusOnly } from '../../src/composers/informatics-phrase.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { salutationName } from '../../src/composers/lor-context.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-12-03';

const psychiatrist: Profile = {
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  specialty: 'psychiatry',
  medSchool: { country: 'Colombia', graduated: '2015-12' },
  ecfmgCertified: true,
  timeline: [
    { from: '2019-02', to: '2021-03', activity: 'clinical', note: 'psychiatrist, outpatient clinic' },
    { from: '2021-04', to: '2024-05', activity: 'personal', note: 'cared for my mother after her stroke' },
    { from: '2024-06', to: 'present', activity: 'research', note: 'digital mental health research' },
  ],
  usce: [{ kind: 'observership', months: 1 }],
  informatics: [{ kind: 'certificate', title: 'Health informatics specialization', outcome: 'done' }],
  letters: [
    {
      writer: 'Dr. Karen Brooks',
      role: 'attending',
      setting: 'us',
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2025,
    },
  ],
  deadline: '2027-09-25',
};

describe('letters and outcomes from the round-six trial', () => {
  it('asks an observership attending about what an observer shows, not about care the member gave', () => {
    const { body } = composeLorEmail(psychiatrist, { today: TODAY });
    expect(body).toMatch(/You had me on your team as an observer in 2025/);
    expect(body).toMatch(/as an observer, not care I gave/);
    expect(body).not.toMatch(/how I communicate with patients/);
    expect(body).not.toMatch(/You saw my work first-hand/);

    // Once the member has hands-on US time, the same attending is asked about clinical work as before.
    const handsOn: Profile = { ...psychiatrist, usce: [{ kind: 'externship', months: 2, handsOn: true }] };
    const after = composeLorEmail(handsOn, { today: TODAY }).body;
    expect(after).toMatch(/You saw my work first-hand in the US in 2025/);
    expect(after).toMatch(/how I communicate with patients and colleagues/);
  });

  it('never quotes a status word ("done", "completed", "in progress") as a result, and quotes a real one mid-sentence', () => {
    for (const s of ['done', 'Done.', 'completed', 'in progress', 'finished']) expect(statusOnly(s), s).toBe(true);
    expect(statusOnly('reduced false alerts by 20%')).toBe(false);
    expect(quotedOutcome('done')).toBeUndefined();
    expect(quotedOutcome('Reduced false alerts about 20 percent')).toBe('reduced false alerts about 20 percent');

    const gap = selectGap(psychiatrist, TODAY, {}).gap!;
    const draft = composeGapDraft(psychiatrist, gap, TODAY).text;
    expect(draft).not.toMatch(/result I can show: done/);
    expect(draft).toMatch(/Health informatics specialization/);
  });
});

describe('the letter package for a resident already training in the US', () => {
  const resident: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2025-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    usce: [{ kind: 'residency', months: 17, ehr: 'Epic', handsOn: true }],
    letters: [
      {
        writer: 'Dr. Sarah Miller',
        role: 'program-director',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2026,
      },
    ],
    deadline: '2027-07-15',
  };

  it('speaks of how a PGY-2 works within the US team, not of "adapting" to it, and drops the international-applicant aside', () => {
    const pkg = composeLorPackage(resident, resident.letters![0]!, TODAY).lines.join('\n');
    expect(pkg).toMatch(/how you work within the US team and its workflows/);
    expect(pkg).not.toMatch(/adapted to the US team|adapting to US workflows/);

    // The start date is its own sentence, so it does not read as part of the training, and the typed
    // "Internal medicine" reads in lower case mid-sentence.
    const email = composeLorEmail({ ...resident, specialty: 'Internal medicine' }, { today: TODAY }).body;
    expect(email).toMatch(
      /I am preparing to apply for a clinical informatics \(CI\) fellowship, building on my training in internal medicine\. The fellowship would start in July 2028;/,
    );
    // The follow-up to a writer already asked reads as two sentences, not "…: I am preparing…".
    const asked = { ...resident, letters: [{ ...resident.letters![0]!, asked: '2026-11-20' }] };
    const followUp = composeLorEmail(asked, { today: TODAY }).body;
    expect(followUp).toMatch(
      /I am following up on my request of 20 Nov 2026 for a letter of recommendation\. I am preparing to apply/,
    );

    // A newcomer with only an observership still gets the adapting prompt and the aside.
    const newcomer: Profile = {
      ...resident,
      residencies: [],
      usce: [{ kind: 'externship', months: 2, handsOn: true }],
    };
    const first = composeLorPackage(newcomer, resident.letters![0]!, TODAY).lines.join('\n');
    expect(first).toMatch(/how you adapted to the US team and its workflows/);
    expect(first).toMatch(/as an international applicant, US-based letters weigh heavily/);
  });
});

describe('greeting the writers of the round-six personas', () => {
  it('greets "Dr. Emily Chen (PhD)" as Dr. Chen and "Prof. Nguyen Van An" by the family name that comes first', () => {
    expect(salutationName('Dr. Emily Chen (PhD)')).toBe('Dr. Chen');
    expect(salutationName('Dr. Ann Lee (my PI)')).toBe('Dr. Lee');
    expect(salutationName('Prof. Nguyen Van An')).toBe('Prof. Nguyen');
    expect(salutationName('Dr. Tran Thi Mai')).toBe('Dr. Tran');
    // Western order and real particles are read as before.
    expect(salutationName('Dr. Jennifer Le')).toBe('Dr. Le');
    expect(salutationName('Dr. Hendrik van der Berg')).toBe('Dr. van der Berg');
  });
});
