/**
 * Round fifteen: what counts as a deed of the gap. Inner change, taking things in without a count,
 * states kept, starts told by their date and results that show no work of the gap are not deeds;
 * the same verbs with something made, held or counted are.
 */
import { describe, expect, it } from 'vitest';
import { hasAction, hasOutcome } from '../../src/rules/gap-lint.js';

describe('no deed', () => {
  it('reads growth of the mind or self as inner change, not a thing done', () => {
    expect(hasAction('Those months widened my understanding of clinical data. I sharpened my judgement.')).toBe(false);
    expect(hasAction('I enlarged my knowledge of decision support and renewed my sense of purpose.')).toBe(false);
  });

  it('reads a verb with a particle and nothing after it as a state the member was in', () => {
    expect(hasAction('I wore myself out in the first year and broke down by the spring.')).toBe(false);
    expect(hasAction('After intern year I completely burned out and rested at home.')).toBe(false);
  });

  it('reads taking things in without a count or a named series as vague activity', () => {
    expect(hasAction('I attended countless virtual lectures and followed the informatics literature.')).toBe(false);
    expect(hasAction('I skimmed the big journals and pondered where I fit.')).toBe(false);
  });

  it('reads a participle kept or stayed in as a state, not an action', () => {
    expect(hasAction('I kept myself updated and stayed fully informed about new EHR releases.')).toBe(false);
  });

  it('reads a start told by its date as a schedule', () => {
    expect(hasAction('I was offered a seat on an informatics master’s programme starting in January.')).toBe(false);
  });

  it('does not take a credential granted or a paper from earlier training as work of the gap', () => {
    expect(
      hasAction(
        'My medical licence was issued in June, and an audit from my internship years was published in a local journal.',
      ),
    ).toBe(false);
  });

  it('does not count training that ended where the gap begins, told without a comma', () => {
    expect(hasAction('After I completed my residency in Lima I felt unsure of everything for months.')).toBe(false);
  });
});

describe('deed', () => {
  it('counts the same verbs when they act on something outside the member', () => {
    expect(hasAction('I sorted out the clinic’s referral book and broadened the audit to three wards.')).toBe(true);
    expect(hasAction('I attended the weekly tumour board of the district hospital every Monday.')).toBe(true);
    expect(hasAction('I read thirty papers on sepsis alerts and wrote a review with my old consultant.')).toBe(true);
  });

  it('counts a course finished in the gap and a paper written in it', () => {
    expect(hasAction('In 2023 I completed a twelve-week course in health data with a certificate.')).toBe(true);
    expect(hasAction('My abstract on discharge delays, written during the gap, was accepted at AMIA.')).toBe(true);
  });
});

describe('care', () => {
  it('does not count keeping house or one’s own affairs as caring', () => {
    expect(hasAction('While I waited I took good care of the apartment and my documents.')).toBe(false);
    expect(hasAction('I was looking after the household bills and chores all year.')).toBe(false);
  });

  it('counts caring for a person told the same way', () => {
    expect(hasAction('I took care of my uncle through his chemotherapy, managing his medicines and visits.')).toBe(
      true,
    );
  });
});

describe('arrangements', () => {
  it('reads a present progressive with a month or season ahead as an arrangement, neither deed nor result', () => {
    const text = 'I am starting a locum post in Leeds in November and I am signing up for a FHIR course this winter.';
    expect(hasAction(text)).toBe(false);
    expect(hasOutcome(text)).toBe(false);
  });

  it('keeps what was done beside an ongoing post', () => {
    expect(hasOutcome('I am working at a clinic in Accra and passed Step 2 CK in May with 244.')).toBe(true);
    expect(
      hasAction('Since April I have been working as a ward clerk, entering every admission into the register.'),
    ).toBe(true);
  });
});
