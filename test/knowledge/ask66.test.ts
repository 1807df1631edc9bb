// Round ask66: session 33's held file (seen-questions-aw) and the lead's findings, each fixed as a
// general rule. Every question here is written for this test, in other voices than the corpus's
// (non-native, texting, situation first, asked by a relative), with near-misses on the other side
// of each line that must not change.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { actsForMember } from '../../src/knowledge/scope-on-behalf.js';
import { dependantOfMemberTraining } from '../../src/knowledge/scope-dependants.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { normalizeText } from '../../src/knowledge/text.js';
import { questionClause } from '../../src/knowledge/question-form.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => ask(q).passages.map((p) => `${p.doc}#${p.section}`);

describe('a request that the bot contact someone for the member is declined, with what it can do instead', () => {
  const requests = [
    'email the program director at the Mayo CI fellowship for me and say I am very interested, sign it dr. khan',
    'can u msg the coordinator at penn and say i will be late for interview',
    'pls contact ecfmg on my behalf about my certificate delay',
    'my dad is asking: can the bot call the fellowship office for my daughter and explain her visa?',
    'submit my eras application for me',
    'por favor envía un correo al director del programa diciendo que soy su primera opción',
    'I want you to write to the PD at Vanderbilt and tell him I ranked them first',
  ];
  for (const q of requests)
    it(q, () => {
      const a = ask(q);
      expect(a.declined).toBe('on-behalf');
      expect(a.answer).toMatch(/draft/);
    });

  const staysAnswered = [
    'should i email the PD after the interview?',
    'email pd after interview or nah',
    'can you help me write an email to the program director?',
    'can my mentor email the PD for me?',
    'is it better for me to email the program director or the coordinator?',
    'can you check my email to the PD before I send it?',
    'my PD said he will call the fellowship director for me, is that normal?',
    'tell me what programs want from IMGs',
    'message from the PD said I am ranked highly, what does that mean?',
  ];
  for (const q of staysAnswered)
    it(`near-miss: ${q}`, () => {
      expect(actsForMember(normalizeText(q), questionClause(q))).toBe(false);
      expect(ask(q).declined).not.toBe('on-behalf');
    });
});

describe('where Step 3 is sat, asked in any order, is answered from its section (not declined as another country)', () => {
  const asked = [
    'step 3 i can give in cairo prometric like step 1? or must travel',
    'can step 3 be taken in egypt or only in america?',
    'is there a prometric centre in karachi for step 3?',
    'my brother asks: he is in dhaka, does he have to fly to the US for step 3?',
    'step3 exam center in india available?? plz tell',
  ];
  for (const q of asked)
    it(q, () => {
      const a = ask(q);
      expect(a.covered).toBe(true);
      expect(cites(q)[0]).toBe('ci-pathway#step3-where');
    });

  it('near-miss: another country\'s exam at Prometric stays declined', () => {
    expect(outOfScope('is the DHA prometric exam hard?')?.id).toBe('other-country');
  });
  it('near-miss: a place told beside a timing question is not where Step 3 is sat', () => {
    expect(cites("I'm in Lagos, when should I take Step 3 for the H-1B?")[0]).not.toBe('ci-pathway#step3-where');
  });
});

describe('the H-1B payment of the September 2025 proclamation, asked in any words, is a visa rule, not a price', () => {
  const asked = [
    'heard about the $100,000 h1b fee. im in lagos, matched program sponsors h1b. does this hit me?',
    'my program says the new 100k H1B fee is a problem, I am in Cairo. am I affected?',
    'my son is in karachi and matched an IM program on H-1B. is the $100k thing going to block him?',
    'I am on J-1 residency now in Ohio, switching to H-1B for fellowship. does the 100k fee apply when I change status inside the US?',
  ];
  for (const q of asked)
    it(q, () => {
      expect(outOfScope(q)).toBeUndefined();
      expect(cites(q)).toContain('visas#h1b-for-training');
    });
  it('near-miss: what H-1B residents are paid stays declined as pay', () => {
    expect(outOfScope('how much salary do H1B residents get?')?.id).toBe('money');
  });
});

describe("a spouse's or child's visa for the member's own training is the visa guide's; a relative's visit or studies are not", () => {
  const dependants = [
    'my wife needs a visa to come with me when I start fellowship, which one?',
    'our kids will come with me for residency on my J1, what visa do they need?',
    'im h1b resident, can my husband come as my dependent and can he work',
  ];
  for (const q of dependants)
    it(q, () => {
      expect(dependantOfMemberTraining(normalizeText(q))).toBe(true);
      expect(outOfScope(q)).toBeUndefined();
    });
  const relatives = [
    'what visa should my dad get to attend my residency graduation?',
    'my parents want to visit me during fellowship, which visa do they apply for?',
    'my younger brother wants to study engineering in the US, can my H-1B help his student visa?',
    'im on J1 residency. can my parents visit on tourist visa?',
    'my sister wants to come with me to the US for my residency, what visa?',
  ];
  for (const q of relatives)
    it(`near-miss: ${q}`, () => {
      expect(outOfScope(q)).toBeDefined();
    });
});

describe('an ACGME-I residency told before the asking clause', () => {
  it('is answered from the fellowship-eligibility section', () => {
    const q = 'asking for my husband: he finished pediatrics at an ACGME-I program in Qatar. can he apply to CI fellowships like US grads?';
    expect(cites(q)).toContain('ci-pathway#fellowship-eligibility');
    expect(ask(q).answer).toMatch(/ACGME-I/);
  });
});
