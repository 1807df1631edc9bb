/**
 * STAR result readings of round twenty-seven, held by short answers of our own (not corpus items).
 * A result closes the episode: what came of what the member did. Not results:
 * - "which meant" spelling out a charge ("my role was to be the champion, which meant I had to…"),
 *   or a consequence told before the member did anything;
 * - a time word inside a free relative ("whatever happened after that was not my job") or opening a
 *   clause of time ("ever since I was a student"), and a state of mind held "since then";
 * - what the member made sure of or arranged, a participle describing a noun after a preposition
 *   ("at fixed times"), a relative clause on a thing ("scanners that did not work");
 * - others spending their time on something ("the pharmacists spent hours calling us") is how
 *   things stood, not the member's first deed.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar } from '../../src/mock/star.js';
import { actionsIn } from '../../src/text/narrative.js';
import { analyse } from '../../src/text/document.js';

const STORY = 'Tell me about a project that did not go as planned.';
const notes = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);

describe('"which meant" spelling out a charge, or a consequence before the member acted', () => {
  it.each([
    'At a teaching hospital in Accra I was named super-user for the maternity block, which meant that I needed to collect every request from the midwives. I held weekly meetings, listed the requests and tested the screens on the training server.',
    'In 2022 our director made me the physician lead of the discharge project, which meant checking every template with the consultants. I met each consultant and rewrote four templates.',
    'At my clinic in Hanoi the lab printed results only once a day, which meant the afternoon results waited until morning. My task was to change that. I wrote to the lab manager and drew a new timetable.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
    expect(notes(STORY, answer)).toContain('no-result');
  });

  it.each([
    // A consequence of the member's deed, told after it, is what came of it.
    'At my clinic in Hanoi the lab printed results only once a day. I wrote to the lab manager and drew a new timetable with two print runs, which meant the afternoon results reached the wards the same evening.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('a time word that tells no sequence after the deed', () => {
  it.each([
    'In Minsk I wrote the clinical rules for a new pneumonia order set and sent them to the IT team on time. Whatever happened after that was the vendor’s business, not mine.',
    'I was in charge of the content for a stroke alert at my hospital in Dhaka. I reviewed the criteria with the neurologists and wrote the specification. What came of it in the end I honestly never heard.',
    'Ever since I was a medical student in Tunis I have liked spreadsheets. As an intern I had to organise the on-call list, so I built a rota sheet and shared it with the other interns.',
    'In my first job in Quito I led a small audit of missed insulin doses, and I collected two months of charts by hand. Since then I have always wanted to work on systems rather than single patients.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });

  it.each([
    // A time word after the deed, with others acting, is still what came of it.
    'In Minsk I wrote the clinical rules for a pneumonia order set. After that the vendor built it in two weeks and the wards began using it.',
    // A habit kept since then stays a result, as before.
    'In Quito I missed an insulin dose on a busy night and reported it myself. Since then I check every insulin order at handover.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('what the member arranged, and words that describe a noun', () => {
  it.each([
    'During the measles outbreak in Kano I was the senior resident on the isolation ward. I ensured that every nurse wore a mask so no child was exposed for more than a few minutes. I also checked the stock every morning.',
    'At the diabetes clinic in Lahore the sugars were checked whenever someone remembered. I wrote a rota so that each nurse tested sugars at fixed times, and I put the rota on the wall.',
    'The vendor at my hospital in Cusco sent scanners that did not work with our wristbands. I was the physician lead, so I logged every failed scan and wrote to the vendor each week.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });

  it.each([
    // A clause of its own after the arrangement can still tell what came of it.
    'During the outbreak in Kano I ensured that every nurse wore a mask, and after a month no new cases came from the ward.',
    // The member's own tool failing is what came of it.
    'I built a bed-tracking form for our ward in Cusco, but in the end the form did not work on the old tablets.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('time spent is the member’s deed only when the member spent it', () => {
  const verbs = (text: string) =>
    actionsIn(analyse(text), { story: true }).map((a) => a.sentence.tokens[a.token]!.canon);
  it('reads nothing done by the member when others spent the time', () => {
    expect(verbs('The pharmacists spent a lot of time calling the doctors about unclear doses.')).toEqual([]);
    expect(verbs('Our nurses ended up copying every chart twice.')).toEqual([]);
  });
  it('reads the member’s own time spent as a deed', () => {
    expect(verbs('I spent two evenings building a template for the clinic.')).toContain('building');
    expect(verbs('My weekends were spent auditing the discharge letters.')).toContain('auditing');
  });
});

const TASK_Q = 'Tell me about a time you took charge of a problem.';

describe('a task is a charge the member held, in any words', () => {
  it.each([
    // A role named with more than one word before it.
    'At Sapporo City Hospital in 2021 I saw that potassium results sat unread overnight. As the night-shift team lead, I decided to audit them, and I pulled three months of results from the lab system.',
    // A responsibility felt, not only held.
    'On the surgical floor in Colombo the interns were afraid to call seniors at night. As the senior house officer I felt responsible for them, so I set up a night check-in by phone.',
    // A role of care named by what it does to the patient.
    'During my medicine rotation in Karachi an old man with chest pain was about to be sent home. I was the admitting resident, so I asked for a repeat troponin and explained the guideline.',
    // A role nobody wanted, taken up.
    'When the clinic in Asunción bought its first EHR, nobody on our team wanted to be the super-user, so I said yes, went to the vendor’s training and built our first note templates.',
    // An appositive between the charge and its infinitive.
    'My consultant asked me, as the intern most at ease with computers, to test the new referral screen before go-live. I tested forty referrals and wrote down every error.',
    // The team's attempt named as the project.
    'The discharge checklist we tried to launch on our ward in Cluj was my idea. I wrote the checklist and trained the nurses on it.',
  ])('%s', (answer) => {
    expect(detectStar(answer, TASK_Q).task).toBe(true);
  });
});

describe('what is not a charge', () => {
  it.each([
    // The problem named is how things stood.
    'In Riyadh my rota was badly planned. The main problem was the scheduling software and the coordinator, not me. I wrote to the chief resident about it.',
    // The challenge named as what was hard.
    'Moving to the US was hard. The biggest difficulty was learning how the notes are written here, not the medicine.',
    // A role one hopes to grow into.
    'I am organised and I listen well, and I think this fellowship will help me grow as a leader in digital health.',
    // A request after the member acted is what came of it.
    'In Lima I made a one-page guide to the new order screens for the interns. After that the chief resident asked me to show it to the next intake as well.',
    // A relative clause on a person.
    'During my observership in Texas the attending I was assigned to barely spoke to me, so I read the notes on my own and asked the residents questions.',
    // A role nobody wanted, given as the reason of a deed already told.
    'In Kano I started helping with the monthly immunisation reports because nobody else wanted to do them, and I liked the numbers.',
  ])('%s', (answer) => {
    expect(detectStar(answer, TASK_Q).task).toBe(false);
  });
});

describe('gap drafts: what counts as something the member did', () => {
  const did = (text: string) => actionsIn(analyse(text)).map((a) => a.sentence.tokens[a.token]!.canon);
  it('reads the -ing deed after a verb of beginning or going on as the member’s', () => {
    expect(did('In 2023 I started learning SQL through a hospital data course.')).toContain('learning');
    expect(did('After the exam I began volunteering at the district TB clinic.')).toContain('volunteering');
    expect(did('Meanwhile I kept updating the ward’s diabetes register every week.')).toContain('updating');
  });
  it('does not read others beginning something as the member’s deed', () => {
    expect(did('That winter the nurses started using a new triage form.')).toEqual([]);
  });
  it('reads being "engaged with" a field as involvement, not a post held', () => {
    expect(did('I stayed constantly engaged with the world of digital health and medicine.')).toEqual([]);
    expect(did('I was engaged as a locum medical officer at a rural hospital.').length).toBeGreaterThan(0);
  });
});
