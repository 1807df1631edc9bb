import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, LIST_FIELDS, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { parseProfile } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import {
  SETUP_STEPS,
  TOTAL_STEPS,
  applyStepInput,
  chooseOption,
  currentStep,
  finishStep,
  goToStep,
  modalDefaults,
  nextStep,
  parseSetupState,
  progress,
  resumePoint,
  setupProfile,
  skipStep,
  startSetup,
  stepLimitProblems,
  undoLastItem,
  type SetupState,
} from '../../src/core/profile/setup-flow.js';
import type { Result } from '../../src/core/result.js';
import { EXAMPLE_WITH_RESIDENCIES } from '../helpers/cli.js';

const TODAY = '2026-11-22';
const example = (): Profile => JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8'));

/** Unwrap an accepted transition and check the promise behind "saved after each step". */
function accepted(r: Result<SetupState>): SetupState {
  if (!r.ok) throw new Error(`expected the input to be accepted: ${r.error.join('; ')}`);
  expect(parseProfile(r.value.draft, TODAY).ok).toBe(true);
  expect(r.value.draft.version).toBe(1);
  return r.value;
}

function rejected(r: Result<SetupState>): string[] {
  if (r.ok) throw new Error('expected the input to be rejected');
  return r.error;
}

/** Store and load the state as the bot does between interactions (and across a restart). */
function roundTrip(s: SetupState): SetupState {
  const back = parseSetupState(JSON.parse(JSON.stringify(s)), TODAY);
  if (!back.ok) throw new Error(back.error.join('; '));
  expect(back.value).toEqual(s);
  return back.value;
}

const sortBy = <T>(xs: T[] | undefined, key: (x: T) => string) =>
  [...(xs ?? [])].sort((a, b) => key(a).localeCompare(key(b)));
function normalise(p: Profile): Profile {
  return {
    ...p,
    exams: sortBy(p.exams, (e) => e.date),
    timeline: sortBy(p.timeline, (t) => t.from),
    informatics: sortBy(p.informatics, (i) => i.title),
    letters: sortBy(p.letters, (l) => l.writer),
  };
}

/** Walk the whole flow with friendly, member-typed input, storing the state after every step. */
function walkToExample(): SetupState {
  let s = startSetup();
  const step = (r: Result<SetupState>) => (s = roundTrip(accepted(r)));
  step(applyStepInput(s, 'basics', { citizenship: 'Non-US', visa: 'J-1', target: 'CI fellowship' }, TODAY));
  step(
    applyStepInput(
      s,
      'school',
      {
        specialty: ' internal medicine ',
        country: 'Egypt',
        graduated: 'Jul 2018',
        ecfmgCertified: 'y',
        matchAttempts: '1',
      },
      TODAY,
    ),
  );
  // Discord: the two selects, then the modal; boards skipped (not given in the example).
  step(chooseOption(s, 'residencies', 'completed', 'yes', TODAY));
  step(chooseOption(s, 'residencies', 'accreditation', 'home country', TODAY));
  step(
    applyStepInput(
      s,
      'residencies',
      { country: 'Egypt', specialty: 'internal medicine', from: 'Dec 2019', to: '2022-06' },
      TODAY,
    ),
  );
  step(finishStep(s, 'residencies'));
  step(skipStep(s, 'boards'));
  // Out of order on purpose: the list order does not matter.
  step(applyStepInput(s, 'exams', { exam: 'Step 2 CK', date: 'May 2020', result: 'Passed', score: '247' }, TODAY));
  step(applyStepInput(s, 'exams', { exam: 'step 1', date: '06/2019', result: 'fail' }, TODAY));
  step(applyStepInput(s, 'exams', { exam: 'USMLE Step 1', date: '2019-11', result: 'pass', score: '' }, TODAY));
  step(finishStep(s, 'exams'));
  step(
    applyStepInput(
      s,
      'timeline',
      { from: 'Aug 2018', to: '11/2019', activity: 'exam prep', note: 'USMLE preparation' },
      TODAY,
    ),
  );
  step(
    applyStepInput(
      s,
      'timeline',
      { from: '2019-12', to: '2022-06', activity: 'Clinical', note: 'internal medicine residency, Cairo' },
      TODAY,
    ),
  );
  step(applyStepInput(s, 'timeline', { from: '2022-07', to: 'Mar 2023', activity: 'none', note: '' }, TODAY));
  step(
    applyStepInput(
      s,
      'timeline',
      { from: '2023-04', to: 'present', activity: 'informatics', note: 'EHR data analyst, quality team' },
      TODAY,
    ),
  );
  step(finishStep(s, 'timeline'));
  step(applyStepInput(s, 'usce', { kind: 'Observership', months: '8 weeks', ehr: 'Epic', handsOn: 'no' }, TODAY));
  step(finishStep(s, 'usce'));
  step(
    applyStepInput(
      s,
      'informatics',
      {
        kind: 'Job',
        title: 'EHR data analyst for sepsis bundle dashboard',
        outcome: 'time to antibiotics reported weekly',
      },
      TODAY,
    ),
  );
  step(applyStepInput(s, 'informatics', { kind: 'course', title: 'SQL for healthcare data' }, TODAY));
  step(finishStep(s, 'informatics'));
  step(applyStepInput(s, 'professionalism', { answer: 'No' }, TODAY));
  // Discord: three selects, then the modal.
  step(chooseOption(s, 'letters', 'role', 'attending', TODAY));
  step(chooseOption(s, 'letters', 'setting', 'us', TODAY));
  step(chooseOption(s, 'letters', 'physician', 'yes', TODAY));
  step(
    applyStepInput(
      s,
      'letters',
      { writer: 'Dr. Lee', year: '2024', informatics: 'no', directObservation: 'yes', asked: '' },
      TODAY,
    ),
  );
  // Console: everything at once.
  step(
    applyStepInput(
      s,
      'letters',
      {
        role: 'Department chair',
        setting: 'abroad',
        physician: 'y',
        writer: 'Dr. Haddad',
        year: '2021',
        informatics: 'n',
        directObservation: 'n',
      },
      TODAY,
    ),
  );
  step(
    applyStepInput(
      s,
      'letters',
      {
        role: 'non-physician supervisor',
        setting: 'outside the US',
        physician: 'no',
        writer: 'Ms. Ortiz',
        year: '2026',
        informatics: 'yes',
        directObservation: 'yes',
      },
      TODAY,
    ),
  );
  step(finishStep(s, 'letters'));
  step(applyStepInput(s, 'deadline', { deadline: '15 Jan 2027' }, TODAY));
  return s;
}

describe('setup flow: a full walk', () => {
  it('produces the example profile from friendly input, valid after every step', () => {
    const s = walkToExample();
    expect(s.step).toBe('done');
    expect(progress(s)).toBe('all 11 steps done');
    const p = setupProfile(s, TODAY);
    if (!p.ok) throw new Error(p.error.join('; '));
    expect(normalise(p.value)).toEqual(normalise(example()));
  });

  it('numbers every differently titled step once, whichever answers and skips led there', () => {
    // Two titles under one number ("step 3 of 10" for residencies and for boards) read as a miscount.
    const byNumber = new Map<number, Set<string>>();
    for (const step of SETUP_STEPS) byNumber.set(step.number, (byNumber.get(step.number) ?? new Set()).add(step.title));
    for (const titles of byNumber.values()) expect(titles.size).toBe(1);
    expect([...byNumber.keys()]).toEqual(Array.from({ length: TOTAL_STEPS }, (_, i) => i + 1));
    // A "no" to the professionalism question skips its entries: the next step shown is the next number.
    let s = startSetup();
    for (const id of ['basics', 'school', 'residencies', 'boards', 'exams', 'timeline', 'usce', 'informatics']) {
      s = accepted(skipStep(s, id));
    }
    expect(progress(s)).toBe('step 9 of 11');
    s = accepted(applyStepInput(s, 'professionalism', { answer: 'no' }, TODAY));
    expect(s.step).toBe('letters');
    expect(progress(s)).toBe('step 10 of 11');
  });

  it('moves through the steps in order and counts them', () => {
    let s = startSetup();
    expect(SETUP_STEPS.map((x) => x.id)).toEqual([
      'basics',
      'school',
      'residencies',
      'boards',
      'exams',
      'timeline',
      'usce',
      'informatics',
      'professionalism',
      'professionalism-items',
      'letters',
      'deadline',
    ]);
    expect(TOTAL_STEPS).toBe(11);
    expect(progress(s)).toBe('step 1 of 11');
    s = accepted(skipStep(s, 'basics'));
    s = accepted(skipStep(s, 'school'));
    expect(s.step).toBe('residencies');
    expect(progress(s)).toBe('step 3 of 11');
    s = accepted(skipStep(s, 'residencies'));
    expect(s.step).toBe('boards');
    expect(progress(s)).toBe('step 4 of 11');
    s = accepted(skipStep(s, 'boards'));
    expect(s.step).toBe('exams');
    expect(progress(s)).toBe('step 5 of 11');
  });
});

describe('setup flow: steps', () => {
  it('keeps the basics step open until all three selects are answered', () => {
    let s = startSetup();
    s = accepted(chooseOption(s, 'basics', 'citizenship', 'us-citizen', TODAY));
    s = accepted(chooseOption(s, 'basics', 'visa', 'not-needed', TODAY));
    expect(s.step).toBe('basics');
    expect(s.draft).toEqual({ version: 1, citizenship: 'us-citizen', visa: 'not-needed' });
    s = accepted(chooseOption(s, 'basics', 'target', 'residency-informatics-track', TODAY));
    expect(s.step).toBe('school');
    expect(s.done).toEqual(['basics']);
  });

  it('asks a residency applicant for the specialty they apply to, not the one they trained in', () => {
    const f = TOP_FIELDS.specialty;
    expect(f.label).toMatch(/residency: the one you apply to/);
    expect(f.placeholder).toMatch(/^fellowship: your own specialty; residency: the one you apply to/);
    expect(f.label.length).toBeLessThanOrEqual(FORM_LIMITS.label);
    expect(f.placeholder.length).toBeLessThanOrEqual(FORM_LIMITS.placeholder);
  });

  it('names the field in the member’s terms when a month is wrong', () => {
    const s = accepted(skipStep(startSetup(), 'basics'));
    const errors = rejected(
      applyStepInput(
        s,
        'school',
        { specialty: 'IM', country: 'Egypt', graduated: '13/2018', ecfmgCertified: 'maybe', matchAttempts: 'many' },
        TODAY,
      ),
    );
    expect(errors).toEqual([
      'Graduation month: "13/2018" is not a month — use YYYY-MM, e.g. 2018-07',
      'ECFMG certified: "maybe" is not yes or no — answer yes or no',
      'Previous Match attempts: "many" is not a whole number — e.g. 1',
    ]);
  });

  it('turns schema problems (a future month) into the member’s terms', () => {
    const errors = rejected(applyStepInput(startSetup(), 'school', { country: 'Egypt', graduated: '2030-01' }, TODAY));
    expect(errors).toEqual(['Graduation month: "2030-01" is in the future (today is 22 Nov 2026)']);
  });

  it('asks for the graduation month when only the country is given', () => {
    expect(rejected(applyStepInput(startSetup(), 'school', { country: 'Egypt' }, TODAY))).toEqual([
      'Graduation month: please fill this in too (e.g. 2018-07) — the country and month go together',
    ]);
  });

  it('clears a field left empty when the medical school modal is submitted again', () => {
    let s = accepted(
      applyStepInput(startSetup(), 'school', { specialty: 'IM', country: 'Egypt', graduated: '2018-07' }, TODAY),
    );
    // "IM" is stored written out (trial 18), so the modal offers it back that way.
    expect(modalDefaults(s, 'school')).toEqual({
      specialty: 'internal medicine',
      country: 'Egypt',
      graduated: '2018-07',
    });
    s = accepted(goToStep(s, 'school'));
    s = accepted(
      applyStepInput(
        s,
        'school',
        { specialty: '', country: 'Egypt', graduated: '2018-07', ecfmgCertified: 'yes' },
        TODAY,
      ),
    );
    expect(s.draft).toEqual({
      version: 1,
      medSchool: { country: 'Egypt', graduated: '2018-07' },
      ecfmgCertified: true,
    });
  });

  it('leaves the state unchanged when an exam attempt is rejected', () => {
    const s = startSetup();
    const errors = rejected(applyStepInput(s, 'exams', { exam: 'Step 4', date: '2019-06' }, TODAY));
    expect(errors).toEqual([
      'Exam: "Step 4" is not one of: Step 1, Step 2 CK, Step 3, COMLEX Level 1, COMLEX Level 2, COMLEX Level 3, OET',
      'Result: needed (Passed, Did not pass)',
    ]);
    expect(s).toEqual(startSetup());
  });

  it('names a problem with the new period as in the form', () => {
    const errors = rejected(
      applyStepInput(startSetup(), 'timeline', { from: '2020-01', to: '2019-01', activity: 'research' }, TODAY),
    );
    expect(errors).toEqual(['This period: "to" (2019-01) is before "from" (2020-01)']);
  });

  it('refuses a letter year in the future, naming the field', () => {
    const errors = rejected(
      applyStepInput(
        startSetup(),
        'letters',
        {
          role: 'cmio',
          setting: 'us',
          physician: 'yes',
          writer: 'Dr. A',
          year: '2027',
          informatics: 'yes',
          directObservation: 'yes',
        },
        TODAY,
      ),
    );
    expect(errors).toEqual(['Year: 2027 is in the future (today is 22 Nov 2026)']);
  });

  it('refuses an empty item and an invalid select choice', () => {
    expect(rejected(applyStepInput(startSetup(), 'usce', { kind: '', months: '' }, TODAY))[0]).toContain(
      'nothing to add yet',
    );
    expect(rejected(chooseOption(startSetup(), 'letters', 'role', 'boss', TODAY))[0]).toMatch(
      /^Role: "boss" is not one of/,
    );
    expect(rejected(chooseOption(startSetup(), 'letters', 'writer', 'Dr. A', TODAY))[0]).toContain(
      'not one of this step',
    );
  });

  it('refuses input for a field the step does not have', () => {
    expect(rejected(applyStepInput(startSetup(), 'deadline', { deadline: '2027-01-15', visa: 'j1' }, TODAY))).toEqual([
      'Application deadline: "visa" is not one of this step\'s fields (deadline)',
    ]);
    expect(rejected(applyStepInput(startSetup(), 'nope', {}, TODAY))[0]).toContain('no setup step "nope"');
  });

  it('records "Done" with nothing added as none, and a skip as not given', () => {
    let s = accepted(finishStep(startSetup(), 'exams'));
    expect(s.draft.exams).toEqual([]);
    s = accepted(skipStep(s, 'timeline'));
    expect(s.draft.timeline).toBeUndefined();
    expect(s.skipped).toEqual(['timeline']);
  });

  it('asks professionalism details only after a yes, and records a no as an empty list', () => {
    let s = accepted(goToStep(startSetup(), 'professionalism'));
    expect(progress(s)).toBe('step 9 of 11');
    s = accepted(applyStepInput(s, 'professionalism', { answer: 'yes' }, TODAY));
    expect(s.step).toBe('professionalism-items');
    expect(progress(s)).toBe('step 9 of 11');
    s = accepted(
      applyStepInput(
        s,
        'professionalism-items',
        { kind: 'probation', date: 'Mar 2021', remediated: 'yes', note: 'completed a communication course' },
        TODAY,
      ),
    );
    expect(s.draft.professionalism).toEqual([
      { kind: 'probation', date: '2021-03', remediated: true, note: 'completed a communication course' },
    ]);
    // A later "no" would silently drop that entry: refused with a way out.
    expect(rejected(applyStepInput(s, 'professionalism', { answer: 'no' }, TODAY))[0]).toContain(
      'remove it with /profile edit',
    );

    const atQuestion = accepted(goToStep(startSetup(), 'professionalism'));
    const no = accepted(applyStepInput(atQuestion, 'professionalism', { answer: 'n' }, TODAY));
    expect(no.draft.professionalism).toEqual([]);
    expect(no.done).toEqual(expect.arrayContaining(['professionalism', 'professionalism-items']));
  });

  it('skipping professionalism skips its details too', () => {
    const s = accepted(skipStep(accepted(goToStep(startSetup(), 'professionalism')), 'professionalism'));
    expect(s.done).toEqual(expect.arrayContaining(['professionalism', 'professionalism-items']));
    expect(s.draft.professionalism).toBeUndefined();
  });

  it('asks whether a letter writer speaks to professionalism only of a member who listed a professionalism entry, and stores the answer so the letter plan can count it', () => {
    const selectKeys = (st: SetupState) => currentStep(st)?.selects.map((x) => x.key);
    // No entry (a "no", or the question skipped): the letters step does not ask it.
    const none = accepted(
      goToStep(accepted(applyStepInput(startSetup(), 'professionalism', { answer: 'no' }, TODAY)), 'letters'),
    );
    expect(selectKeys(none)).toEqual(['role', 'setting', 'physician']);
    expect(currentStep(none)?.prompt).not.toMatch(/professionalism/);
    const skipped = accepted(goToStep(startSetup(), 'letters'));
    expect(selectKeys(skipped)).toEqual(['role', 'setting', 'physician']);

    // An entry: the step asks it, and says why.
    let s = accepted(
      applyStepInput(
        startSetup(),
        'professionalism-items',
        { kind: 'report', date: '2021-03', remediated: 'yes' },
        TODAY,
      ),
    );
    s = accepted(goToStep(s, 'letters'));
    expect(selectKeys(s)).toEqual(['role', 'setting', 'physician', 'mentionsProfessionalism']);
    expect(currentStep(s)?.prompt).toMatch(/whether they will speak to your professionalism/);
    expect(stepLimitProblems([currentStep(s)!])).toEqual([]);
    s = accepted(chooseOption(s, 'letters', 'role', 'program-director', TODAY));
    s = accepted(chooseOption(s, 'letters', 'setting', 'us', TODAY));
    s = accepted(chooseOption(s, 'letters', 'physician', 'yes', TODAY));
    s = accepted(chooseOption(s, 'letters', 'mentionsProfessionalism', 'yes', TODAY));
    s = accepted(
      applyStepInput(
        s,
        'letters',
        { writer: 'Dr. Tran', year: '2026', informatics: 'no', directObservation: 'yes' },
        TODAY,
      ),
    );
    expect(s.draft.letters?.[0]).toMatchObject({ writer: 'Dr. Tran', mentionsProfessionalism: true });
    // Left unanswered, it stays unanswered (the plan then says how to mark it).
    s = accepted(chooseOption(s, 'letters', 'role', 'attending', TODAY));
    s = accepted(chooseOption(s, 'letters', 'setting', 'us', TODAY));
    s = accepted(chooseOption(s, 'letters', 'physician', 'yes', TODAY));
    s = accepted(
      applyStepInput(
        s,
        'letters',
        { writer: 'Dr. Le', year: '2026', informatics: 'no', directObservation: 'yes' },
        TODAY,
      ),
    );
    expect(s.draft.letters?.[1]).not.toHaveProperty('mentionsProfessionalism');
  });

  it('undoes the last item of a repeat step', () => {
    let s = accepted(applyStepInput(startSetup(), 'informatics', { kind: 'course', title: 'SQL' }, TODAY));
    s = accepted(applyStepInput(s, 'informatics', { kind: 'course', title: 'Typo' }, TODAY));
    s = accepted(undoLastItem(s, 'informatics'));
    expect(s.draft.informatics).toEqual([{ kind: 'course', title: 'SQL' }]);
    expect(rejected(undoLastItem(startSetup(), 'exams'))[0]).toContain('nothing to remove');
  });

  it('starts from an existing profile without changing it', () => {
    const existing = example();
    const s = startSetup(existing);
    expect(s.draft).toEqual(existing);
    expect(s.draft).not.toBe(existing);
    expect(modalDefaults(s, 'deadline')).toEqual({ deadline: '2027-01-15' });
  });
});

describe('setup flow: resuming', () => {
  it('resumes after a JSON round trip where the member stopped', () => {
    let s = accepted(skipStep(startSetup(), 'basics'));
    s = accepted(skipStep(s, 'school'));
    s = accepted(finishStep(s, 'residencies'));
    s = accepted(skipStep(s, 'boards'));
    s = accepted(applyStepInput(s, 'exams', { exam: 'step1', date: '2019-06', result: 'fail' }, TODAY));
    s = accepted(applyStepInput(s, 'exams', { exam: 'step1', date: '2019-11', result: 'pass' }, TODAY));
    const stored = JSON.stringify(s);
    const back = parseSetupState(JSON.parse(stored), TODAY);
    if (!back.ok) throw new Error(back.error.join('; '));
    const r = resumePoint(back.value);
    expect(r.step?.id).toBe('exams');
    expect(r.message).toBe('You stopped at step 5 of 11: Exams. You have added 2 exam attempts so far.');
    expect(r.items).toEqual(['Step 1 — did not pass, Jun 2019', 'Step 1 — passed, Nov 2019']);
    expect(nextStep(back.value)).toBe('exams');
  });

  it('escapes the member’s own words in the items so far when asked', () => {
    const s = accepted(applyStepInput(startSetup(), 'informatics', { kind: 'project', title: '*bold* idea' }, TODAY));
    expect(resumePoint(s, { memberText: (x) => x.replace(/\*/g, '\\*') }).items).toEqual(['Project: \\*bold\\* idea']);
  });

  it('keeps select choices made before a restart for the letter being added', () => {
    let s = startSetup();
    s = accepted(chooseOption(s, 'letters', 'role', 'cmio', TODAY));
    s = accepted(chooseOption(s, 'letters', 'setting', 'us', TODAY));
    s = accepted(chooseOption(s, 'letters', 'physician', 'yes', TODAY));
    s = roundTrip(s);
    s = accepted(
      applyStepInput(
        s,
        'letters',
        { writer: 'Dr. Kim', year: '2025', informatics: 'yes', directObservation: 'yes', asked: 'Sep 1 2026' },
        TODAY,
      ),
    );
    expect(s.draft.letters).toEqual([
      {
        writer: 'Dr. Kim',
        role: 'cmio',
        setting: 'us',
        physician: true,
        informatics: true,
        directObservation: true,
        year: 2025,
        asked: '2026-09-01',
      },
    ]);
    expect(s.pending).toEqual({});
  });

  it('says so when setup is complete', () => {
    expect(resumePoint(walkToExample()).message).toContain('setup is complete');
  });

  it('refuses a stored state that is broken instead of half-using it', () => {
    expect(parseSetupState({ v: 2 }, TODAY).ok).toBe(false);
    expect(parseSetupState({ v: 1, step: 'exams', draft: { version: 1, visa: 'x' }, done: [] }, TODAY)).toEqual({
      ok: false,
      error: ['Visa: "x" is not one of "not-needed", "j1", "h1b", "o1", "undecided"'],
    });
    // Older states without the optional bookkeeping still load.
    expect(parseSetupState({ v: 1, step: 'exams', draft: { version: 1 }, done: ['basics'] }, TODAY).ok).toBe(true);
  });
});

describe('setup flow: Discord limits', () => {
  it('has no step beyond the modal, label, select and option limits', () => {
    expect(stepLimitProblems()).toEqual([]);
  });

  it('keeps every modal at 5 fields or fewer with short labels and titles', () => {
    for (const step of SETUP_STEPS) {
      expect(step.title.length, step.id).toBeLessThanOrEqual(45);
      expect(step.fields.length, step.id).toBeLessThanOrEqual(5);
      if (step.fields.length) expect(step.modalTitle?.length ?? 99, step.id).toBeLessThanOrEqual(45);
      for (const f of step.fields) {
        expect(f.label.length, `${step.id}.${f.key}`).toBeLessThanOrEqual(45);
        expect(f.placeholder.length, `${step.id}.${f.key}`).toBeLessThanOrEqual(100);
        expect(f.maxLength).toBeLessThanOrEqual(4000);
      }
      for (const sel of step.selects) expect(sel.options.length).toBeLessThanOrEqual(25);
    }
  });

  it('catches a modal with too many fields or a label that is too long', () => {
    const base = SETUP_STEPS.find((s) => s.id === 'letters');
    if (!base) throw new Error('letters step missing');
    const six = { ...base, fields: [...base.fields, { ...base.fields[0]!, key: 'x', label: 'L'.repeat(46) }] };
    expect(stepLimitProblems([six])).toEqual(['letters: more than 5 modal fields', 'letters.x: label longer than 45']);
  });

  it('covers every profile field in the registry, with labels that fit a modal', () => {
    const specs = [...Object.values(TOP_FIELDS), ...Object.values(LIST_FIELDS).flatMap((l) => Object.values(l.fields))];
    for (const s of specs) {
      expect(s.label.length, s.label).toBeLessThanOrEqual(FORM_LIMITS.label);
      expect(s.placeholder.length, s.label).toBeLessThanOrEqual(FORM_LIMITS.placeholder);
    }
    // Every letter field is asked in setup except the letter's language, left to /profile edit
    // (whether it speaks to professionalism is asked only of members with an entry: see above).
    const letters = SETUP_STEPS.find((s) => s.id === 'letters')!;
    const asked = [...letters.selects.map((s) => s.key), ...letters.fields.map((f) => f.key)].sort();
    expect(
      Object.keys(LIST_FIELDS.letters.fields)
        .filter((k) => !asked.includes(k))
        .sort(),
    ).toEqual(['language']);
  });
});
