/**
 * Round ask61 (newcomer trial 19): a personal "For you" line under an /ask answer speaks to what
 * was asked. A visa question gets the member's visa line or nothing; the "which match applies"
 * line only comes under a question about a match itself. Checked in a DM and in an ephemeral
 * reply with a stored profile, each in several wordings, with near-misses that keep the line.
 */
import { describe, expect, it } from 'vitest';
import { member, textOf, useBot } from '../helpers/bot.js';
import { importProfile } from '../helpers/member-driver.js';

/** Trial 19's member: not a US citizen, visa undecided (an H-4 EAD not yet counted), a residency track. */
const RESIDENCY_UNDECIDED = JSON.stringify({
  version: 1,
  citizenship: 'non-us',
  visa: 'undecided',
  target: 'residency-informatics-track',
});
const FELLOWSHIP_J1 = JSON.stringify({ version: 1, citizenship: 'non-us', visa: 'j1', target: 'ci-fellowship' });
const MATCH_LINE = /For you: your profile targets (?:a residency track|a CI fellowship), so the (?:NRMP|AMIA)/;

describe('/ask personal line follows the question (trial 19)', () => {
  const h = useBot({}, { checks: true });
  // (A member of its own for each question: /ask's cooldown would hold back a member asking on.)
  let next = 610;

  async function ask(who: ReturnType<typeof member>, question: string, opts: { private?: boolean; dm?: boolean }) {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question, ...(opts.private ? { private: true } : {}) },
      ...(opts.dm ? {} : { guildId: h.guildId }),
      user: who,
    });
    const original = await i.waitForOriginal();
    await h.settled();
    return textOf(original as unknown as Record<string, unknown>);
  }

  it.each([
    ['can i travel to Egypt to see my mother during residency on H4? my visa stamp is expired', { dm: true }],
    [
      'what happens to my residency if my husband lose his job or his H1B? my EAD is only valid until 2028',
      { private: true },
    ],
    ['Do residency programs take an H-4 EAD, or will I need a J-1 or H-1B?', { dm: true }],
    ['How do i explain that i did not match last year? i only got one interview', { private: true }],
    ['should i take step 3 now before the match?', { dm: true }],
    ['if i match in march 2027 when will i finish and when can i start the CI fellowship?', { private: true }],
    ['i am anxious, my mother is sick with cancer. should i write this in my email to programs?', { dm: true }],
  ] as const)('"%s": no match line', async (q, opts) => {
    const who = member(next++);
    await importProfile(h, who, RESIDENCY_UNDECIDED);
    expect(await ask(who, q, opts)).not.toMatch(MATCH_LINE);
  });

  it('a visa question from a J-1 member gets the J-1 line, never the match line', async () => {
    const who = member(62);
    await importProfile(h, who, FELLOWSHIP_J1);
    const text = await ask(who, 'how long can I train on a J-1 visa?', { private: true });
    expect(text).toMatch(/For you: your profile says J-1/);
    expect(text).not.toMatch(MATCH_LINE);
  });

  it.each([
    ['which match do CI fellowships use?', FELLOWSHIP_J1, /AMIA/],
    ['When is the NRMP rank order list deadline?', RESIDENCY_UNDECIDED, /NRMP/],
    ['what happens in match week and SOAP?', RESIDENCY_UNDECIDED, /NRMP/],
  ] as const)('near-miss "%s" about a match itself keeps the line', async (q, profile, which) => {
    const who = member(next++);
    await importProfile(h, who, profile);
    const text = await ask(who, q, { dm: true });
    expect(text).toMatch(MATCH_LINE);
    expect(text).toMatch(which);
  });
});
