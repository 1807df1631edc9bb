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
  ])('does not read "%s"', (clause) => {
    expect(tellsReceived(clause)).toBe(false);
  });
});
