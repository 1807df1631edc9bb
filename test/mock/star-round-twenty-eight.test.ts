/**
 * STAR task readings of round twenty-eight, held by short answers of our own (not corpus items).
 * - A role the others relied on, told before the member's deeds in a story, is the charge the
 *   episode began with: "I had become the doctor the clerks phoned", "I was the go-between for the
 *   nurses and IT". Told as a self-description outside a story, after the deeds as what the member
 *   came to, or by what others felt about the member, it is no charge.
 * - A team, audit or project led may be named with a possessive ("our ward's audit team").
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you helped colleagues with a new system.';
const WHY = 'Why are you interested in clinical informatics?';

describe('a role the others relied on, told before the deeds of a story', () => {
  it.each([
    'When our district hospital in Mbale changed to electronic prescriptions, within days I had become the doctor the pharmacy technicians rang whenever a prescription got stuck. I wrote down every stuck prescription with the time and the screen, and I took the list to the vendor each Friday.',
    'In 2022, at the clinic in Arequipa, I ended up as the one the night nurses always paged when the tablets froze. I made a laminated card with the five usual fixes and showed it at each handover.',
    'Our unit in Lahore moved to a new lab interface and I was the go-between for the ward doctors and the IT office. I collected the complaints every morning and sat with the analyst to test each one.',
    'At my hospital in Izmir I was the person who the interns came to with the order screens. So I recorded short videos of the ten commonest orders and put them on the ward computer.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });
});

describe('no charge: a self-description, a role reached at the end, a role by what others felt', () => {
  it.each([
    // Outside a story the role describes the member.
    ['In Cairo I was the person everyone came to with a computer problem, and I enjoy that side of medicine.', WHY],
    // Told after the deeds, it is what the member came to, not the charge.
    [
      'At the clinic in Arequipa the tablets froze every night. I made a laminated card with the five usual fixes and showed it at each handover. By the end of the year I was the one the nurses called first.',
      STORY,
    ],
    // What others felt about the member is no duty.
    [
      'At the clinic in Arequipa I was the doctor the patients liked best. I listened to them and took my time on rounds.',
      STORY,
    ],
  ])('%s', (answer, question) => {
    expect(detectStar(answer, question).task).toBe(false);
  });
});

describe('a team or project led, named with a possessive', () => {
  it.each([
    "For a year in Quito I led our ward's pressure-ulcer audit team: four nurses and a weekly check on a tablet.",
    "In Dhaka I coordinated the hospital's sepsis bundle project with two other residents and a pharmacist.",
  ])('%s', (answer) => {
    expect(detectStar(answer, 'Tell me about a time you led a team.').task).toBe(true);
  });
});
