/**
 * Round nine of issue 10 (after batches G and H): each concept added or widened in this round,
 * pinned by a short sentence of our own that needs it. The sentences are ours, never corpus items
 * or probe sentences; a failure names the meaning that broke. Runs through the same entry points
 * as the probes (a pre-match sentence inside an ordinary thank-you email, a gap draft alone, an
 * interview answer to a question).
 */
import { describe, expect, it } from 'vitest';
import { runProbe, type Probe } from '../../bench/eval/probes.js';

type Row = [cat: string, want: boolean, text: string, extra?: Partial<Probe>];

const QI = { q: 'Tell me about a quality improvement project.' } as Partial<Probe>;
const DATA = { q: 'Tell me about a time you used data to change practice.' } as Partial<Probe>;

const TRADES: Row[] = [
  // The member's side as the program placed high on the member's own list, in any words.
  ['quid-pro-quo', true, 'If I hear I am near the top at Riverside, you will be first on mine.'],
  ['quid-pro-quo', true, 'Were I to learn where I sit on your list, my own list would reflect it.'],
  ['quid-pro-quo', true, 'Should Riverside return the favour, you will be number one for me.'],
  [
    'quid-pro-quo',
    true,
    'Should I hear that my place on your list is secure, Riverside becomes my first and only choice.',
  ],
  ['quid-pro-quo', true, 'I would gladly rank Riverside first if I can count on the same consideration.'],
  // The program's side as the feeling returned, reciprocity, "yours", the program's list, high up with it.
  ['quid-pro-quo', true, 'Riverside will be at number one on mine as long as the regard is returned.'],
  ['quid-pro-quo', true, 'With some sign of reciprocity, I could make my list mirror it completely.'],
  ['quid-pro-quo', true, 'If the interest is there on yours, Riverside goes first on my list.'],
  ['quid-pro-quo', true, 'If your list has me near the top, mine will have Riverside at number one.'],
  ['quid-pro-quo', true, 'Just give me a small hint that I am high up with you and Riverside goes first on mine.'],
  // After set z: any imperative with the member as object, "my only real option", a priority for
  // the program, sure of a spot, above all the others, inclined my way, "in the event", topping
  // the member's list.
  ['quid-pro-quo', true, 'Keep me high on your list and you will find Riverside first on mine.'],
  ['quid-pro-quo', true, 'Tell me I am a priority for the committee and Riverside becomes my only real option.'],
  ['quid-pro-quo', true, 'Should I be sure of a spot, I will rank Riverside above all the others.'],
  ['quid-pro-quo', true, 'If the committee is inclined my way, Riverside takes my first place.'],
  ['quid-pro-quo', true, 'In the event I am ranked to match, Riverside will top my list.'],
  ['quid-pro-quo', false, 'Let me know if you need anything and I will send it right away.'],
  // The dependency told after the program's side: "in that case".
  [
    'quid-pro-quo',
    true,
    'I would love to know whether my name is high on your list, since in that case Riverside would be first on mine.',
  ],
  // Near-misses: the condition has no program side; a new independent clause; a trade quoted to disown it.
  ['quid-pro-quo', false, 'If my visa comes through in time, Riverside will be first on my list.'],
  [
    'quid-pro-quo',
    false,
    'If my application is still under consideration, I would love to visit again; Riverside is my first choice.',
  ],
  [
    'quid-pro-quo',
    false,
    "I know applicants must not offer deals like 'I will rank you first if you rank me first', and I am not offering one.",
  ],
];

const ASKS: Row[] = [
  // A trade whose condition is being told where the member stands also asks for it.
  [
    'asks-for-ranking',
    true,
    'Were I to receive a small sign about where I sit on your list, I would make my own list reflect it.',
  ],
  [
    'asks-for-ranking',
    true,
    'I hope to learn soon whether I am high on your list, since in that case Riverside would be first on mine.',
  ],
  // A question confirming the trade just offered.
  ['asks-for-ranking', true, 'If Riverside ranks me to match, you are first on my list. Can I count on that?'],
  [
    'asks-for-ranking',
    true,
    'If Riverside ranks me to match, you are first on my list. Is that something I can rely on?',
  ],
  ['asks-for-ranking', true, 'If Riverside ranks me to match, you are first on my list. Do we have a deal?'],
  ['asks-for-ranking', true, 'If Riverside ranks me to match, you are first on my list. Is that fair?'],
  ['asks-for-ranking', true, 'If Riverside ranks me to match, you are first on my list. Deal?'],
  ['asks-for-ranking', false, 'Riverside is first on my list. Can I rely on the shuttle from the hotel?'],
  // Standing in new words: a shot, a feeling mutual in more words, interest both ways, the radar, hedging.
  ['asks-for-ranking', true, 'How realistic is my shot at Riverside?'],
  ['asks-for-ranking', true, 'I would be grateful to know whether the feeling is at all mutual.'],
  ['asks-for-ranking', true, 'Could you tell me if the interest goes both ways?'],
  ['asks-for-ranking', true, "Am I still on Riverside's radar?"],
  ['asks-for-ranking', true, 'Should I be hedging my bets elsewhere?'],
  ['asks-for-ranking', true, 'Should I start looking elsewhere?'],
  ['asks-for-ranking', true, 'Do I still stand a chance with Riverside?'],
  ['asks-for-ranking', true, 'I am desperate to know how the committee rated my interview.'],
  // Near-misses: a plea, a project on the radar, a spoken tag, "my last chance".
  ['asks-for-ranking', false, 'Please keep me in your thoughts when the committee meets.'],
  ['asks-for-ranking', false, 'Is the new sepsis dashboard on your radar?'],
  [
    'asks-for-ranking',
    false,
    'Riverside will be at the very top of my list, provided your team feels the same about me, you know?',
  ],
  ['asks-for-ranking', false, 'I beg you, this is my last chance.'],
];

const TOP_AND_OVERSHARE: Row[] = [
  // Two programs each called first; a capital at a sentence's start that is no program.
  ['multiple-top-choice', true, 'Riverside and Lakeview are each going to be my number one.'],
  ['multiple-top-choice', false, 'Decision made: Riverside goes first on my rank list.'],
  // A prayer for the reader is a greeting; a clinician in the workflow is not the member's care.
  ['overshare', false, 'I pray you are well.'],
  ['overshare', true, 'I pray every night that I match at Riverside.'],
  ['overshare', false, 'I pray the winter goes smoothly for your fellows.'],
  ['overshare', true, 'I pray that my mother recovers well after her surgery.'],
  ['overshare', false, 'The new alert pages the on-call psychiatrist directly.'],
  ['overshare', false, 'Your fellows built a suicide-risk model for the psychiatric emergency department.'],
  ['overshare', true, 'My psychiatrist has helped me a great deal this year.'],
  ['overshare', true, 'I have been seeing a therapist since the spring.'],
  ['overshare', true, 'The exams were hard on me and I am working through it with a counsellor.'],
];

const GAP: Row[] = [
  // After set z2: an internship before the gap is not in it; a past with a prefix ("rebuilt");
  // records kept or matched against each other; every case reaching a state by a time.
  ['gap/no-actions', true, 'After a draining internship I spent 2023 at home resting with my family.'],
  ['gap/no-actions', false, 'In 2023 I rebuilt the appointment book of our clinic as a shared sheet.'],
  [
    'gap/no-informatics-link',
    false,
    "From 2022 I matched the clinic's stock ledger against the dispensing book every Friday.",
  ],
  ['gap/no-informatics-link', false, 'From 2022 to 2023 I kept the pharmacy stock ledger at a rural clinic.'],
  [
    'gap/no-outcome',
    false,
    'In 2023 I redrew our referral log, and by the end of the year every referral had a reply.',
  ],
  // A span of time taken, or stepping back, is not an activity; moving a thing is.
  ['gap/no-actions', true, 'After a long house job I took a year for myself and stayed with my parents.'],
  ['gap/no-actions', false, 'In 2023 I took three months of evening classes in SQL at the university.'],
  ['gap/no-actions', true, 'I stepped back from medicine for a year to think about my future.'],
  ['gap/no-actions', false, "I moved the clinic's immunisation log from a paper book to the district registry."],
  ['gap/no-actions', true, 'In 2022 I moved my family to Dubai to be near my parents.'],
  // Handling records links a draft to informatics; so does moving off paper and a named registry.
  [
    'gap/no-informatics-link',
    false,
    'From 2022 to 2023 I cleaned and merged the antenatal records of three health posts.',
  ],
  [
    'gap/no-informatics-link',
    false,
    'In 2023 I took the birth records of our ward from paper books into the district system.',
  ],
  ['gap/no-informatics-link', false, 'From 2022 I reported every new case to the provincial tuberculosis registry.'],
  // No child left without a record is an outcome.
  [
    'gap/no-outcome',
    false,
    'In 2023 I set up a tracing list for missed doses, after which no child in the village was missing a record.',
  ],
];

const ANSWERS: Row[] = [
  // Blame: no one taking the trouble to help the member; a place not made for outsiders.
  ['answers/blame', true, 'Nobody thought to explain the basics to me. I asked a resident to show me the notes.'],
  ['answers/blame', false, 'Nobody thought to check the fridge log until I did. I found two warm vaccines.'],
  ['answers/blame', true, 'The ward was not set up for outsiders. I asked a resident to show me the notes.'],
  ['answers/blame', false, 'I was not prepared for questions from foreign families, so I read the hospital guide.'],
  [
    'answers/blame',
    true,
    'The seniors could not be bothered to teach anyone new, so I learned the order screens alone.',
  ],
  ['answers/blame', false, 'I did not take the time to explain the plan to the family, and I learned from that.'],
  [
    'star/result',
    true,
    'Insulin was often late on our ward. I added a prompt to the admission note. The charge nurse told me the night team now gives it on time.',
  ],
  [
    'star/situation',
    true,
    'Paediatric ward, Kano, second month. Fluids were charted twice. I stopped the second bag.',
    { q: 'Tell me about a time you caught an error.' },
  ],
  // An informatics angle in plain words.
  [
    'answers/no-informatics-angle',
    false,
    'Readmissions were high on our ward. I designed a one-page discharge form with the nurses.',
    QI,
  ],
  [
    'answers/no-informatics-angle',
    false,
    'Readmissions were high on our ward. I went through the files of forty patients and talked to the nurses.',
    QI,
  ],
  [
    'answers/no-informatics-angle',
    false,
    'Screening was patchy in our clinic. I counted a month of visits and showed the team what I found.',
    DATA,
  ],
  [
    'answers/no-informatics-angle',
    false,
    'Scores were never added up in our clinic. I asked that the score be calculated automatically.',
    DATA,
  ],
  [
    'answers/no-informatics-angle',
    false,
    'Patients waited long at registration. I suggested they register on a tablet at the door.',
    QI,
  ],
  ['answers/no-informatics-angle', false, 'Orders were often lost. I sat down with our IT colleague to fix it.', QI],
  [
    'answers/no-informatics-angle',
    true,
    'It leads to burnout, so I would make sure residents rest and feel supported.',
    { q: "What's your understanding of alert fatigue, and what would you do about it?" },
  ],
  // STAR result: the new state against the old, work until others acted, others changing their work.
  [
    'star/result',
    true,
    'Clinic letters were slow to reach families. I built a letter template with the secretaries. Families got their letters on the day of the visit instead of two months after.',
  ],
  [
    'star/result',
    true,
    'Our sepsis alert fired on nearly everyone. I reviewed its rules with the pharmacist and narrowed them until the nurses trusted it.',
  ],
  [
    'star/result',
    true,
    'Our model missed rare tissue types. I sorted its errors by biopsy type and showed the team. The engineers then added slides of those types.',
  ],
  // A charge in another clause is no deadline; another ward taking it up is a result.
  [
    'star/result',
    true,
    'Lab results reached the ward late. I arranged for them to print on the ward. Within a month the rounds began on schedule, and the consultant asked me to teach the interns.',
  ],
  [
    'star/result',
    true,
    'Lab results reached the ward late. I arranged for them to print on the ward. The consultant asked me to set it up on the surgical ward as well.',
  ],
  // STAR situation: a time said as "Once," and a summary in headings; a concession and a role
  // wished for are not how things stood.
  [
    'star/situation',
    true,
    'Once, over a potassium result. The registrar wanted to wait. I repeated the test and called him.',
    { q: 'Tell me about a time you disagreed with a senior colleague.' },
  ],
  [
    'star/situation',
    true,
    'Cardiologist from Lima. I built a heart failure register in our clinic.',
    { q: 'Tell me about yourself.' },
  ],
  [
    'star/situation',
    true,
    'Ten years of rural practice. I built a vaccine register on tablets.',
    { q: 'Tell me about yourself.' },
  ],
  [
    'star/situation',
    false,
    'My mentor sat with every family, no matter how busy the ward was. Listening matters more than screens.',
    { q: 'What role should technology play in patient care?' },
  ],
  [
    'star/situation',
    false,
    'In ten years I hope to be working as a physician informaticist in a rural network.',
    { q: 'Where do you see yourself in ten years?' },
  ],
  // A verb in a relative clause after "those" says which people are meant, not what was done.
  [
    'star/action',
    false,
    'In ten years I hope to be working as a physician in a network that serves patients like those I cared for in Busan.',
    { q: 'Where do you see yourself in ten years?' },
  ],
  ['gap/no-actions', true, 'That year I rested and thought about the patients I cared for in the village.'],
  // Becoming something is not acting: the hospital's decision after it is still the setting.
  [
    'star/result',
    false,
    'When I became head of the registry, the hospital decided that we would stop using paper. I sat with the clerks every morning.',
  ],
  // Others' decision told before the member acted is the setting.
  [
    'star/result',
    false,
    'When I joined, the department approved a new triage form. I trained the nurses on it one by one.',
  ],
];

describe('round nine: concepts of meaning, each pinned', () => {
  for (const [name, rows] of [
    ['trades', TRADES],
    ['asks', ASKS],
    ['top choices and overshare', TOP_AND_OVERSHARE],
    ['gap drafts', GAP],
    ['answers and STAR', ANSWERS],
  ] as const) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r[1], r[2], r[3]] as const))('%s %s: %s', (cat, want, text, extra) => {
        expect(runProbe({ cat, want, text, ...(extra ?? {}) })).toBe(want);
      });
    });
  }
});
