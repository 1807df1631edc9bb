/**
 * STAR readings of round twenty, held by short answers of our own (not corpus items): a charge
 * laid on the member by what happened ("which left me in charge of…") or a role of care held over
 * a person ("I was her doctor") is a task; a role given as the reason for the deed holds across a
 * longer relative clause; a trait told in a cleft ("I was the one who was good with…") is not.
 */
import { describe, expect, it } from 'vitest';
import { answerKind, detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you took responsibility.';

describe('a charge laid by circumstance or held over a person is a task', () => {
  it.each([
    'In Dodoma our registrar was called away to another hospital, which left me in charge of the labour ward for the weekend. I moved the two highest-risk mothers next to the midwives station and checked them every hour.',
    'A strike took out half the nurses in Kisumu, leaving us responsible for our own drug rounds for a week. I split the round between the three interns and kept one chart of every dose given.',
    'In my intern year in Peshawar I was his admitting doctor when he came in confused and septic. I called his daughter for a drug history and found the tablets he had stopped.',
    'At a district hospital in Zambia I was their family physician for three generations of the same household. I sat with the grandmother and drew up a single medicine list for the three of them.',
    'I was the surgical intern who had written the new fasting instructions into the admission template in Kano, so I went to find out why the children were still fasting from midnight.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });
  it.each([
    'The first week on nights in Lima left me anxious and tired. I wrote a list of where everything was kept and went through it with the charge nurse.',
    'I was her neighbour in the hostel in Lviv when she started to struggle on nights. I cooked for her twice a week.',
    'At my hospital in Recife I was the one who was quick with spreadsheets, and I liked turning the audit numbers into charts for the meeting.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });
});

describe("the member's own next deed told after a time word is not what came of it", () => {
  it.each([
    'In my pharmacology block in Yerevan my case report was marked down. I phoned the course office afterwards and asked for the marking scheme.',
    'In Tamale my senior said my ward round notes were hard to follow. In the end I rewrote my template and asked two nurses to read it.',
    'At a clinic in Cusco I had never used the lab ordering screen. By the third day I was ordering all the bloods myself.',
    'During residency in Amman my consultant said my letters were too long. After that I started using a shorter layout with the plan first.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
  it.each([
    'In Tamale my senior said my ward round notes were hard to follow. I rewrote my template, and after that I passed the next notes audit with full marks.',
    'In Cusco I had never used the lab ordering screen. I practised every evening, and by the third day I was ordering bloods faster than the other interns.',
    'In Amman the night nurses kept missing the fluid charts. I added a box to the handover sheet, and after that the nurses filled it in on every shift.',
    'In Yerevan I wrote the discharge checklist myself afterwards, and the ward manager made it part of every discharge.',
  ])('keeps: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('"tell me about" a thing the member went through asks for a story, whatever its article', () => {
  it.each([
    'Tell me about feedback that was hard to hear.',
    'Tell us about criticism you received on a rotation.',
    'Tell me about something you set up on your ward.',
    'Tell me about adapting to a new record system.',
  ])('%s', (q) => {
    expect(answerKind(q)).toBe('story');
  });
  it.each([
    'Tell me about something you would change in your hospital.',
    'Tell me about informatics.',
    'Tell me about working in informatics.',
    'Tell us about qualities that make you a good fit.',
  ])('not: %s', (q) => {
    expect(answerKind(q)).not.toBe('story');
  });
  it('reads others acting within the quarter as what came of it', () => {
    const a =
      'At our hospital in Hue I wrote each request to the IT team as a one-page specification. They built two of my three requests within the quarter.';
    expect(detectStar(a, 'Tell me about working with an IT team.').result).toBe(true);
  });
});
