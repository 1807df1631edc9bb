import { describe, expect, it } from 'vitest';
import { READERS } from '../../src/rules/letter-notes.js';

const { asksMeToDraft, tellsReceived } = READERS;

describe('a writer asking the member to draft the letter, read by meaning', () => {
  it.each([
    'My PD asked me to send him a draft of his own letter',
    'Residency PD Dr. Hughes agreed to write but asked me to draft the letter myself',
    'he asked me to write it and he will sign',
    'she wants a draft from me',
    'Dr. Osei told me to write my own LOR and he would sign it',
    'my chair said I should prepare the letter and she signs it',
    'the CMIO would like me to draft the recommendation first',
    'asked me for a first draft of the letter of recommendation',
    'my attending expects me to ghostwrite the LOR',
    'he said just write it yourself and I will sign whatever you write',
  ])('reads "%s"', (clause) => {
    expect(asksMeToDraft(clause)).toBe(true);
  });

  it.each([
    'Dr. Lin offered to share a draft of her own letter with me',
    'she will send me her draft letter to look over',
    'he asked me to send my CV and a list of examples',
    'the PD asked me to send a draft of my personal statement',
    'my PD did not ask me to draft anything',
    'Dr. Patel will write the letter himself next week',
    'asked me to review the draft of the program brochure',
    'I asked him for a strong letter of recommendation',
  ])('does not read "%s"', (clause) => {
    expect(asksMeToDraft(clause)).toBe(false);
  });
});

describe('a letter told as received or uploaded', () => {
  it.each([
    '3 month peds observership, Houston children hospital, got 1 LOR',
    'she already uploaded my letter in ERAS in september',
    'Dr. Cole letter received',
    'LOR from Dr. Singh is in ERAS',
    'her letter arrived in MyERAS last week',
    'Dr. Park wrote my letter of recommendation',
    'I re-used (imported) his 2019 letter in ERAS',
    'reused my old letters from last season',
    'imported her original letter into this application',
  ])('reads "%s"', (clause) => {
    expect(tellsReceived(clause)).toBe(true);
  });

  it.each([
    'still waiting for her letter',
    'Dr. Mitchell has not uploaded her letter yet',
    'he will upload the LOR next week',
    'My externship attending did not reply to my letter request',
    'letter still pending',
    'received an offer letter from the hospital',
    'No Objection Statement letter received in 2023',
    'asked for a letter in June',
    'I plan to import his 2019 letter',
    'I will reuse his old letter if he agrees',
  ])('does not read "%s"', (clause) => {
    expect(tellsReceived(clause)).toBe(false);
  });
});

describe('a letter carried over from an earlier season, after the deadline', () => {
  it('is not a writer still to ask (p410: a retired PD whose 2019 letter was imported)', async () => {
    const { reviewLetters } = await import('../../src/rules/letters.js');
    const { parseProfile } = await import('../../src/core/profile/parse.js');
    const raw = {
      version: 1,
      citizenship: 'us-permanent-resident',
      visa: 'not-needed',
      target: 'ci-fellowship',
      specialty: 'family medicine',
      medSchool: { country: 'Nigeria', graduated: '2012-04' },
      ecfmgCertified: true,
      timeline: [
        {
          from: '2022-09',
          to: 'present',
          activity: 'us-clinical',
          note: 'Family physician. My residency PD, Dr. Robert Hale, retired in 2024; I re-used (imported) his 2019 letter in ERAS.',
        },
      ],
      letters: [
        {
          writer: 'Dr. Robert Hale',
          role: 'program-director',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2019,
        },
        {
          writer: 'Dr. Kevin Brooks',
          role: 'cmio',
          setting: 'us',
          physician: true,
          informatics: true,
          directObservation: true,
          year: 2026,
          asked: '2026-06-01',
        },
        {
          writer: 'Dr. Aisha Rahman',
          role: 'informatics-faculty',
          setting: 'us',
          physician: true,
          informatics: true,
          directObservation: true,
          year: 2026,
          asked: '2026-06-01',
        },
      ],
      deadline: '2026-08-15',
    };
    const parsed = parseProfile(raw, '2026-12-10');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    const ids = reviewLetters(parsed.value, '2026-12-10').findings.map((f) => f.id);
    expect(ids).not.toContain('late-ask');
    // Without the note, the same writer is one never asked, and the finding stays.
    const bare = parseProfile({ ...raw, timeline: [{ ...raw.timeline[0]!, note: 'Family physician.' }] }, '2026-12-10');
    if (!bare.ok) throw new Error(JSON.stringify(bare));
    expect(reviewLetters(bare.value, '2026-12-10').findings.map((f) => f.id)).toContain('late-ask');
  });
});
