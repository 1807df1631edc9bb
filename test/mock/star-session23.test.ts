import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const PROJECT_Q = 'Tell me about a project that did not go the way you hoped.';
const CHANGE_Q = 'Tell me about a time you pushed for a change at work.';
const MISTAKE_Q = 'Tell me about an error you made.';

describe('STAR task: the venture the member set out on, told as the first deed (session 23)', () => {
  it.each([
    // A proposal of a new thing, first thing the member did.
    'At the district hospital in Gulu the theatre list lived on a corkboard and cases were lost every week. I proposed a shared booking sheet on the ward tablet to the theatre manager, built it over a weekend and showed the scrub nurses how to fill it in. Within a month no case had dropped off the list.',
    'Back in 2019 in Tabriz our ward had no idea which blood cultures were still pending. So I suggested a small board by the nursing station listing each culture and the day it was sent, and I updated it at every handover. Two positive cultures were acted on a day earlier than they would have been.',
    // A piece of work entered with its aim, told by the member.
    'In Quito I started a pilot to move the diabetic foot checks from paper cards into our clinic software. I wrote the screen with the records officer and trained the three clinic nurses. After four months ninety percent of visits had a foot check recorded.',
    'During my research post in Lisbon I joined a study to predict which dialysis patients would be admitted within a month. I cleaned two years of session data and tested the first models with the statistician. Our abstract was accepted at the national nephrology meeting.',
    'In Kampala I was part of a campaign to cut catheter infections on the surgical wards. I audited every catheter on my ward twice a week and fed the numbers back at the Monday meeting. Infections on our ward fell from nine to three over the quarter.',
  ])('a proposal or an undertaking with its aim before any other deed is the task (%#)', (answer) => {
    expect(detectStar(answer, answer.includes('suggested') ? CHANGE_Q : PROJECT_Q).task).toBe(true);
  });

  it('a suggestion made after the member had already acted is a deed, not the charge', () => {
    const a =
      "On my medicine rotation in Porto I copied a dose forward from yesterday's note without checking the new creatinine. The pharmacist caught it before the evening round. I told my senior, wrote the incident up, and later suggested a line in the note template showing the latest kidney function. The patient came to no harm.";
    expect(detectStar(a, MISTAKE_Q).task).toBe(false);
  });

  it('suggesting how two people talk it through settles a disagreement; it names no venture', () => {
    const a =
      'On a night shift in Cork a staff nurse and I disagreed about waking a stable patient for observations. I suggested we look at his last three sets of vitals together, and we settled on six-hourly checks. He slept through and his scores stayed normal.';
    expect(detectStar(a, 'Describe a disagreement with a colleague.').task).toBe(false);
  });

  it('a survey sent to people, or a report sent to a department, is no aim', () => {
    const a =
      'As a clinic volunteer in Nairobi I sent a survey to eighty mothers about the SMS reminders, and I missed that the form showed every reply to everyone. It was my fault. I told the ethics office that same day and we wrote to each mother. Now I test every form on a dummy list first.';
    expect(detectStar(a, MISTAKE_Q).task).toBe(false);
  });

  it('outside a story a proposal is a credential, not a charge held in an episode', () => {
    const a =
      'I have always liked seeing a system from the inside. As a resident I proposed a text alert for critical potassium results, and that is when I knew informatics was the field for me.';
    expect(detectStar(a, 'Why clinical informatics?').task).toBe(false);
  });
});

describe('STAR task: work led, or a group venture joined (session 23)', () => {
  it('leading an analysis or a survey is a charge held', () => {
    const a =
      "In Hanoi I led a short analysis of our TB clinic's missed doses. I pulled six months of dispensing records and shared a list per nurse each week. Missed doses dropped from one in five to one in twelve.";
    expect(detectStar(a, 'Tell me about a data project you are proud of.').task).toBe(true);
  });

  it('a group the member was in, named with what it was building, gives the member its aim', () => {
    const a =
      'In Tirana we were a team of three interns writing a discharge checklist for the cardiology ward. I drafted the medicine section and tested it on twenty discharges. The ward adopted it that spring.';
    const b =
      'At my hospital in Lusaka I was on a small working group set up to replace the paper drug charts. I mapped how nurses signed for doses and wrote the first screens with IT. Two wards went live by June.';
    expect(detectStar(a, 'Tell me about teamwork on a project.').task).toBe(true);
    expect(detectStar(b, 'Tell me about teamwork on a project.').task).toBe(true);
  });

  it('a group named only by what it is carries no aim', () => {
    const a =
      'In Yerevan I was on the hospital ethics committee for two years. One winter a family asked us about stopping dialysis, and I wrote the summary of the meeting. The family felt heard.';
    expect(detectStar(a, 'Tell me about teamwork.').task).toBe(false);
  });
});
