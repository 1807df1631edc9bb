/**
 * Member-style questions about the facts read from primary sources (issue 9) reach the section
 * that states them, in the top 3 with the current retrieval, and that section actually carries
 * the fact. A question may name more than one acceptable section when two sections answer it
 * equally (for example the NRMP rule is stated in both the matches and pre-match guides).
 */
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/knowledge/load.js';
import { createIndex, search } from '../../src/knowledge/retrieval.js';

interface Case {
  q: string;
  /** Acceptable `doc#section` answers; the first is where the fact lives. */
  expect: string[];
  /** What the first expected section must say. */
  says: RegExp;
}

const CASES: Case[] = [
  // ERAS letters per program
  { q: 'how many letters of rec can i send to each program on ERAS', expect: ['letters#eras-letter-limits'], says: /at most four letters/i },
  { q: 'can I upload 6 LORs in eras?', expect: ['letters#eras-letter-limits'], says: /upload more than four/i },
  // Step 3 for H-1B, six-year limit
  { q: 'do i need step 3 for H1B', expect: ['visas#h1b-for-training'], says: /including Step 3/ },
  { q: 'is step 3 required before a program can sponsor an h1b visa', expect: ['visas#h1b-for-training'], says: /Step 3/ },
  { q: 'how many years can i be on H1B', expect: ['visas#h1b-for-training'], says: /six years/ },
  // J-1 Statement of Need, seven years, no change to H-1B without a waiver
  { q: 'what is the J-1 statement of need and who issues it', expect: ['visas#j1-sponsorship'], says: /Ministry of Health/ },
  { q: 'do i need a letter from my ministry of health for j1', expect: ['visas#j1-sponsorship'], says: /Statement of Need/ },
  { q: 'how long can i stay on a J1 visa for training', expect: ['visas#j1-sponsorship', 'visas#j1-h1b-o1'], says: /seven years/ },
  { q: 'can i switch from J1 to H1B after residency without going home', expect: ['visas#j1-sponsorship'], says: /cannot change to H-1B/ },
  // AMIA vs NRMP
  { q: 'is the CI fellowship match through NRMP or AMIA?', expect: ['matches#which-match'], says: /do not match through the NRMP/ },
  { q: 'does clinical informatics fellowship use the nrmp match', expect: ['matches#which-match'], says: /AMIA Clinical Informatics Fellowship Match/ },
  { q: 'when is the AMIA match commit deadline', expect: ['matches#amia-ci-match'], says: /commit deadline in early December/ },
  { q: 'when do CI fellowship match results come out', expect: ['matches#amia-ci-match'], says: /mid-December/ },
  { q: 'do i need to be an AMIA member to join the match', expect: ['matches#amia-ci-match'], says: /AMIA membership/ },
  { q: 'when is the NRMP rank order list deadline', expect: ['matches#nrmp-main-match'], says: /rank order list certification deadline/ },
  { q: 'what is SOAP and when is match day', expect: ['matches#nrmp-main-match'], says: /Supplemental Offer and Acceptance Program/ },
  { q: 'can a program ask me how i will rank them', expect: ['matches#communication-rules', 'prematch#nrmp-rules'], says: /neither you nor the program may ask/ },
  { q: 'does the AMIA match have rules about programs asking for commitments', expect: ['matches#communication-rules'], says: /did not find an AMIA rule/ },
  // Eligibility with only a foreign residency; ABPM boards
  { q: 'can i do a CI fellowship if my only residency was done in india', expect: ['ci-pathway#foreign-residency-only', 'ci-pathway#fellowship-eligibility'], says: /exceptionally qualified applicant exception/ },
  { q: 'I finished residency abroad, am I eligible for clinical informatics fellowship', expect: ['ci-pathway#fellowship-eligibility', 'ci-pathway#foreign-residency-only'], says: /RCPSC/ },
  { q: 'will i be board eligible after a CI fellowship if i trained abroad', expect: ['ci-pathway#foreign-residency-only', 'ci-pathway#board-certification'], says: /usually not make you eligible for the CI boards/ },
  { q: 'exceptionally qualified applicant pathway for fellowship what do programs need', expect: ['ci-pathway#exceptionally-qualified-applicants'], says: /GMEC/ },
  { q: 'can i take the ABPM clinical informatics boards with a foreign board certification', expect: ['ci-pathway#board-certification'], says: /ABMS/ },
  { q: 'what do i need to be board certified in clinical informatics', expect: ['ci-pathway#board-certification'], says: /unrestricted, currently valid medical licence/ },
  { q: 'are there alternatives to a CI fellowship like a masters in informatics', expect: ['ci-pathway#alternatives'], says: /master's degrees/i },
  { q: 'what is the usual route for an IMG to become a clinical informatician', expect: ['ci-pathway#usual-img-route'], says: /US \(ACGME\) residency/ },
  // ECFMG and OET
  { q: 'is OET pass fail for ECFMG', expect: ['ci-pathway#ecfmg-certification'], says: /pass\/fail/ },
  { q: 'what OET score do I need for ECFMG', expect: ['ci-pathway#ecfmg-certification'], says: /every sub-test/ },
  { q: 'do i need ECFMG certification to start a fellowship', expect: ['ci-pathway#ecfmg-certification'], says: /needs ECFMG certification/ },
  { q: 'does my ECFMG certificate expire', expect: ['ci-pathway#ecfmg-certification'], says: /subject to expiration/ },
  { q: 'does a US citizen who studied abroad count as an IMG', expect: ['ci-pathway#ecfmg-certification', 'matches#nrmp-main-match'], says: /not your passport/ },
  // Canadian certification for the CI boards; who sets letter deadlines
  { q: 'does canadian board certification count for the ABPM clinical informatics exam', expect: ['ci-pathway#board-certification'], says: /RCPSC or CFPC certification meets/ },
  { q: 'what is the ERAS deadline for letters', expect: ['letters#asking-and-timing'], says: /ERAS sets no application deadlines/ },
  // USCE kinds
  { q: 'does research count as US clinical experience', expect: ['red-flags#usce-kinds'], says: /research is not clinical experience/ },
  { q: 'is an observership considered clinical experience', expect: ['red-flags#usce-kinds'], says: /observership is not hands-on care/i },
];

const guides = loadGuides();
const index = createIndex(guides);
const sectionText = (ref: string): string => {
  const [doc, slug] = ref.split('#');
  const s = guides.find((g) => g.id === doc)?.sections.find((x) => x.slug === slug);
  if (!s) throw new Error(`${ref} is not a section in knowledge/`);
  return s.text;
};

describe('questions about primary-source facts reach the section that states them', () => {
  for (const { q, expect: refs, says } of CASES) {
    it(`"${q}" → ${refs.join(' or ')}`, () => {
      const top = search(index, q, { limit: 3 }).map((p) => `${p.doc}#${p.section}`);
      expect(top.filter((ref) => refs.includes(ref)), `top 3 was ${top.join(', ')}`).not.toEqual([]);
      expect(sectionText(refs[0]!)).toMatch(says);
    });
  }
});
