// Round ask39: readings /ask got wrong or left empty, each checked in wordings of our own.
// - "without a US residency" is the no-residency stage: a plain No for the usual asker, and the
//   answer names the exception for a residency finished abroad (which alone hears "It depends").
// - the length of the whole route (residency + fellowship) has a number;
// - a vendor credential (Epic, Cerner) is not board certification, and says what it is worth;
// - keeping a job while applying, or beside the fellowship, is its own question;
// - an H-1B after a J-1 waiver is answered for the waiver;
// - "GC", "greencard", "LPR", "I'm a PR" are the green card;
// - non-clinical work does not keep clinical skills current, and a postdoc is research;
// - a fellow's licence depends on the state (California wants the full one after 36 months);
// - which job pays better, and building SmartPhrases in an EHR, are declined.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { normalizeText, spellOutStatus } from '../../src/knowledge/text.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('a fellowship without a (US) residency', () => {
  it('told with no residency in other words, the same curated answer', () => {
    const a = ask('i have not been a resident anywhere yet, can a CI fellowship accept me');
    expect(a.faqId).toBe('fellowship-without-residency');
    expect(a.answer).toMatch(/no residency at all you cannot start one/i);
  });

  it.each([
    'could I join an informatics fellowship in the US if I never did an American residency?',
    'without having done a US residency, is a clinical informatics fellowship open to me?',
  ])('"%s" leads No and names the exception for a residency abroad', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/no residency at all/i);
    expect(a.answer).toMatch(/exceptionally qualified applicant/);
    expect(cited(a.answer)).toContain('ci-pathway#fellowship-eligibility');
  });

  it('a residency finished abroad hears that it depends', () => {
    const a = ask('I completed my residency in Nigeria; am I eligible for a US clinical informatics fellowship?');
    expect(a.lead).toBe('depends');
    expect(a.answer).toMatch(/exceptionally qualified applicant/);
  });

  it('a residency still to be done in the US is not read as having none', () => {
    const a = ask('Can I apply for the CI fellowship while I am still in residency?');
    expect(a.faqId).toBe('apply-during-residency');
  });
});

describe('how long the whole route takes', () => {
  // Regression of session 29, fixed in round ask56 (see the commit that turned it back into a plain test).
  it('"all together how long is the training, residency then the informatics fellowship?" gets a number of years with a hedge', () => {
    const a = ask('all together how long is the training, residency then the informatics fellowship?');
    expect(a.answer).toMatch(/five years/);
    expect(cited(a.answer)).toContain('ci-pathway#route-length');
  });
  it.each(['how many years from starting IM residency until I finish a CI fellowship'])('"%s" gets a number of years with a hedge', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/five years/);
    expect(a.answer).toMatch(/typical/i);
    expect(cited(a.answer)).toContain('ci-pathway#route-length');
  });

  it('the fellowship alone still gets its own length', () => {
    expect(ask('how long does a clinical informatics fellowship last').faqId).toBe('fellowship-length');
  });
});

describe('EHR vendor credentials', () => {
  it('"same as board certified?" hears No', () => {
    const a = ask('is my Epic builder credential the same thing as being board certified in informatics?');
    expect(a.faqId).toBe('vendor-ehr-credential');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/not ABPM board certification/);
  });

  it('"does it replace the fellowship?" hears what it is and is worth', () => {
    const a = ask('does an Epic cert replace the CI fellowship?');
    expect(a.faqId).toBe('vendor-ehr-credential');
    expect(a.answer).toMatch(/does not replace the ACGME fellowship/);
    expect(a.answer).toMatch(/worth listing/);
  });

  it('asked what one is worth, the answer is about the credential, not the board exam', () => {
    const a = ask('how much will my Cerner certificate help my informatics fellowship application?');
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/vendor/i);
    expect(a.answer).not.toMatch(/^To sit the clinical informatics board exam/);
  });
});

describe('keeping a job', () => {
  it('while applying', () => {
    const a = ask('am I allowed to keep working as a hospitalist while my fellowship applications are out?');
    expect(a.faqId).toBe('keep-job-while-applying');
    expect(a.answer).toMatch(/interview/);
  });

  it('during the fellowship: the 24 months, the program decides, moonlighting rules', () => {
    const a = ask('will the program let me keep my attending post alongside the CI fellowship?');
    expect(a.faqId).toBe('job-during-fellowship');
    expect(a.answer).toMatch(/48 months/);
    expect(a.answer).toMatch(/moonlighting/);
    expect(a.answer).toMatch(/80-hour/);
  });

  it('shifts at the old hospital once the fellowship starts are moonlighting', () => {
    const a = ask('once the fellowship starts, can I still pick up shifts at my old hospitalist job?');
    expect(cited(a.answer)[0]).toBe('ci-pathway#working-while-training');
    expect(a.answer).toMatch(/moonlighting/);
  });
});

describe('an H-1B after a J-1 waiver', () => {
  it.each(['My Conrad waiver came through. May a fellowship now file an H1B for me?', 'now that my 2-year home rule is waived, could a CI program sponsor H-1B?'])(
    '"%s" is answered for the waiver, its commitment and the program',
    (q) => {
      const a = ask(q);
      expect(a.faqId).toBe('h1b-after-waiver');
      expect(a.answer).toMatch(/Conrad 30/);
      expect(a.answer).toMatch(/sponsor H-1B itself/);
    },
  );
});

describe('short names of the green card', () => {
  it.each([
    ['got my GC last month', 'got my green card last month'],
    ['I am a greencard holder', 'I am a green card holder'],
    ['as an LPR', 'as an permanent resident'],
    ["I'm a PR now", "I'm a permanent resident now"],
    ['US PR here', 'US permanent resident here'],
  ])('"%s" reads as "%s"', (given, read) => {
    expect(spellOutStatus(given)).toBe(read);
  });

  it.each(['how many PR points does Canada give a doctor', 'NRMP press release (via PR Newswire)', 'open a PR on GitHub'])('"%s" keeps its own PR', (given) => {
    expect(spellOutStatus(given)).not.toMatch(/permanent resident/);
  });

  it('a question with "GC" is answered as the one with "green card"', () => {
    const short = ask('I have a GC. do i still need a visa for residency?');
    const long = ask('I have a green card. do i still need a visa for residency?');
    expect(short.covered).toBe(true);
    expect(short.faqId ?? short.topic).toBe(long.faqId ?? long.topic);
  });

  it('Canadian permanent residence stays out of scope', () => {
    expect(ask('how to get canadian PR through express entry as a physician').covered).toBe(false);
  });
});

describe('work without patients and clinical currency', () => {
  it('a job without patients does not keep clinical skills current', () => {
    const a = ask('my job in health IT has no patient contact, will programs think my clinical skills are current?');
    expect(a.faqId).toBe('non-clinical-work-currency');
    expect(a.answer).toMatch(/does not refresh clinical skills/);
    expect(cited(a.answer)[0]).toBe('red-flags#clinical-currency');
  });

  it('a postdoc is research, not US clinical experience', () => {
    const a = ask('can my post-doc at a Boston hospital go under US clinical experience on ERAS?');
    expect(a.faqId).toBe('research-as-usce');
    expect(a.answer).toMatch(/not clinical experience/);
  });

  it('"cert" is read as certification', () => {
    expect(normalizeText('my board cert')).toBe('my board certification');
  });
});

describe('a licence to start the fellowship', () => {
  it('depends on the state, with California as an example of a full licence', () => {
    const a = ask('Is a full unrestricted license needed before a CI fellowship begins?');
    expect(a.lead).toBe('depends');
    expect(a.answer).toMatch(/California/);
    expect(a.answer).toMatch(/training licence or permit/);
    expect(cited(a.answer)[0]).toBe('ci-pathway#licence-to-train');
  });
});

describe('declined near misses', () => {
  it.each(['does a CMIO get paid better than a hospitalist?', 'which pays more, informatics or hospital medicine'])('"%s" is about pay', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.declined).toBe('money');
  });

  it.each(['how can I create a dot phrase in Cerner for my progress notes', 'steps to build a smartphrase with a smartlist in epic'])('"%s" is EHR build help', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.declined).toBe('it-support');
  });

  it('building SmartPhrases as experience for the application stays in scope', () => {
    expect(ask('does building SmartPhrases for my clinic count as informatics experience for my CI application?').covered).toBe(true);
  });
});
