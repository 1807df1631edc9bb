/**
 * Session 28 (text44): readings by meaning group, each held by wordings of our own in several voices
 * (formal non-native, terse, rambling, hard-wrapped, "we" told), with near-misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';

type Ctx = Parameters<typeof parsePrematchContext>[0];
const THANKS: Ctx = { kind: 'thank-you', program: 'Beaumont Clinical Informatics Fellowship' };
function pm(email: string, ctx: Ctx = THANKS): string[] {
  const parsed = parsePrematchContext(ctx);
  if (!parsed.ok) throw new Error('bad context');
  return checkPrematchEmail(email, parsed.value, '2027-01-12', {}).findings.map((f) => f.id);
}
const wrap = (body: string) =>
  `Dear Dr. Girard,\n\nThank you for the conversation about the Beaumont sepsis dashboard. ${body}\n\nBest regards,\nSam Okafor`;

describe('quid-pro-quo: the member pledges on condition of the program granting something, however politely', () => {
  const TRADES = [
    // formal non-native: a place kept, then the member bound
    'Should the programme find it possible to keep one position for me, I shall consider myself bound to Beaumont and shall place no other programme above it.',
    // terse
    "If Beaumont can save me a spot, I'm all yours. Nobody else above you.",
    // rambling: certainty received "the very day", the trade in the middle of a long sentence
    'I have been thinking about where I want to be for a long time and honestly I would be ready to cancel every remaining interview the very day I have some small assurance from Beaumont, which I think would give both of us clarity.',
    // hard-wrapped: told that I will match, then an outside offer let go
    'I hold an offer from a hospitalist group that expires on\nJanuary 5. If you are able to tell me that I will\nmatch at Beaumont, I will let that offer go and commit\nmyself to Beaumont.',
    // we-told
    'My wife and I have talked it through. Were Beaumont to assure us that I will be matched there, we would turn the other offer down and bind ourselves to Beaumont.',
    // the pledge set against what it would do for the member, asked with hesitation
    'I have a question I ask with some hesitation: would it make any difference to the committee if I said I would come to Beaumont without reservation? I am ready to say so if it helps.',
    // a generic applicant standing in for the member, who then pledges
    'I was wondering, only in theory, whether a committee would value knowing that a candidate is prepared to commit completely, in case it changed how they see that candidate. I would gladly make such a commitment myself.',
    // the program's keeping a place as the condition, the pledge first
    'I will rank no other program higher than Beaumont, provided that Beaumont is in a position to hold one place for me.',
  ];
  it('reads every wording as a trade', () => {
    for (const body of TRADES) expect(pm(wrap(body)), body).toContain('quid-pro-quo');
  });
  it('does not read a place kept for the member, set as the condition of a pledge, as a request', () => {
    for (const body of [TRADES[0]!, TRADES[1]!, TRADES[7]!])
      expect(pm(wrap(body)), body).not.toContain('asks-for-ranking');
  });
  it('still reads the ask when the condition is being told that the member will match', () => {
    for (const body of [TRADES[3]!, TRADES[4]!]) expect(pm(wrap(body)), body).toContain('asks-for-ranking');
  });
  it('leaves pledges without a condition, conditions without a pledge and the rule stated alone', () => {
    for (const body of [
      'I want to be transparent: Beaumont is my first choice and I will rank it first, whatever happens.',
      'I understand programs rank independently, and I will rank Beaumont first regardless of how I am ranked.',
      'Should you need my updated CV or any other document, I am happy to send it.',
      'If I match at Beaumont, my family and I will move to Ohio in June, and I will keep working on the dashboard.',
      'If you hold a journal club in January, I would be glad to join it.',
    ])
      expect(pm(wrap(body)), body).not.toContain('quid-pro-quo');
  });
  it('does not take a closing formula for a pledge', () => {
    expect(
      pm(
        'Dear Dr. Girard,\n\nThank you for the tour of the Beaumont sepsis dashboard.\n\nI am yours sincerely,\nSam Okafor',
      ),
    ).not.toContain('quid-pro-quo');
  });
});

describe('asks-for-ranking: the member asks about their standing framed as relief, feedback or planning', () => {
  it('reads every wording as an ask', () => {
    for (const email of [
      wrap(
        'I know the rules of the Match, but it would settle my mind to learn, even roughly, whether applicants with my profile are usually taken seriously at Beaumont.',
      ),
      wrap(
        'I would be reassured to hear, even in general terms, whether candidates like me are considered seriously at Beaumont.',
      ),
      'Dr Girard - thx for the sepsis dashboard chat. any sense of whether Beaumont is likely to rank me well would help me plan. Sam',
      wrap(
        "I realise lists are confidential and I really don't want to make things awkward for you, but I have been going back and forth over my own list for days, and whatever you felt able to share about whether Beaumont is likely to rank me well would lift a real weight from me.",
      ),
      wrap(
        'For my planning, I would be grateful for any feedback on how my candidacy compares with the others you are considering.',
      ),
      wrap(
        'I know programs keep\ntheir lists private, but even a hint about\nwhether I might be ranked favourably would help me\nmake peace with my own decisions.',
      ),
    ])
      expect(pm(email), email).toContain('asks-for-ranking');
  });
  it('leaves questions framed by a hoped-for match, the rule stated and the process alone', () => {
    for (const email of [
      "Dr Girard - what makes a strong fellow at Beaumont in your view? Any projects I should read up on before July if I'm lucky enough to match? Sam",
      wrap(
        'Could you let me know which projects incoming fellows usually join, so I can plan my reading if I am fortunate enough to match?',
      ),
      wrap('I hope to match with you, and I would be glad of any reading suggestions before July.'),
      wrap('Once we match, could you tell me which clinic days the fellows usually keep?'),
      wrap('I understand programs rank independently, and I am not asking about my position on your list.'),
      wrap('When is your rank list due, and how many positions do you offer this year?'),
    ])
      expect(pm(email), email).not.toContain('asks-for-ranking');
  });
});
