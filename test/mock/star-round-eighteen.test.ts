/**
 * STAR readings of round eighteen, held by short answers of our own (not corpus items): what the
 * member noticed or came to know is the setting, not a deed that starts what came of it; a
 * question put to the member is the occasion, not others taking the work up; a person described
 * in a restrictive "who" clause inside the member's own clause is a helper, not an outcome; the
 * member spreading the thing is a deed; finishing a stage of training is a date.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you improved something at work.';

describe('noticing a state is how the member came to know the problem, not the first deed', () => {
  it.each([
    'On the renal ward in Kumasi, I noticed that most dialysis patients were discharged without a dry weight in the letter. I raised it with the charge nurse and drafted a line for the discharge template.',
    'In my internship in Multan, I realised that many asthma patients were sent home with no inhaler review. I spoke with the respiratory nurse and wrote a one-page check for the interns.',
    'At a clinic in Arusha, I found that several children were admitted twice in a week with the same fever. I pulled the register for the month and took the list to the clinic lead.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
  it('keeps a measured change after the member acted', () => {
    const a =
      'On the medical ward in Enugu, I noticed that sodium results were missed overnight. I built a list of pending labs for the night handover, and within a month missed results fell from eight to one.';
    expect(detectStar(a, STORY).result).toBe(true);
  });
});

describe('a question put to the member is the occasion of the story', () => {
  it.each([
    'In Hanoi I first saw the problem when a nurse asked me which insulin scale was current. I collected the scales in use on the ward and took them to the diabetes lead.',
    'At my hospital in Sfax the nurse asked me whether the old heparin order was still active. I checked every open order on the ward and wrote to the pharmacy about the duplicates.',
    'During my observership the attending asked me about the missing potassium result, so I traced where the lab message went and wrote down each step for the IT analyst.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
  it('still reads being asked to spread the work as a result', () => {
    const a =
      'In Dhaka I wrote a short guide to the order screens for a struggling intern. After that the nurse asked me to show the same steps to the next intake of interns.';
    expect(detectStar(a, STORY).result).toBe(true);
  });
});

describe('a helper described in a who-clause, and the member spreading the thing, are deeds', () => {
  it.each([
    'In Cebu a father refused a blood transfusion for his son. I met the family twice, once with a chaplain who knew them better than anyone on the ward, and I explained the risks in plain words.',
    'In Quito a woman kept missing her dialysis sessions. I asked a social worker who agreed to visit her home to come with me, and I wrote down the bus times for her.',
    'On the surgical ward in Lima, I made a checklist for pending scans and I taught it to the interns at our Friday teaching.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
  it('keeps others taking it up after a comma or told as a sequence', () => {
    const a =
      'In Ohio discharge summaries went out late. I made a template and worked with two nurses who then started using it on every discharge.';
    expect(detectStar(a, STORY).result).toBe(true);
  });
});

describe('finishing a stage of training is a date in a summary of oneself', () => {
  it.each([
    "I'm an internist from Abuja. I finished residency in 2019, then ran the data desk of the state malaria programme for two years.",
    'I am a GP from Yerevan. I completed internship in 2020 and then kept the vaccination records of a rural clinic.',
    'I am a surgeon from Dhaka. I finished medical school in 2015 and I have worked in a district hospital since, keeping its theatre log.',
  ])('%s', (answer) => {
    expect(detectStar(answer, 'Tell me about yourself.').result).toBe(false);
  });
});
