/**
 * Session 35 (round text35), held by short answers of our own (not corpus items).
 *
 * The learned STAR layer adds a result the rules missed from the sentence that scored highest; it
 * must not stand on a sentence the rules know is no result: a promise or plan for later, made by
 * anyone ("the supplier said they would put it in the next release"), or the member's finding of the
 * problem told before they acted ("we discovered that a third had no clinical details"). What came
 * of it after the deed ("after two months we found that no scan had been missed") still stands.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';

const STORY = 'Tell me about a time you used data to improve care.';

describe('a promise for later or the problem found is not what came of it, with the layer on', () => {
  it.each([
    'On the surgical ward in Lusaka a colleague and I went through a month of lab request slips and we discovered that a third of them had no clinical details at all. I drafted a request form with two required fields.',
    'In Yerevan the pharmacist and I checked a week of handover sheets and we saw that half of them left out pending scans. I made a new handover sheet with a box for pending scans.',
    'At our clinic in Cebu I entered the missed appointments into a spreadsheet and sent a summary to the IT lead. The IT lead promised to build the same reminder into the hospital system.',
    'In Asmara I mapped the blood bank requests on paper and presented the delays to the lab manager. The supplier said they would put the tracking screen into their next software release.',
    'At the district hospital in Mzuzu I wrote a short dosing table for gentamicin and showed it to the pharmacy committee. Pharmacy is going to make it the default in the new year.',
  ])('%s', (answer) => {
    const fb = answerFeedback(STORY, answer);
    expect(fb.star.result).toBe(false);
    expect(fb.notes.map((n) => n.id)).toContain('no-result');
  });

  it.each([
    'At the health centre in Kumasi the vaccine fridge log was kept on paper. I built a simple spreadsheet with alarms and showed it to the district officer. The vendor agreed, and within a month the alarm was live in all four clinics.',
    'In Yerevan I made a new handover sheet with a box for pending scans. After two months we found that no pending scan had been missed on the night shift.',
    'On the renal ward in Tbilisi I pulled two months of potassium results and wrote a proposal for a minimum interval. When I checked again in the spring, I found that the repeat tests had fallen by 30%.',
  ])('still a result: %s', (answer) => {
    const fb = answerFeedback(STORY, answer);
    expect(fb.star.result).toBe(true);
    expect(fb.notes.map((n) => n.id)).not.toContain('no-result');
  });
});

const PROBLEM = 'Tell me about a time you solved a problem.';

/**
 * STAR task, session 35 (batch AY's misses, each as a meaning with paraphrases of our own): a time
 * allowed for something to be done, a decision taken to make or change something, work nobody else
 * would do taken up with the reason put first, a venture the member started, the one doing a duty
 * told with a participle, a charge told as "my task as the resident in charge:", and a story told
 * in the present ("I'm the resident who looks after the order sets").
 */
describe('a charge told without a word of duty', () => {
  it.each([
    "So, um, it's my second year in Penang and our pharmacist keeps paging me about heparin doses. So I'm the resident who looks after the order sets, and I put a creatinine check into the heparin order. By the end of the quarter the wrong doses were down to two a month.",
    "It's 2023 in Santiago and the physiotherapist shows me her notes: half of our patients aren't out of bed by day two. As the resident who leads the discharge huddle, I'm the one who has to act. I add a mobility item to the checklist, and three months later nine in ten are up by day two.",
    'Night shift, surgical ICU, Ankara. The cabinet locked after a power surge. My task as the resident in charge: no missed doses. I called the pharmacist and we drew each drug together. Every dose was on time.',
    'When I moved to Madrid for my research stay, I had three months to become functional in Spanish before starting interviews. I enrolled in an intensive course and by the end I passed the B2 exam.',
    'When our clinic in Hanoi switched to electronic records, we were given only ten days to get the new appointment system ready. I built the templates with the IT officer and we opened on time.',
    'In our hospital in Wuhan, discharge summaries took three days to reach the clinics. We decided to build an automatic transfer from the EHR. We mapped the fields and tested it, and after go-live the summaries arrived in one day.',
    'In Accra the referral letters kept getting lost. My colleague and I made up our minds to put the referral form online. I wrote the form and the letters stopped going missing.',
    'In Bucharest the alert logs were a mess. Because nobody else would do it, I took the alert logs myself and wrote an exclusion rule. Alerts per admission dropped from eleven to four.',
    'In Lima the audit of missed doses was overdue. Since no one else was willing to take it on, I pulled the charts myself. We found the gaps and the doses improved.',
    'I am proud of the football academy I started for boys in my neighbourhood in Kano. I found a coach and paid for the balls. After three years we had forty boys.',
    'Outside medicine, my proudest work is a homework club I set up for refugee children in Amman. I found volunteers and a room. Two years later twenty children were attending every week.',
    'As the only resident covering the unit on nights in my second year, I was the one answering every pager call. I counted the calls for two weeks and we built an order set. The pages dropped from twelve to three a night.',
  ])('%s', (answer) => {
    expect(answerFeedback(PROBLEM, answer).star.task).toBe(true);
  });

  it.each([
    'In Lagos I had two weeks off between rotations, so I visited my family. I came back and joined the ward again.',
    'When I moved to Madrid, I had three months to spare before my contract started. I travelled around Spain and then started work.',
    'At my hospital in Tunis we decided to leave the old system alone. The vendor upgraded it later that year.',
    'I am proud of the choir I sing in with my cousins in Hue. We rehearse every Sunday and sang at the festival.',
    'On my ward in Delhi I was the one getting blamed for every late result. I talked to the lab manager.',
  ])('no charge: %s', (answer) => {
    expect(answerFeedback(PROBLEM, answer).star.task).toBe(false);
  });
});

/**
 * Not a charge: a request remembered as an honour ("…, which I was proud of") or advice about life
 * from family or told as a habit. A request with the work and the story after it still is.
 */
describe('recognition and advice are not the task', () => {
  const EHR = 'What has your experience with electronic health records been like?';
  it.each([
    'A senior consultant once asked me to teach the interns how I write my notes, which I was proud of. I used Cerner for three years and I know the order entry well.',
    'My head of unit once chose me to show the new residents our discharge template, which was a real honour for me. I have used Epic and a local system.',
    'My mother always told me to follow my heart, and informatics is where my heart is. I have built two dashboards for our ward.',
  ])('%s', (answer) => {
    expect(answerFeedback(EHR, answer).star.task).toBe(false);
  });

  it.each([
    'In 2022 my consultant in Amman asked me to teach the junior doctors our new note template, because half the notes were missing the plan. I ran four sessions and the missing plans fell to one in ten.',
    'In Lagos the head of department told me to sort out the discharge backlog, which was growing every week. I made a list and cleared it in two weeks.',
  ])('still the task: %s', (answer) => {
    expect(answerFeedback(PROBLEM, answer).star.task).toBe(true);
  });
});

/**
 * no-result, session 35: asked for a time it happened, an answer that only imagines the case ("if I
 * ever had a disagreement…, I would…") has no story and so nothing that came of it; what came of it
 * told as still pending ("the committee is still discussing it", "we are still gathering the
 * figures to see if it has helped") is no outcome; a finding told in the sentence of the first deed
 * ("I went through a month of charts and found that most late doses were due at shift change") is
 * the problem measured. A question that asks what the member would do and then whether they have
 * done it expects what came of the episode they tell.
 */
describe('no-result: the story imagined, the outcome pending, the problem found', () => {
  const CONFLICT = 'Tell me about a time you had a conflict with a colleague.';
  it.each([
    'If I ever had a disagreement with a pharmacist, I would first listen to her reasons and check the guideline together. Then I would agree a plan and tell the team. Good communication solves most of these problems, and respect matters.',
    'In that kind of situation I would start by asking my colleague what worries him about the new tool. I would show him our own data and offer to sit with him on his first shifts with it. People accept change when they feel heard.',
    'If a rollout of mine went badly, I would go back to the nurses, watch how they work, and change the design with them. Then I would try a smaller pilot on one ward first.',
    'In Ankara I was asked to find out why COPD patients came back so often. I designed a discharge bundle with the nurses and added it to the electronic summary. We are still gathering the readmission figures to see if it has helped.',
    'At my hospital in Pune I was asked to look at missed antibiotic doses. I went through a month of charts and found that most late doses were due at shift change. I drafted a new timing rule and sent it to the nursing director.',
  ])('%s', (answer) => {
    expect(answerFeedback(CONFLICT, answer).notes.map((n) => n.id)).toContain('no-result');
  });

  it('a plan asked for is not a missing result', () => {
    const plan =
      'If I had a conflict with a colleague, I would first listen. Then I would look for common ground and involve the charge nurse if needed.';
    expect(
      answerFeedback('How would you handle a conflict with a colleague?', plan).notes.map((n) => n.id),
    ).not.toContain('no-result');
  });

  it('a change found after the deed is still what came of it', () => {
    const a =
      'At my hospital in Pune I drafted a new timing rule for antibiotics with the nurses. After two months I found that almost every dose was given within the hour.';
    expect(answerFeedback('Tell me about a time you used data to improve care.', a).star.result).toBe(true);
  });

  const BOTH = 'What would you do about alert fatigue? Have you dealt with it yourself?';
  it('asked whether they have done it, the episode told expects its outcome', () => {
    const pending =
      'In Karachi our sepsis alert fired so often that residents ignored it. I volunteered to look at it, pulled a month of alert logs and wrote a proposal for an exclusion rule. The IT committee is still discussing it.';
    const done =
      'In Karachi our sepsis alert fired so often that residents ignored it. I volunteered to look at it, pulled a month of alert logs and wrote an exclusion rule with IT. After that the alert fired half as often.';
    expect(answerFeedback(BOTH, pending).notes.map((n) => n.id)).toContain('no-result');
    expect(answerFeedback(BOTH, done).notes.map((n) => n.id)).not.toContain('no-result');
  });
});
