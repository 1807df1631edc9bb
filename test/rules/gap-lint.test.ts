import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import {
  countPlaceholders,
  countWords,
  findBlame,
  GAP_LINT_CONFIG,
  lintGapExplanation,
} from '../../src/rules/gap-lint.js';

/** A realistic, well-formed member draft: reason, actions, result, informatics link. */
const CLEAN =
  'After graduating in 2019 I spent eight months waiting for my J-1 visa. I used the time to complete an online ' +
  'course in SQL for healthcare data and volunteered with the quality team at my teaching hospital, where I built ' +
  'a small dashboard for discharge delays. The dashboard reduced missing follow-up dates by 30%, and I earned a ' +
  'certificate in health data analytics. That work is why I now want to train in clinical informatics.';

const ids = (text: string) => lintGapExplanation(text).map((l) => l.id);

/** A clean draft padded to exactly n words with an informatics-neutral filler sentence. */
function draftOfWords(n: number): string {
  const base = CLEAN;
  const missing = n - countWords(base);
  if (missing < 0) throw new Error('base too long');
  return `${base}${' Also'.repeat(missing)}`;
}

describe('lintGapExplanation', () => {
  // SPEC: a neutral statement of an external cause is not blame (corpus gp-a-059, gp-h-024).
  it.each([
    'It was not in my hands… because of covid and the embassy.',
    'It was beyond my control because of covid and the embassy.',
    'Matters were outside my control because the embassy was closed during covid.',
    'The gap happened for reasons beyond my control.',
  ])('does not call an external cause stated neutrally blame: %s', (reason) => {
    expect(ids(`${reason} ${CLEAN}`)).not.toContain('blame');
  });

  it('still calls the cause blame when it accuses: "the embassy, incompetent as always, lost my file"', () => {
    expect(ids(`The embassy staff were incompetent and lost my file. ${CLEAN}`)).toContain('blame');
  });

  it('finds nothing in a clean, complete draft', () => {
    expect(lintGapExplanation(CLEAN)).toEqual([]);
  });

  it('rejects an empty or blank draft with a UserError', () => {
    expect(() => lintGapExplanation('')).toThrow(UserError);
    expect(() => lintGapExplanation('   \n\t ')).toThrow(/draft is empty/);
  });

  describe('blame', () => {
    it('quotes "the exam was unfair" with its subject in the message', () => {
      const lints = lintGapExplanation(`I failed Step 1 because the exam was unfair. ${CLEAN}`);
      const blame = lints.find((l) => l.id === 'blame');
      expect(blame?.quote).toBe('the exam was unfair');
      expect(blame?.message).toContain('You wrote "the exam was unfair"');
      expect(blame?.sources).toEqual([{ doc: 'explaining-red-flags', section: 'principles' }]);
    });

    it.each([
      ['The faculty were biased against me.', 'were biased'],
      ['The delay was not my fault.', 'not my fault'],
      ['They refused to help me at every step.', 'They refused'],
      ['The program discriminated against foreign graduates.', 'discriminated'],
      ['My supervisors were incompetent.', 'incompetent'],
      ['The licensing office was corrupt.', 'corrupt'],
      ['It was a useless program from the start.', 'useless program'],
      ['Nobody helped me during that year.', 'Nobody helped'],
    ])('flags "%s"', (sentence, fragment) => {
      const blame = lintGapExplanation(`${sentence} ${CLEAN}`).find((l) => l.id === 'blame');
      expect(blame?.quote).toContain(fragment);
      expect(blame?.message).toContain(fragment);
    });

    it.each([
      'The mistake was mine, and I changed how I study.',
      'I take responsibility for underestimating the exam.',
      'I accept full responsibility for the delay.',
      'The fault was my own: I had no study plan.',
      'I do not think the exam was unfair; my method was weak.',
    ])('does not flag self-ownership: "%s"', (sentence) => {
      expect(ids(`${sentence} ${CLEAN}`)).not.toContain('blame');
    });

    it('ignores blame words inside a bracketed placeholder', () => {
      const draft = `${CLEAN} [Do not write that the exam was unfair or that it was not your fault.]`;
      expect(findBlame(draft)).toEqual([]);
      expect(ids(draft)).toEqual([]);
    });

    it('lists several blame quotes in one finding', () => {
      const lint = lintGapExplanation(`The exam was unfair. The faculty were biased. ${CLEAN}`);
      expect(lint.filter((l) => l.id === 'blame')).toHaveLength(1);
      expect(lint[0]?.message).toContain('"The exam was unfair", "The faculty were biased"');
    });
  });

  describe('too-long', () => {
    it(`passes at exactly ${GAP_LINT_CONFIG.maxWords} words`, () => {
      const text = draftOfWords(150);
      expect(countWords(text)).toBe(150);
      expect(ids(text)).not.toContain('too-long');
    });

    it('flags 151 words, saying the count and quoting the longest sentence', () => {
      const text = draftOfWords(151);
      const lint = lintGapExplanation(text).find((l) => l.id === 'too-long');
      expect(lint?.message).toContain('151 words');
      expect(lint?.message).toContain('at most 150');
      expect(text).toContain((lint?.quote ?? '').replace(/ …$/, ''));
      expect(lint?.message).toContain(`"${lint?.quote}"`);
    });
  });

  describe('no-actions', () => {
    it('flags a draft that never says what was done', () => {
      const text = 'I had a difficult year. The result was a passing Step 2 CK score of 250 and an interest in data.';
      expect(ids(text)).toEqual(['no-actions']);
      expect(lintGapExplanation(text)[0]?.message).toMatch(/completed an online course/);
    });

    it('does not take effort words for actions', () => {
      expect(ids('I studied a lot and worked hard. My Step 2 CK score was 250, and data matters to me.')).toEqual([
        'no-actions',
      ]);
    });

    it('accepts an action verb with an object, or a concrete activity noun', () => {
      expect(ids('I volunteered with a QI team and passed Step 2 CK.')).toEqual([]);
      expect(ids('A course on EHR data gave me a certificate.')).toEqual([]);
    });
  });

  describe('no-outcome', () => {
    it('flags a draft with actions and informatics but nothing checkable', () => {
      expect(ids('I studied SQL and worked with the hospital EHR team on workflow maps.')).toEqual(['no-outcome']);
    });

    it.each([
      'passed Step 2 CK',
      'scored 245',
      'published a short report',
      'reduced missing discharge dates',
      'earned a certificate',
      'received strong evaluations',
      'cut delays by 20%',
    ])('accepts "%s" as a result', (phrase) => {
      expect(ids(`I worked with the EHR team and ${phrase}.`)).not.toContain('no-outcome');
    });

    it.each([
      'I built a sepsis dashboard with the EHR team, which resulted in weekly reporting of time to antibiotics.',
      'I built a sepsis dashboard with the EHR team. The result was weekly reporting of time to antibiotics.',
      'I built a sepsis dashboard with the EHR team, with the result that the ward now reviews it weekly.',
      'I built a sepsis dashboard with the EHR team. One result I can show: time to antibiotics reported weekly.',
      'My work on the EHR sepsis dashboard has a result I can show: time to antibiotics reported weekly.',
    ])('accepts a result stated as a result: "%s"', (text) => {
      expect(ids(text)).not.toContain('no-outcome');
    });

    it.each([
      'As a result of the visa delay I could not work, so I studied SQL and mapped EHR workflows.',
      'As a result of the visa delay: I could not work, so I studied SQL and mapped EHR workflows.',
      'I studied SQL and mapped EHR workflows because of the results of my visa interview.',
    ])('still flags a cause that only mentions a result: "%s"', (text) => {
      expect(ids(text)).toEqual(['no-outcome']);
    });
  });

  describe('placeholders', () => {
    const REASON = 'From Jul 2022 to Mar 2023 I was out of clinical training.';

    it('lets an instruction that asks for a result, an action or a link reserve that slot', () => {
      const text =
        `${REASON} [Name one course you completed and what you built.] ` +
        '[Add a number to that result if you have one: how much did it reduce or improve a measure?] ' +
        '[Connect this period to clinical informatics in one sentence.]';
      expect(ids(text)).toEqual([]);
    });

    it.each([
      ['no-actions', '[Add one result someone could check.] [Connect this period to clinical informatics.]'],
      ['no-outcome', '[Name one course you completed.] [Connect this period to clinical informatics.]'],
      ['no-informatics-link', '[Name one course you completed.] [Add one result someone could check.]'],
    ])('still reports %s when no placeholder asks for it', (id, placeholders) => {
      expect(ids(`${REASON} ${placeholders}`)).toEqual([id]);
    });

    it('reads a placeholder only by what it asks for, not by words in its examples', () => {
      // Asks for a method (an action); "practice scores" and "data" in it are examples, not a result or a link.
      const text = `${REASON} [describe your method, for example how you tracked practice scores and data]`;
      expect(ids(text)).toEqual(['no-outcome', 'no-informatics-link']);
    });

    it('gives no credit to a bracket that asks for nothing', () => {
      expect(ids(`${REASON} [passed Step 2 CK, EHR data course]`)).toEqual([
        'no-actions',
        'no-outcome',
        'no-informatics-link',
      ]);
    });
  });

  describe('no-informatics-link', () => {
    it('flags a draft without any informatics word', () => {
      const text =
        'I cared for my father and completed a board review course, then passed Step 2 CK with a score of 241.';
      expect(ids(text)).toEqual(['no-informatics-link']);
    });

    it.each(['EHR', 'data', 'informatics', 'QI', 'dashboard', 'decision support', 'health IT', 'workflow'])(
      'accepts "%s" as the link',
      (word) => {
        expect(ids(`I completed a course on ${word} and passed the final exam.`)).not.toContain('no-informatics-link');
      },
    );
  });

  it('counts words the way a reader does', () => {
    expect(countWords("I didn't stop: Step-2 CK, 24/7 prep.")).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countPlaceholders('a [b] c [d e]')).toBe(2);
  });
});
