/**
 * Every fact that did not come from the five seed articles must name where it came from. These
 * tests hold the guides to that: a section that states one of the facts we read on a primary
 * page (a calendar, an eligibility rule, a visa rule, the ERAS letter limit) must sit in a guide
 * whose front matter lists `sources:`, and each listed page is either the body's own site or
 * says plainly that it is a secondary copy or a single program's page.
 */
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/knowledge/load.js';

const guides = loadGuides();

/**
 * Facts introduced from primary sources, as patterns over section text. Each names a rule or a
 * date the seeds do not contain; finding one in a guide without `sources:` means a fact arrived
 * with no citation.
 */
const NON_SEED_FACTS: ReadonlyArray<[string, RegExp]> = [
  ['the AMIA match by name', /\bAMIA (Clinical Informatics Fellowship )?match\b/i],
  ['the AMIA commit deadline', /\bcommit deadline\b/i],
  ['the AMIA post-match process', /\bpost-match process\b/i],
  ['the ERAS July cycle', /\bJuly cycle\b/i],
  ['NRMP Match Week, Match Day or SOAP', /\bMatch (Week|Day)\b|\bSOAP\b/],
  ['the rank order list deadline', /\brank order list (certification )?deadline\b/i],
  ['the Match Participation Agreement', /\bMatch Participation Agreement\b/i],
  ['the All In rule', /\bfill all (of )?its positions\b/i],
  ['the ACGME exception', /\bexceptionally qualified\b/i],
  ['GMEC approval', /\bGMEC\b|Graduate Medical Education Committee/],
  ['Canadian accreditation bodies', /\bRCPSC\b|\bCFPC\b/],
  ['ABMS primary certification', /\bABMS\b/],
  ['the ERAS four-letter limit', /\b(at most|maximum of|up to) (four|4) letters\b|\bassign (at most )?four\b/i],
  ['the Statement of Need', /\bStatement of Need\b/i],
  ['the J-1 seven-year limit', /\bseven years\b/i],
  ['the H-1B six-year limit', /\bsix years\b/i],
  ['cap-exempt H-1B employers', /\bcap-exempt\b|\bannual lottery\b/i],
  ['Conrad 30 waivers', /\bConrad 30\b/i],
  ['OET pass/fail for ECFMG', /\bpass\/fail\b/i],
  ['observerships without patient care', /\bnot hands-on\b|\bno patient care\b/i],
];

/**
 * Hosts of the bodies that set these facts (AMIA, ACGME, ABPM, ABPath, ABIM, NRMP, ECFMG, AAMC, AMA, State, USCIS, and the
 * USMLE program for its own exam rules such as the attempt limit).
 * erasfellowshipdocuments.org is the ERAS Fellowships Documents Office, the AAMC's own ERAS office
 * for fellowship applicants (operated by ECFMG), so it speaks for ERAS itself.
 */
// fsmb.org: the Federation of State Medical Boards runs Step 3 and sets who may sit it (knowledge/visas.md).
// canada.ca: Health Canada issues Canadians' Statements of Need (knowledge/visas.md). mbc.ca.gov: the
// Medical Board of California sets its own training-licence rule (knowledge/ci-pathway.md). samhsa.gov
// funds and runs the 988 Lifeline; heart.org is the American Heart Association's own page on warning
// signs (both for the /ask emergency reply, knowledge/interview-preparation.md). nbme.org: the NBME
// co-sponsors the USMLE and issues its transcripts (knowledge/red-flags.md).
const PRIMARY_HOSTS =
  /(^|\.)(amia\.org|fsmb\.org|acgme\.org|theabpm\.org|abpath\.org|abim\.org|nrmp\.org|ecfmg\.org|aamc\.org|erasfellowshipdocuments\.org|ama-assn\.org|state\.gov|uscis\.gov|usmle\.org|canada\.ca|mbc\.ca\.gov|samhsa\.gov|heart\.org|nbme\.org|cordem\.org)\.?$/;
/** How a non-primary page must label itself in its title. */
const LABELLED_SECONDARY = /\((secondary[^)]*|a program's page|hosted copy[^)]*|via [^)]+|archived)\)|\(archived\)|hosted copy|secondary/i;

describe('primary-source citations in the guides', () => {
  for (const [fact, pattern] of NON_SEED_FACTS) {
    it(`every section stating ${fact} is in a guide that lists its sources`, () => {
      const uncited = guides
        .filter((g) => g.sources.length === 0)
        .flatMap((g) => g.sections.filter((s) => pattern.test(s.text) || pattern.test(s.heading)).map((s) => `${s.doc}#${s.slug}`));
      expect(uncited).toEqual([]);
    });
  }

  it('the fact patterns are live: each one is found in at least one guide', () => {
    const dead = NON_SEED_FACTS.filter(([, p]) => !guides.some((g) => g.sections.some((s) => p.test(s.text)))).map(([fact]) => fact);
    expect(dead).toEqual([]);
  });

  it('cites each page as the body itself, or labels it as secondary, a hosted copy or a program page', () => {
    const unlabelled = guides.flatMap((g) =>
      g.sources
        .filter((s) => !PRIMARY_HOSTS.test(new URL(s.url).hostname) && !LABELLED_SECONDARY.test(s.title))
        .map((s) => `${g.id}: ${s.url}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('lists each page once per guide', () => {
    for (const g of guides) {
      const urls = g.sources.map((s) => s.url);
      expect(urls, g.id).toEqual([...new Set(urls)]);
    }
  });

  it('the guides written only from primary sources cite the bodies that set CI eligibility and the matches', () => {
    const hosts = (id: string): string[] => guides.find((g) => g.id === id)!.sources.map((s) => new URL(s.url).hostname);
    expect(hosts('ci-pathway').join(' ')).toMatch(/amia\.org/);
    expect(hosts('ci-pathway').join(' ')).toMatch(/theabpm\.org/);
    expect(hosts('ci-pathway').join(' ')).toMatch(/ecfmg\.org/);
    expect(hosts('matches').join(' ')).toMatch(/amia\.org/);
    expect(hosts('matches').join(' ')).toMatch(/nrmp\.org/);
    expect(hosts('matches').join(' ')).toMatch(/aamc\.org/);
  });
});
