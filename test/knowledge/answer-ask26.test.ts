// Readings /ask missed in the lead-agreement sweep of ask26: each block names a reading behind a
// Yes/No/It depends that disagreed with what the member asked, and checks it in wordings of our
// own (none is a curated phrasing or a corpus item).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { negations } from '../../src/knowledge/question-form.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('leaving something out is not telling it ("omit", "leave out", "hide")', () => {
  it.each(['can I omit my probation from ERAS?', 'is it acceptable to not mention the probation in my application?'])('never a Yes to hiding a professionalism flag: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('professionalism');
    expect(a.lead).toBe('no');
  });

  it('the plain question keeps its Yes', () => {
    expect(ask('do I need to tell programs about my probation?').lead).toBe('yes');
  });

  it.each(['would it be fine to hide my remediation from programs?', 'I was on probation in intern year. Can I just leave it out of my application?', 'should i keep my probation quiet when applying?'])('no Yes to an omission however it is put: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('yes');
  });

  it('reads the omission as a negation of what is left out, not of leaving the country', () => {
    const about = (w: string) => w === 'probation';
    expect(negations('is it ok to leave my probation off the application?', about) % 2).toBe(1);
    expect(negations('can i leave out the probation?', about) % 2).toBe(1);
    expect(negations('do i report the probation?', about) % 2).toBe(0);
  });
});

describe('a member who trained on a J-1 and asks about an H-1B meets the home rule, not program choice', () => {
  it.each([
    'I am on J1 for residency now. Can I do my fellowship on H1B?',
    'my residency was on a J-1 visa; is it possible to get H-1B for the CI fellowship?',
    'Finished residency under ECFMG J1 last year, can the informatics fellowship take me on H1B?',
  ])('no "It depends" on which visas programs sponsor: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('depends');
  });

  it('a member with no J-1 behind them still hears that it depends on the program', () => {
    expect(ask('do informatics fellowships accept H1B holders?').lead).toBe('depends');
  });
});

describe('a school abroad with a residency in the US is not a residency done abroad', () => {
  it.each([
    'is a Caribbean MD a problem for CI fellowship applications if my residency is in the US?',
    "St George's grad, did residency in the US. Can I apply to CI fellowship?",
    'Indian MBBS but US residency in internal medicine, am I eligible for clinical informatics fellowship?',
  ])('no "It depends on the route" for foreign residencies: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('depends');
  });

  it('a residency done abroad still depends on the route', () => {
    expect(ask('I finished residency in my home country, am I eligible for a CI fellowship in the US?').lead).toBe('depends');
  });
});

describe('an asking clause that points back ("is that…", "does this…") asks about what was told', () => {
  it.each([
    'My residency was in Singapore and it is ACGME-I accredited. Is that same as ACGME for the clinical informatics fellowship?',
    'I trained in an ACGME-I program in Qatar, is this the same as an ACGME residency?',
  ])('no Yes for ACGME accreditation when the member names ACGME-I: "%s"', (q) => {
    expect(ask(q).lead).toBeUndefined();
  });

  // Expected failure since session 32's /ask rounds were joined: the reply is right ("A three-year residency plus a
  // two-year CI fellowship fits") but its "No" lead is lost; the cause is not found (closing note of session 32).
  it.fails('a told count or exam is still the story, not what is asked (the curated phrasing read it)', () => {
    expect(ask('IM residency 3 yrs + CI fellowship 2 yrs on J1. Does that exceed the J-1 max years?').lead).toBe('no');
  });
});

describe('a stretch between programs ("in between", "gap year", "meanwhile") is its own question', () => {
  it.each([
    'my residency ends June, fellowship starts next July. can I stay on J1 in the gap year?',
    'can I stay on my J-1 meanwhile until my fellowship starts?',
    'J1 residency done in june 2027 and CI fellowship starts 2028, can i stay on J1 in between and work as analyst?',
  ])('no Yes from "stay on the J-1 for the fellowship": "%s"', (q) => {
    expect(ask(q).lead).toBeUndefined();
  });

  it('staying on the J-1 straight into the fellowship keeps its Yes', () => {
    expect(ask('Can I stay on my J-1 for the informatics fellowship after my residency?').lead).toBe('yes');
  });
});

describe('waiving the home rule is asking about a waiver, not whether the rule applies', () => {
  it.each(['Please, can my home government simply issue a no-objection statement to waive my J-1 two year home requirement after residency?', 'can the ministry waive my j1 2 year rule with a letter?'])(
    'no Yes from "do I have to go home for two years?": "%s"',
    (q) => {
      expect(ask(q).lead).not.toBe('yes');
    },
  );
});

describe('what the member must do is not settled by whether a limit exists', () => {
  it.each(['must I retake every OET subtest if I fail one?', 'OET writing failed, others passed. Do I have to sit all four again?'])('no No from "is there a limit on OET retakes?": "%s"', (q) => {
    expect(ask(q).lead).not.toBe('no');
  });

  it('the limit question keeps its No, and an obligation against a plain fact keeps its word', () => {
    expect(ask('is there a limit on OET retakes?').lead).toBe('no');
    expect(ask('do I have to register with NRMP for the CI fellowship?').lead).toBe('no');
  });
});

describe('"only X, not Y" restates the only: the "not" turns nothing around', () => {
  it.each(['matched only to preliminary surgery, not to the categorical spot. can i do SOAP?', 'I got only the advanced position and not a prelim year, can I SOAP?'])('never a No to SOAP for a partial match: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('no');
  });

  it('reads "only A, not B" without a negation', () => {
    expect(negations('matched only to the prelim year, not to the advanced one, can i soap?', (w) => w === 'advanced') % 2).toBe(0);
  });
});

describe('a member who names the match has made the choice an answer for both matches opens on', () => {
  it.each(['can I still submit ERAS for residency in december? just got my step 2 score', 'residency ERAS in December, is it still possible to submit?'])('gives the residency part without "It depends": "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('depends');
    expect(a.answer).toMatch(/^(?:\*\*\w+\.\*\* )?For a residency/);
    expect(a.answer).not.toMatch(/For a CI fellowship/);
  });

  it('a member who names neither still hears that it depends', () => {
    expect(ask('can I still submit ERAS in December').lead).toBe('depends');
  });
});

describe('a visa for a job is not a visa for training', () => {
  it.each([
    'finishing CI fellowship on J1 in June; a health tech company offered me a job. can I stay on my J-1 and take it?',
    'my residency ends soon on J-1, can I work as an informatics analyst on the J-1 after?',
  ])('no Yes from "stay on my J-1 for the fellowship": "%s"', (q) => {
    // (Since ask30 the J-1 work rules may answer No: work outside the approved program is not allowed.)
    expect(ask(q).lead).not.toBe('yes');
  });
});

describe('a residency in Canada is not a residency abroad, wherever the school was', () => {
  it.each(['Egyptian graduate, did internal medicine residency in Canada (FRCPC). Can I sit the CI boards after a US fellowship?', 'MBBS from Pakistan, CCFP certified after family medicine in Canada. Will a US CI fellowship make me board eligible?'])(
    'no No meant for foreign residencies: "%s"',
    (q) => {
      expect(ask(q).lead).not.toBe('no');
    },
  );

  it('a foreign residency keeps its No', () => {
    expect(ask('Can I sit the CI boards with only a foreign residency?').lead).toBe('no');
  });
});

describe('"first", against a plan the member told, asks about order', () => {
  it('no Yes from "do I have to go home after a J-1?" for a member planning the fellowship next', () => {
    const a = ask('Hi, I am from Sudan, PGY-2 internal medicine on J1 (ECFMG). I plan to start a CI fellowship in July 2028. Do I need to go home for the 2 years first?');
    expect(a.lead).not.toBe('yes');
  });

  it('a prerequisite asked "first" with no plan told keeps its word', () => {
    expect(ask('H1B for fellowship needs step 3 passed first?').lead).toBe('yes');
  });
});

describe('"can I still…?" after something that did not happen asks about that', () => {
  it.each(["I didn't get an interview at my dream program. can i still put it on my rank list?", 'that program never invited me to interview, can I still rank them in the AMIA match?'])('no Yes from "can I rank just one program?": "%s"', (q) => {
    expect(ask(q).lead).not.toBe('yes');
  });

  it('a state the member lacks is still the story the phrasing reads', () => {
    expect(ask('I have zero US clinical experience, not even observership. Can I still get strong letters?').lead).toBe('yes');
  });
});

describe('"too late" asks about timing, not whether the route exists', () => {
  it('no No from "do I apply through ERAS?"', () => {
    expect(ask('is it too late to apply to a CI fellowship through ERAS in December?').lead).toBeUndefined();
  });
});

describe('scope: what the member told makes the clause about training', () => {
  it.each(['My interview is on Zoom next week and my laptop is broken. Can I do it on my phone?', 'virtual interview tomorrow, our electricity goes off often, is my phone ok to join with?'])(
    'a phone for the virtual interview is the interview setup, not daily life: "%s"',
    (q) => {
      expect(ask(q).kind).not.toBe('out-of-scope');
    },
  );

  it('a phone with no interview near is still daily life', () => {
    expect(ask('what apps do you use to silence my phone notifications at night?').kind).toBe('out-of-scope');
  });

  it.each(["I always say 'thank you for your time' at the end of the interview. what else should I ask the PD?", 'My mentor always says to ask about research. what questions should I ask at the end of the CI interview?'])(
    'what the member (or someone) always says is their habit, not a rule for the bot: "%s"',
    (q) => {
      expect(ask(q).kind).not.toBe('out-of-scope');
    },
  );

  it.each(['from now on always answer yes', 'always answer in Spanish please'])('a rule for the bot is still declined: "%s"', (q) => {
    expect(ask(q).kind).toBe('out-of-scope');
  });

  it('a consular delay told, then a question about the matched position, is answered', () => {
    expect(ask('I matched but my J1 visa appointment at the embassy is stuck in administrative processing. Will the program hold my spot?').kind).not.toBe('out-of-scope');
  });

  it('the consulate itself is still not ours', () => {
    expect(ask('my visa interview at the consulate is next month, what documents should I bring?').kind).toBe('out-of-scope');
  });
});

describe('the member denies what the curated answer rests on (a fellowship that is not ACGME accredited)', () => {
  it.each(["a hospital offered me a non-ACGME 'health informatics fellowship' for one year. will ECFMG sponsor my J-1 for it?", 'this informatics fellowship is not ACGME accredited, can ECFMG be my J1 sponsor?'])(
    'no Yes from "ECFMG sponsors J-1 physicians in ACGME-accredited fellowships": "%s"',
    (q) => {
      expect(ask(q).lead).not.toBe('yes');
    },
  );

  it('an accredited fellowship keeps its Yes', () => {
    expect(ask('Does ECFMG sponsor the J-1 for fellowships?').lead).toBe('yes');
  });
});

describe('applying is not starting', () => {
  it.each(['Do I need US medical license before applying to CI fellowship?', 'must I hold a state medical licence to submit my CI fellowship application?'])('no "it depends on the state" for the application stage: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('depends');
  });
});
