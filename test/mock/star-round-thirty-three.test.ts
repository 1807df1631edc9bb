/**
 * Round thirty-three, STAR task told by who held the work rather than by a word of duty:
 * - a piece of work owned ("the weekend bleep list was mine"), not a fault or a choice owned;
 * - work handed over with the member as receiver ("the matron handed me the falls audit"), not a
 *   thing handed by hand or advice given;
 * - the work fell to the member because nobody else could do it ("nobody else could read…");
 * - the goal as the purpose of the deed ("to get the letters out the same day, we…", "so that the
 *   porters could see…"), not a manner of speaking ("to be honest, I…").
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const Q = 'Tell me about a time you made something work better on your ward.';

describe('a piece of work owned by the member is the task', () => {
  it.each([
    'At the children’s hospital in Dar es Salaam, the weekend bleep list was mine. I moved it into a shared sheet, and after a month no bleep went unanswered.',
    'During my second year in Sofia, the consultant told me the drug-chart audit was mine now. I checked forty charts and the missing allergy boxes went from twelve to two.',
    'In our clinic in Cebu the vaccine cold-chain log became mine when the nurse left. I added a twice-daily check and the fridge never went out of range again that year.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'In my first month in Tirana I wrote the wrong dose on a chart. The error was mine. I told the pharmacist, we corrected it, and I now double-check every paediatric dose.',
    'In Nairobi the choice to change rotations was mine. I finished the block and moved to the emergency department.',
    'At the district hospital in Mbeya the idea was mine, but the nurses ran the new board and it worked well.',
  ])('a fault, a choice or an idea owned is no charge: %s', (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
});

describe('work handed to the member is the task', () => {
  it.each([
    'In my internship in Rosario, the matron handed me the falls audit. I walked the ward every evening for a month and the falls fell from six to two.',
    'On the medical unit in Hue, my registrar passed the weekly bed report over to me. I built a one-page template and it went out on time every Friday after that.',
    'At the clinic in Multan, the senior doctor left the overdue referrals with me. I phoned each patient, and within three weeks none was left waiting.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'On a night shift in Izmir, the nurse handed me the phone and the daughter asked about the scan. I explained the delay, booked it for the morning and she thanked me.',
    'In Cusco my senior gave me feedback that my handovers were too long. I started using a short checklist and my next evaluation praised them.',
  ])('a thing handed or advice given is no charge: %s', (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
});

describe('the work fell to the member because nobody else could do it', () => {
  it.each([
    'At the refugee clinic in Gaziantep, nobody else on the team could read the handwritten Kurdish notes, so I went through all of them and typed them into the record. By Friday every patient had a file.',
    'In our ward in Chisinau I was the only doctor who spoke Romanian and Russian, so I rewrote the consent form in both languages. Refusals dropped from eight a month to one.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'At the hospital in Kampala nobody knew how to use the new lab system, so the ward kept the paper book for months. Eventually the vendor trained us and the book was retired.',
  ])('a skill nobody had is how things stood: %s', (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
  it('outside a story, being the only one who could is a trait, not a charge', () => {
    const a =
      'I am an internist from Porto. I was the only resident in my year who could code, and later I led the ward move to electronic notes. I now work on readmission data in Boston.';
    expect(detectStar(a, 'Tell me about yourself.').task).toBe(false);
  });
});

describe('the goal as the purpose of the deed', () => {
  it.each([
    'At the surgical unit in Yaoundé, theatre lists were changing every morning. To get the final list to the anaesthetists the night before, we moved it into a shared calendar, and cancellations halved.',
    'At the clinic in Santo Domingo, I redrew the discharge sheet so that parents could find every new medicine in one box at the top. Calls from parents fell by half in two months.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'To be honest, in my first year in Baku I did not enjoy the ward. I asked to change rotations and moved to intensive care.',
  ])('a manner of speaking is no goal: %s', (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
});
