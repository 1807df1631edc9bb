import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryText } from '../../src/knowledge/glossary.js';
import { expandQuery, glossaryMatches } from '../../src/knowledge/retrieval.js';

const forms = (e: (typeof GLOSSARY)[number]): string[] => [e.term, e.expansion, ...e.synonyms].map((f) => f.toLowerCase());
const entryFor = (word: string) => GLOSSARY.find((e) => forms(e).includes(word.toLowerCase()));

describe('glossary', () => {
  it('has every abbreviation and synonym group the advisor promises', () => {
    const required = [
      'USCE', 'LOR', 'CK', 'Step 1', 'Step 3', 'USMLE', 'COMLEX', 'NRMP', 'ERAS', 'ECFMG', 'CMIO', 'CNIO', 'CDS',
      'CPOE', 'EHR', 'EMR', 'PDSA', 'STAR', 'QI', 'J-1', 'H-1B', 'O-1', 'PD', 'PS', 'ACGME', 'ABPM', 'AMIA',
      'HIMSS', 'FHIR', 'HL7', 'IMG', 'YOG', 'PGY', 'SNOMED', 'LOINC', 'OET',
    ];
    for (const term of required) expect(entryFor(term), term).toBeDefined();
    const groups = [
      ['fail', 'failed', 'failure', 'flunk'],
      ['letter', 'LOR', 'recommendation', 'reference'],
      ['gap', 'break', 'time off'],
      ['visa', 'sponsorship'],
      ['thank-you', 'thank you', 'thanks note'],
      ['top choice', '#1', 'first choice'],
      ['interview', 'interviewing'],
      ['informatics', 'health IT', 'HIT'],
      ['email', 'e-mail', 'message'],
    ];
    for (const group of groups) {
      const entries = new Set(group.map(entryFor));
      expect(entries.size, group.join('/')).toBe(1);
      expect([...entries][0], group.join('/')).toBeDefined();
    }
  });

  it('gives each term exactly one entry and a one-sentence definition', () => {
    const terms = GLOSSARY.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const e of GLOSSARY) {
      expect(e.definition, e.term).toMatch(/^[A-Z].*\.$/);
      expect(e.definition.slice(0, -1), e.term).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(e.definition.length, e.term).toBeLessThanOrEqual(160);
    }
  });

  it('renders one line per entry for /help glossary', () => {
    const text = glossaryText();
    expect(text.split('\n').filter((l) => l.includes(': '))).toHaveLength(GLOSSARY.length);
    expect(text).toContain('LOR (letter of recommendation): ');
    expect(text).toContain('CPOE (computerized provider order entry): ');
  });
});

describe('glossary matching', () => {
  it('matches abbreviations whatever their spelling (J1, J-1, step 2 ck, Step2CK)', () => {
    expect(glossaryMatches('J1 or J-1?').map((e) => e.term)).toEqual(['J-1']);
    expect(glossaryMatches('my Step2CK score').map((e) => e.term)).toContain('CK');
    expect(glossaryMatches('step 2 ck').map((e) => e.term)).toContain('CK');
  });

  it('matches multi-word synonyms as phrases and stop-word phrases before stop words are dropped', () => {
    expect(glossaryMatches('I took time off').map((e) => e.term)).toEqual(['gap']);
    expect(glossaryMatches('are they my #1?').map((e) => e.term)).toEqual(['top choice']);
    expect(glossaryMatches('how long is tell me about yourself').map((e) => e.term)).toEqual(['TMAY']);
  });

  it('matches a long word with a typo but not a short one', () => {
    expect(glossaryMatches('recomendation').map((e) => e.term)).toEqual(['LOR']);
    expect(glossaryMatches('sponsorhip').map((e) => e.term)).toEqual(['visa']);
    expect(glossaryMatches('gab')).toEqual([]);
  });

  it('expands an abbreviation to its meaning and its meaning back to the abbreviation', () => {
    const lor = expandQuery('LOR');
    expect(lor.terms).toEqual(['lor']);
    expect(lor.expansions.flatMap((g) => g.terms)).toEqual(expect.arrayContaining(['letter', 'recommendation']));
    const back = expandQuery('letter of recommendation');
    expect(back.expansions.flatMap((g) => g.terms)).toContain('lor');
  });

  it('adds nothing for a question without glossary words', () => {
    expect(expandQuery('what is the capital of france').expansions).toEqual([]);
  });
});
