/**
 * Session 27, STAR task read by meaning groups (each held by sentences of our own, in other voices
 * than the corpus items that showed the group):
 * - the question names a past event of the member's own, so it asks for a story ("Can you explain
 *   your … failure?", "how you dealt with …");
 * - a role named with definite reference as the frame of the member's deeds ("As night registrar
 *   I timed…", "I was one of the physician leads for…") carries its charge; "as a resident in …"
 *   only says what the member was then;
 * - a thing the member wanted put in place, with the problem as its reason ("I wanted standard
 *   order sets because nurses kept calling…"), is a goal;
 * - in an answer of motive, offices held and the wish behind a life choice are credentials and
 *   motives, not a charge.
 */
import { describe, expect, it } from 'vitest';
import { answerKind, detectStar } from '../../src/mock/star.js';

describe('a question naming a past event of the member asks for a story', () => {
  it.each([
    'Can you explain your gap in clinical training?',
    'Please explain how you handled the downtime last winter.',
    'Could you describe what you learned from your first residency?',
    'Talk us through your USMLE attempts.',
    'Explain what you changed once the audit came back.',
  ])('%s', (q) => {
    expect(answerKind(q)).toBe('story');
  });
  it.each([
    'Can you explain what interoperability means?',
    'How would you handle a consultant who refuses the new order set?',
    'Can you explain your interest in informatics?',
    'Explain how you would decide which alerts to switch off.',
    'Tell me why you chose informatics as a career.',
    'If you ran the discharge process, what would you change?',
    'How would you approach alert fatigue if you joined our team?',
  ])('a definition, a plan or an interest is not a past event: %s', (q) => {
    expect(answerKind(q)).not.toBe('story');
  });
});

const Q = 'Tell me about a time you improved a process.';

describe('a role held with definite reference frames the charge', () => {
  it.each([
    'In 2022 at our hospital of Tashkent, as the duty physician of the cardiology ward, I have counted every delayed troponin result for one month and presented the list to the laboratory chief. After this the delays were reduced to less than one hour.',
    'Lusaka, 2021. As night registrar I audited bleeps for a fortnight. Took the numbers to the manager. Bleeps dropped by a third.',
    'So this was back in Manila, and as the senior resident running the ward that month, I noticed we kept losing the overnight urine outputs, so I made a little column for it in the flowsheet and by the end of the month every chart had them.',
    'At our district hospital in Tamale, as the\nmedical officer on the paediatric ward I sat with\nthe nurses and redrew the feeding chart. Within\nsix weeks missed feeds were down to almost none.',
    'When our hospital in Accra moved to electronic orders I was one of the physician leads for the medical wards. I sat with each consultant and set up their order favourites, and order errors on my ward fell from twenty a day to three.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'As a resident in Quito I noticed that the nurses copied vital signs twice. Later the hospital bought new monitors and the copying stopped.',
    'Later, as a registrar in Mumbai, I saw how much time went into paper charts, and the hospital eventually bought an EHR.',
    'At the health post in Oaxaca, as the only doctor I talked with the midwife and we moved the vaccine day to Saturdays. Within a month the queue was half as long.',
  ])('a kind of job ("as a resident in …") is a setting: %s', (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
});

describe('a thing the member wanted put in place, with the problem as reason, is a goal', () => {
  it.each([
    'At the clinic in Hanoi, I wanted one shared referral list because each nurse kept her own notebook and patients got lost. I built it in a spreadsheet and after two months no referral was missed.',
    'Karachi, 2020. We needed a proper handover sheet, since night cover kept missing pending bloods. I drafted one. Missed bloods: zero by March.',
    'In the year 2021 at our polyclinic in Baku I wanted a clear protocol for potassium replacement, as every doctor was giving different doses. I wrote it with the pharmacist and the errors became less by half.',
    'so in Lagos I really wanted better discharge letters, because the GPs were ringing us every day asking what happened, so I made a template and the calls stopped within a month.',
  ])('%s', (a) => {
    expect(detectStar(a, Q).task).toBe(true);
  });
  it.each([
    'In 2019 I wanted a job near my parents because my father was unwell. I moved to Pune and worked in a small clinic there, and I enjoyed the outpatient work.',
  ])("a want of the member's own life is not a goal of the work: %s", (a) => {
    expect(detectStar(a, Q).task).toBe(false);
  });
});

const WHY = 'Why clinical informatics?';

describe('in an answer of motive, offices and life motives are no charge', () => {
  it.each([
    "I chose medicine because I wanted to be useful to my village, and in residency I led our residents' association for two years. Informatics attracts me because it lets one doctor help many patients at once, and I enjoy organising people around a shared aim.",
    'I was chief resident. I chaired the welfare committee. I like leading people, and informatics needs leaders who can bring clinicians and engineers to one table. That is the short version of why.',
    'I became a doctor because I wished to serve the people, and during training I was the representative of our batch for three years. Now I see informatics as the way to serve on a bigger scale, for a whole hospital instead of one ward.',
    "Honestly I went into medicine because I wanted to\nhelp families like mine. In Lahore I was president of\nthe young doctors' society for two years and I ran\nour journal club. Informatics feels like the next step\nfor someone who likes people and systems together.",
  ])('%s', (a) => {
    expect(detectStar(a, WHY).task).toBe(false);
  });
  it.each([
    'I was chief resident in Cairo, and the director asked me to fix our discharge summaries, which reached the clinics weeks late. I rebuilt the template with two nurses and the summaries went out the same day. That is when I knew informatics was my field.',
  ])('a charge with its work still is: %s', (a) => {
    expect(detectStar(a, WHY).task).toBe(true);
  });
});
