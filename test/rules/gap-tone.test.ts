import { describe, expect, it } from 'vitest';
import { toneNotes } from '../../src/rules/gap-tone.js';

const ids = (t: string) => toneNotes(t).map((n) => n.id);

describe('tone notes on a gap draft (advisory, not lint ids)', () => {
  it('reads an apology in other voices', () => {
    for (const t of [
      'I am very sorry for the gap in my training.',
      "I'm truly sorry that my CV shows this break.",
      'I apologise for the years I was away from medicine.',
      'My sincere apologies for this interruption.',
      'Please forgive me for the delay in my career.',
      'I deeply regret the gap between 2021 and 2023.',
    ])
      expect(ids(t), t).toContain('apology');
  });
  it('does not read sympathy or an ordinary "sorry to hear" as an apology', () => {
    for (const t of [
      'When patients told me about their losses I said I am sorry to hear that and listened.',
      'I regularly worked with families and told them I was sorry for their loss.',
      'I cared for my family from 2022 to 2023 and passed Step 2 CK with 241.',
    ])
      expect(ids(t), t).not.toContain('apology');
  });
  it('reads a plea in other voices', () => {
    for (const t of [
      'I promise I will work very hard if given a chance.',
      'Please give me one chance to prove myself.',
      'If I am offered an opportunity, I will never let you down.',
      'I humbly request that you consider my application despite the gap.',
      'I promise to work day and night for your program.',
      'All I need is one last chance.',
    ])
      expect(ids(t), t).toContain('pleading');
  });
  it('leaves a plain plan with "promise" or "chance" alone', () => {
    for (const t of [
      'I promise to bring the same discipline to your informatics projects: I led an order-set review that cut duplicate labs by 18%.',
      'The externship gave me the chance to use Epic daily on the wards.',
      'I took the opportunity to complete a health informatics certificate.',
    ])
      expect(ids(t), t).not.toContain('pleading');
  });
  it("reads a relative's medical details, not a plain mention of caregiving", () => {
    for (const t of [
      'My mother-in-law was diagnosed with breast cancer and needed chemotherapy.',
      'My father had a stroke and was on dialysis for two years.',
      'In 2023 my husband was hospitalised in intensive care for months.',
    ])
      expect(ids(t), t).toContain('family-medical-detail');
    for (const t of [
      'From 2022 to 2024 I cared for a family member through an illness, then returned to full-time study.',
      'My mother encouraged me to apply in informatics.',
      'I diagnosed and treated sepsis in the emergency department, then audited our sepsis order set.',
    ])
      expect(ids(t), t).not.toContain('family-medical-detail');
  });
  it('ignores bracketed instructions', () => {
    expect(toneNotes('[Say you are sorry only if you mean it]. I completed a certificate.')).toEqual([]);
  });
});
