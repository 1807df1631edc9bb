/**
 * STAR readings of round twenty-one, held by short answers of our own (not corpus items): the
 * charge told as the member's role with its duty in a relative clause or a participle ("I was the
 * intern who was responsible for…", "I was the registrar looking after bed nine") is a task; what
 * the member proposed, suggested or recommended is the content of the proposal, not a result; a
 * passive inside a clause of time or cause says how things happened; what something did before the
 * member acted ("it was his rota that made everyone late") is the setting.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you improved a process.';

describe('a role with its duty attached is a task', () => {
  it.each([
    'On the renal ward in Ibadan I was the house officer who was responsible for the fluid charts that month. I redrew the chart so the totals sat at the bottom and taught the night nurses to use it.',
    'Last winter in Tirana I was the registrar looking after bed nine, an old man with falling sodium. I rang his daughter for his medicines and stopped the diuretic he had been given twice.',
    'In my second year I was one of the residents covering the step-down unit at night. I wrote a one-page handover list and asked the day team to fill it before six.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });
  it.each([
    'At my hospital in Quito I was the youngest resident there, and I liked the night shifts. I wrote notes for the morning handover and went home.',
    'I was the intern everyone thought was good with computers in Cebu. I made a spreadsheet of the ward census for the meeting.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });
});

describe('what the member proposed is not what came of it', () => {
  it.each([
    'In my clinic in Lahore I noticed many repeated sugar checks on stable patients. I counted them for a month from the lab system and showed the numbers to the head nurse, and I proposed that routine checks stop after three normal days.',
    'On our ward in Accra the morning bloods came back late. I timed the samples for two weeks, wrote up where they waited, and suggested a porter round so that samples reach the lab within an hour.',
    'In Kraków the discharge letters were slow. I mapped each step with the secretaries and recommended a template that would cut the letter to one page.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
  it.each([
    'In my clinic in Lahore I noticed many repeated sugar checks on stable patients. I proposed that routine checks stop after three normal days, and within a month the repeats fell by half.',
    'On our ward in Accra the morning bloods came back late. I suggested a porter round, and after that the samples reached the lab before nine.',
  ])('a result told in its own clause still counts: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('a cause told before the member acted is the setting', () => {
  it.each([
    'In my first year in Karachi our consultant kept every plan in his head, and it was that habit that made the night team miss most of the changes. I wrote the plans on a board after each round and asked the nurses to tick them off.',
    'Our unit in Hanoi lost many samples, mostly on weekends, when forms were printed on the wrong ward. I listed every lost sample for a month and took the list to the lab manager.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
});

describe('a stage of training opening the sentence, or a flaw as things stood, sets the scene', () => {
  it.each([
    'In internship I rewrote the handover sheet for our ward so the night team saw pending results first.',
    'During residency, I set up a shared list of patients waiting for echo and checked it every morning.',
    'The insulin order screen showed the wrong units for the pen devices. I reported it and tested the fix with pharmacy.',
    'Their referral form had no field for the reason for referral, so I drafted one with the clinic nurse.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).situation).toBe(true);
  });
  it.each([
    'I rewrote the handover sheet so the night team saw pending results first, and I tested it for a week.',
    'The new screen was clear and the nurses liked it. I trained the interns on it.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, STORY).situation).toBe(false);
  });
});

describe('outside a story, coming to realise something is not an action', () => {
  const WHY = 'Why do you want to pursue clinical informatics?';
  it.each([
    'During my internship in Cusco I realised how much I enjoy explaining things to patients, and I think good doctors listen first.',
    'In my second year I discovered that I love teaching, and my mentors say I am patient with students.',
  ])('%s', (answer) => {
    expect(detectStar(answer, WHY).action).toBe(false);
  });
  it('a deed told beside it is still an action', () => {
    const answer =
      'During my internship in Cusco I realised that our lab results were lost between wards, so I built a shared log in Excel for the night team.';
    expect(detectStar(answer, WHY).action).toBe(true);
  });
});

describe('what came to the patients as a whole, told with a quantifier, is a result', () => {
  it.each([
    'On the neonatal unit in Kano the warmers kept failing. I borrowed two from the maternity ward and set up a rota to check them every hour. Not one of our babies got cold that winter.',
    'In Harare the clinic ran out of insulin pens for three weeks. I found a supplier in the next town and drove there twice. All of our diabetic patients got their doses on time.',
    'During a flood in Sindh I set up a triage tent with two nurses and a paper log of every arrival. None of the children we admitted died that month.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
  it('told before the member acted, it is how things stood', () => {
    const answer =
      'At my hospital in Kisumu all the patients waited for hours and none of the children got a bed on the first night. I mapped the admission steps with the ward clerk and wrote them up for the matron.';
    expect(detectStar(answer, STORY).result).toBe(false);
  });
});

describe('an aim named in a plan, carried out in a past episode, is the task', () => {
  const HOW = 'How would you handle a pharmacist who keeps rejecting your orders?';
  it('the aim and the episode that carried it out', () => {
    const answer =
      'I would want to find out first what she sees that I do not. In my house job in Multan a pharmacist sent back most of my antibiotic orders. I sat with her for an hour and she showed me that our order form had no box for the indication, so I added one with the ward sister.';
    expect(detectStar(answer, HOW).task).toBe(true);
  });
  it('a plan with no episode holds no task', () => {
    const answer =
      'I would want to find out first what she sees that I do not. I would ask to sit with her for an hour and look at the rejected orders together, and then I would agree on one change we could test.';
    expect(detectStar(answer, HOW).task).toBe(false);
  });
});

describe('"I was the one who…" carries a charge only when what follows is one', () => {
  it.each([
    'On the night shift in Dakar I was the one who got blamed whenever a dose was late. I started a log of when each drug reached the ward and showed it to the matron.',
    'In my intern year I made the wrong call on a potassium dose, and I was the one who signed the order. I told my senior straight away and we repeated the level.',
    'The committee sided with the professor in Tunis, and I was the one who paid for it. I moved to a smaller hospital and finished my training there.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });
  it('a duty after it is still the task', () => {
    const answer =
      'In Hanoi I was the one who had to tell the family that the scan had been lost. I called the radiology office first and arranged a new slot for the next morning.';
    expect(detectStar(answer, STORY).task).toBe(true);
  });
});

describe('a wish negated after a conjunction, or describing a noun, is no task', () => {
  const WHY = 'Why clinical informatics?';
  it.each([
    'I trained in paediatrics in Accra, and I never wanted to leave the wards, so informatics lets me stay close to patients.',
    'In Quito I joined a rural clinic, which was exactly the kind of medicine I wanted to practise, and I stayed there three years.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, WHY).task).toBe(false);
  });
  it('a wish that opens the deed is still the task', () => {
    const answer =
      'In my second year I wanted to know why our asthma patients kept coming back, so I reviewed ninety charts and built a follow-up list with the clinic nurse.';
    expect(detectStar(answer, STORY).task).toBe(true);
  });
});
