/**
 * STAR result readings of round twenty-two, held by short answers of our own (not corpus items):
 * what came of it told through others or the thing itself (it went live, others used or adopted
 * the member's work, another party did what the member asked, a person's changed conduct held for
 * the rest of a stay, a measure moved from one value to another in words); and two things that are
 * not results: the member delivering sessions on a schedule, and a start told as the setting
 * before the member did anything.
 */
import { describe, expect, it } from 'vitest';
import { answerKind, detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you improved a process.';

describe('what came of it, told through others or the thing itself', () => {
  it.each([
    'In 2020 at the district hospital in Mbale the lab request forms were handwritten. I built a short electronic request screen with the lab manager and tested it on two wards. The screen went live in all wards by June.',
    'On our dialysis unit in Tunis the fluid charts were always incomplete. I redesigned the chart with the nurses. The transplant unit later reused my chart for their own patients.',
    'During my observership in Ohio discharge summaries were late. I drafted a template and showed it to the hospitalist group. Four of the residents have used it ever since.',
    'At my clinic in Cebu the lab results were printed and lost. I wrote to our IT officer asking for results to appear in the patient portal, and he did just that the next month.',
    'A boy of nine on our ward in Karachi refused his inhaler. I made a sticker chart with him and let him press the counter himself. He used it at every dose for the rest of his stay.',
    'On the surgical floor in Amman first rounds started late. I moved the sickest patients to the top of the list and asked the nurses to prepare vitals at seven. The start of rounds shifted from ten o\u2019clock to eight.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
  it.each([
    'On our ward in Ibadan many night handovers were missed. I wrote a handover checklist with the charge nurse and started a short teaching session, which I delivered every Tuesday.',
    'When our hospital in Multan started using electronic prescriptions, many seniors kept writing on paper. I sat with each of them and printed a one-page guide for the pharmacy.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
});

describe('the member’s own past involvement asked in the present perfect is a story', () => {
  it.each([
    'How have you been involved in quality improvement on your ward?',
    'In what ways have you contributed to EHR optimisation?',
    'What have you done to reduce alert fatigue where you work?',
  ])('%s', (q) => {
    expect(answerKind(q)).toBe('story');
  });
  it.each([
    'How have you been?',
    'What have you heard about our program?',
    'How have things changed in your specialty?',
  ])('not: %s', (q) => {
    expect(answerKind(q)).not.toBe('story');
  });
});
