import { describe, expect, it } from 'vitest';
import { answerFeedback, cleanSummary, resolveQuestion } from '../../src/mock/feedback.js';
import { citesFor, questionById } from '../../src/mock/bank.js';
import type { Profile } from '../../src/core/profile/schema.js';

const angle = (q: string, a: string) => answerFeedback(q, a).notes.find((n) => n.id === 'no-informatics-angle');
/** The reason named, in the angle note (no angle at all) or as advice (an angle named in passing). */
const reasonSaid = (q: string, a: string) => {
  const fb = answerFeedback(q, a);
  return [fb.notes.find((n) => n.id === 'no-informatics-angle')?.message ?? '', ...(fb.advice ?? [])].join(' ');
};

// Each group: one meaning, told in several voices. Every answer is over 70 words where length is
// not the point, so too-short does not stand in for the note.
describe('why informatics: a reason of comfort or of liking gadgets, with no informatics work', () => {
  const group = [
    // rambling, texting
    'ok so honestly i like computers and tech since forever, i built my own pc at 14 and i am always the one fixing the wifi at family dinners lol. in med school everyone came to me when their laptop broke. plus the lifestyle is way better than inpatient, i have a toddler and i cannot keep doing 28 hour calls, so this field gives me normal hours and i still get to use my degree which i worked hard for',
    // formal, non-native
    'Since my childhood I have been very fond of technology and computers, and my friends are always saying I am a tech person. I believe the clinical informatics is a very modern field with a good future. Also, to be honest, with two small children at home the schedule of informatics is more predictable than the wards, and I wish to spend more time with my family while still being a physician in a respected position.',
    // terse
    'Two reasons. One: I have always been good with computers. Two: no more night shifts. I did six years of wards and emergency nights and I am tired of it. Informatics lets me stay in medicine with a regular schedule and use the tech side that I enjoy. I think I would be good at it because I pick up any new software very fast and people ask me for help with their phones.',
    // hard-wrapped paste, lifestyle alone
    'I will be honest with you. After residency I realised that the\ninpatient life is not sustainable for me, with the calls and the\nweekends, and I want a career with better hours where I can work\nfrom home some days. Informatics is a field where physicians are\nneeded and where I can keep my medical knowledge useful. I am a\nfast learner and I am sure I can learn what the job requires.',
  ];
  it.each(group)('names the reason: %#', (answer) => {
    const said = reasonSaid('Why clinical informatics?', answer);
    expect(said).toMatch(/Your reason is/);
    expect(said).toMatch(/no informatics work of your own/);
  });

  // Newcomer trial 16: a tech-liking answer that named no schedule or family was told to "leave
  // schedule and family out"; the advice names only the reason the answer gave.
  it('asks to drop only the kind of reason the answer gave', () => {
    const techOnly = [
      'honestly because the EHR is so bad, our IT team does not understand clinicians and every order set change takes months. I like technology since I was kid, I was the one fixing computers for everyone at home, so I think informatics is where I can finally fix these problems for real and also enjoy the work.',
      'I have loved gadgets all my life and I am the one friends call to set up a new phone or a laptop. Clinical informatics feels like the natural place for a doctor who enjoys technology as much as I do, and I would like to stay close to medicine while doing it, maybe teaching others too.',
    ];
    for (const a of techOnly) {
      const said = reasonSaid('Why clinical informatics?', a);
      expect(said).toMatch(/general liking of computers/);
      expect(said).not.toMatch(/schedule|family/);
    }
    const comfort = reasonSaid('Why clinical informatics?', group[3]!);
    expect(comfort).toMatch(/schedule and family reasons out/);
  });

  it('reads the same meaning when the question is typed in other words', () => {
    expect(reasonSaid('What drew you to health IT?', group[2]!)).toMatch(/general liking of computers/);
  });

  it('keeps the id to its meaning: an angle named in passing is advice, not a missing angle', () => {
    const answer =
      'Because I like data and computers, and honestly I think the EHR is the future of medicine. Also the hours are better than on the wards, and with a baby at home that matters a lot to me. I want to be part of that future and I think I would learn quickly, since I am the person everyone calls when a computer does not work in our department.';
    const fb = answerFeedback('Why clinical informatics?', answer);
    expect(fb.notes.map((n) => n.id)).not.toContain('no-informatics-angle');
    expect(fb.advice?.join(' ')).toMatch(/general liking of computers .* and the hours or the life/);
  });

  it('says nothing of the reason when the member has done informatics work', () => {
    const answer =
      'I have always liked technology, but what brought me here was a problem. On my medicine ward, potassium results came back at night and nobody owned them, so two patients had their replacement late. I built a simple result-tracking list in our EHR with the charge nurse and audited it for three months: unacknowledged critical results fell from eleven a week to two. That showed me that the fix was in the workflow and the system, and that is the work I want to train in.';
    expect(angle('Why clinical informatics?', answer)).toBeUndefined();
    expect(answerFeedback('Why clinical informatics?', answer).advice).toBeUndefined();
  });

  it('does not read the comfort of the people the work serves as the member\u2019s own reason', () => {
    const answer =
      'In my hospital the nurses spent two hours of every night shift copying vital signs from paper into the EHR, and their burnout was obvious. I mapped the workflow with the ward manager, we moved the charting to bedside tablets, and after the pilot the after-hours charting fell by half. I want to do that kind of work at scale: design systems around how clinicians actually work, so the data is captured once and used well.';
    expect(angle('Why clinical informatics?', answer)).toBeUndefined();
    expect(answerFeedback('Why clinical informatics?', answer).advice).toBeUndefined();
  });
});

describe('why this specialty: only reasons against other fields', () => {
  const group = [
    // texting, the trial's meaning in other words
    'honestly i thought about everything. surgery no way, too many hours standing and the OR stresses me out. peds i cannot deal with the crying and the parents. psych i tried a rotation and it is not for me. so yeah by elimination medicine was what was left and i think i will be fine in it, wallahi i cannot see myself doing anything surgical lol',
    // formal non-native
    'I have considered carefully all the specialties. The surgical specialties are too physically demanding and I do not see myself in the operating theatre for long hours. Paediatrics was never suited for my personality, and radiology I found boring during my rotation. Therefore I decided internal medicine is the best option for me among the others, and I am confident I will perform well in your program.',
    // terse
    'Process of elimination, honestly. Surgery: not my thing. Emergency medicine: too hectic. Radiology: no patient contact, which I would miss. OB: I could not handle the nights. That left medicine. I am a hard worker and I will do whatever the program asks of me.',
  ];
  it.each(group)('advises naming what draws the member: %#', (answer) => {
    const fb = answerFeedback('why-this-specialty', answer);
    expect(fb.advice?.join(' ')).toMatch(/reason against other fields .* but none for this one/);
  });

  it('is silent when the member says what draws them, even with a field they turned down', () => {
    const answer =
      'I love the diagnostic side of internal medicine: the patient with three chronic diseases and a new symptom that does not fit. During my internship I followed a heart-failure clinic for six months and enjoyed knowing the same patients over time. Surgery was never for me, but that is not why I chose medicine: I chose it for the thinking and the continuity, and I tested it with a cardiology elective.';
    expect(answerFeedback('why-this-specialty', answer).advice).toBeUndefined();
  });

  it('cites guides that fit the question and holds it to its own structure, not the opener\u2019s', () => {
    const q = questionById('why-this-specialty')!;
    const refs = citesFor(q).map((r) => `${r.doc}#${r.section}`);
    expect(refs).not.toContain('interview-questions#why-clinical-informatics');
    expect(refs).toContain('interview-preparation#professional-narrative');
    const fb = answerFeedback(q, 'Surgery is not for me.');
    expect(fb.notes.find((n) => n.id === 'too-short')?.message).not.toMatch(/your background/);
  });
});

describe('the clean summary never says "no notes" for a check it counted', () => {
  it('names fillers heard under the threshold instead of claiming none', () => {
    const answer =
      'Um, I chose internal medicine because I love the diagnostic puzzles and the long relationships with patients who have chronic disease. In my internship I followed a diabetes clinic for six months, basically seeing the same people return, and I liked being the doctor who knew their whole story. I tested the choice with a cardiology elective and a month in the ICU, and medicine still felt right. The informatics track fits because I want to build tools for that kind of follow-up.';
    const fb = answerFeedback('why-this-specialty', answer);
    expect(fb.notes).toEqual([]);
    expect(fb.fillers.count).toBe(2);
    const summary = cleanSummary(fb);
    expect(summary).toMatch(/filler words \(2 heard: um, basically, under the 3 in 100 words/);
  });

  it('keeps the plain wording when nothing was counted', () => {
    const summary = cleanSummary({ words: 90, fillers: { count: 0, top: [] } });
    expect(summary).toMatch(/^No notes from these 6 checks: .* filler words and an informatics angle/);
  });
});

describe('a departure the profile records and the answer leaves out', () => {
  const resigned: Profile = {
    version: 1,
    residencies: [
      { country: 'United States', specialty: 'internal medicine', from: '2022-07', to: '2023-03', completed: false },
    ],
    professionalism: [{ kind: 'resignation', date: '2023-03' }],
  };
  const dismissed: Profile = {
    version: 1,
    residencies: [
      { country: 'United States', specialty: 'pediatrics', from: '2021-07', to: '2022-02', completed: false },
    ],
    professionalism: [
      { kind: 'probation', date: '2021-11' },
      { kind: 'dismissal', date: '2022-02' },
    ],
  };
  const q = 'Why did you leave your residency?';
  const vague = [
    'It was a difficult period in my life. My father was ill back home and I had to be there for him, and the program was very demanding. Since then I have completed a data analytics certificate and worked as a research assistant on a readmissions project, and I am ready to train again with a clear plan and support in place.',
    'There were many things going on at that time. Looking back, I learned a lot about asking for help early. Since then I worked as a clinical data abstractor for a year and finished an informatics course, and I am ready to commit fully to residency now.',
  ];

  it.each(vague)('tells a member who resigned to name it: %#', (answer) => {
    const fb = answerFeedback(q, answer, { profile: resigned });
    expect(fb.advice?.join(' ')).toMatch(/records that you resigned from the internal medicine residency in Mar 2023/);
  });

  it('is silent when the resignation is named, in any words', () => {
    for (const answer of [
      'I resigned in March 2023 to care for my father. Since then I have worked as a research assistant.',
      'I stepped away from the program in March, after my father fell ill, and I have since finished a certificate.',
      'I made the decision to leave the program to care for my father.',
    ]) {
      expect(answerFeedback(q, answer, { profile: resigned }).advice).toBeUndefined();
    }
  });

  it.each([
    ...vague,
    'I decided that the program was not the right fit for me and I left to reflect on my path. Since then I have worked in quality improvement.',
  ])('tells a dismissed member to name the dismissal, not a choice to leave: %#', (answer) => {
    const fb = answerFeedback(q, answer, { profile: dismissed });
    expect(fb.advice?.join(' ')).toMatch(/ended with a dismissal in Feb 2022/);
  });

  it('is silent when the dismissal is told plainly', () => {
    for (const answer of [
      'The program dismissed me in February 2022 after a period of probation for late notes, and the fault was mine.',
      'My contract was not renewed after my probation; I understand why.',
      'I was let go in my first year.',
    ]) {
      expect(answerFeedback(q, answer, { profile: dismissed }).advice).toBeUndefined();
    }
  });

  it('gives no such advice without a profile, or to a profile with no departure', () => {
    expect(answerFeedback(q, vague[0]!).advice).toBeUndefined();
    expect(answerFeedback(q, vague[0]!, { profile: { version: 1 } }).advice).toBeUndefined();
  });

  it('resolves the bank question the trial used', () => {
    expect(resolveQuestion('why-this-specialty')?.id).toBe('why-this-specialty');
  });
});
