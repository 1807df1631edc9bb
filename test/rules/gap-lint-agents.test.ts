/**
 * Round sixteen: who did it and what happened to it. A clause of the member's that only says what
 * an event changed, change of self with no object, perceiving rather than doing, an activity that
 * never took place and a credential handed to the member are not deeds of the gap; the same words
 * with the member acting on something are.
 */
import { describe, expect, it } from 'vitest';
import { findBlame, hasAction } from '../../src/rules/gap-lint.js';

describe('not a deed of the member', () => {
  it('reads a clause governed by an event as what the event changed, not as something done', () => {
    expect(hasAction('A year of caring from a distance reshaped how I treat anxious relatives.')).toBe(false);
    expect(hasAction('The death of a close friend changed the way I see hospitals and their records.')).toBe(false);
  });

  it('still reads the main clause when the member is its agent', () => {
    expect(hasAction('I rewrote how the ward records fluid balance, and the nurses kept my template.')).toBe(true);
  });

  it('reads change of self with only a degree, a role grown into or a time as no deed', () => {
    expect(hasAction('I have ripened emotionally and evolved a great deal as a human being.')).toBe(false);
    expect(hasAction('I developed considerably as a physician during those months away.')).toBe(false);
  });

  it('still reads the same verbs with an object, and intransitive deeds, as deeds', () => {
    expect(hasAction('I developed a triage checklist for the night nurses at a district clinic.')).toBe(true);
    expect(hasAction('I volunteered weekly at a shelter clinic.')).toBe(true);
  });

  it('reads seeing a pattern or a quality as perception and seeing people as clinical work', () => {
    expect(hasAction('At home I saw the limits of the paper registers and the costs of lost referrals.')).toBe(false);
    expect(hasAction('I saw roughly twenty refugees and their children each Saturday at a mobile clinic.')).toBe(true);
  });

  it('reads finding a post or work as getting it, and finding a routine or a judgement as inner', () => {
    expect(hasAction('Within a month I found a night-shift job at an urgent care centre.')).toBe(true);
    expect(hasAction('I found some peace in the garden and found the silence helpful.')).toBe(false);
  });

  it('reads clearing an exam as passing it', () => {
    expect(hasAction('Despite everything I cleared the PLAB in the autumn.')).toBe(true);
  });
});

describe('an activity or a credential by its status', () => {
  it('reads an activity called off, refused or fallen through as one not done', () => {
    expect(hasAction('The externship I had arranged was scrapped when the hospital closed to visitors.')).toBe(false);
    expect(hasAction('My internship application in Texas was turned down in the spring.')).toBe(false);
  });

  it('still reads a deed told beside an activity cancelled', () => {
    expect(hasAction('My observership was called off, so I tutored two nursing students in pharmacology.')).toBe(true);
  });

  it('reads a credential issued, renewed or approved as granted even when another clause has the member', () => {
    expect(hasAction('My state registration was renewed in April and I am eager to begin.')).toBe(false);
    expect(hasAction('My certificate was approved last month, but I still feel unsure about the interviews.')).toBe(
      false,
    );
  });
});

describe('blame read from what a party did to the member', () => {
  it('reads a person in a role called worthless as blame', () => {
    expect(findBlame('My elective supervisor was honestly hopeless, and nothing got signed.')).toHaveLength(1);
    expect(findBlame('The placement officers were utterly inept with my file.')).toHaveLength(1);
  });

  it('reads a failure laid on a party’s dislike in a cause clause as blame', () => {
    expect(
      findBlame('I was not ranked, I suspect because the interviewers looked down on graduates from small schools.'),
    ).toHaveLength(1);
  });

  it('reads nobody caring for the member’s group as blame, but not an unowned thing', () => {
    expect(
      findBlame('Nobody at the trust accepted any duty towards the researchers the professor had brought in.'),
    ).toHaveLength(1);
    expect(
      findBlame('No one on the ward took responsibility for the discharge checklist, so I wrote one.'),
    ).toHaveLength(0);
  });

  it('does not read a liking that helped the member as blame', () => {
    expect(findBlame('I joined the clinic because the director liked my plan for a digital register.')).toHaveLength(0);
  });
});
