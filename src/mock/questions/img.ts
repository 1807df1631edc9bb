/**
 * IMG questions: why you trained abroad (US-citizen IMGs) and how you will work in the US system
 * (non-US IMGs). Both groups can turn international training into an informatics strength.
 */
import type { Question } from '../types.js';

export const IMG: Question[] = [
  {
    // Asked of a member who already trained in the same specialty abroad and now applies to a US
    // residency in it: programs want to know why they would start again as a first-year resident.
    id: 'why-residency-again',
    category: 'img',
    text: 'You have already trained in this specialty abroad. Why go through residency in it again?',
    shows:
      'A positive reason for repeating training (not only a requirement to tick), humility about starting again as a first-year resident, and what your earlier training lets you bring from day one.',
    framework: 'three-part',
    hint: 'Say plainly that you trained in this specialty before and what that gave you, then what US training adds that you want (the informatics track too, if it is part of your reason), and end with how your experience helps the team rather than making you impatient with the basics.',
    followUps: [
      'How will you feel being supervised as an intern after practising on your own?',
      'Why not apply for something other than the specialty you already trained in?',
    ],
    // A residency's own question: answered well with no informatics link at all, so none is asked
    // for (newcomer trial 21 was told "No link to informatics" on it).
    expectsInformatics: false,
    parts: {
      line: 'Three parts: what your training abroad gave you, what US residency adds that you want (a positive reason, not only a requirement), and what you bring from day one without impatience for the basics.',
      add: 'what your training abroad gave you, what US residency adds that you want, and what you bring from day one',
      unchecked:
        'Not checked: whether the reason for training again is one you chose (not only a licensing hurdle), and whether you show you will accept supervision as a first-year resident. Hold your answer against the hint for that.',
    },
    presumes: ['residency-abroad-same-specialty'],
  },
  {
    // Asked of a member who completed a residency abroad and then started (or finished) a US one,
    // whatever they apply to now: programs want the reason for training twice, told as a choice.
    id: 'why-second-residency',
    category: 'img',
    text: 'You had already completed a residency abroad before your US residency. Why did you choose to train again?',
    shows:
      'A positive reason for training a second time (what US training gave you that you wanted, not only a licensing hurdle), respect for both trainings, and what the first one lets you bring to this program.',
    framework: 'three-part',
    hint: 'Say in a sentence what your first residency gave you, then why you chose US training too (what you wanted from it, what licensing required, told plainly), and end with how the two together shape the clinician and informatician you are now. Never run down either program.',
    followUps: [
      'How did it feel to be a junior resident again after finishing training?',
      'What did your first residency teach you that your US colleagues had to learn?',
    ],
    expectsInformatics: true,
    parts: {
      line: 'Three parts: what your first residency gave you, why you chose US training as well (told plainly, as a choice), and how the two shape the clinician and informatician you are now.',
      add: 'what your first residency gave you, why you chose US training too, and how both shape you now',
      unchecked:
        'Not checked: whether the reason reads as a choice rather than a hurdle, and whether you speak well of both trainings. Hold your answer against the hint for that.',
    },
    presumes: ['second-residency'],
  },
  {
    // Asked of a member who finished a residency abroad and then practised as a specialist there for
    // a year or more (an attending, a consultant) and now applies for US training: programs want to
    // know why a senior clinician goes back to being a trainee, here and now (a judge of p307, a
    // Saudi consultant internist applying to CI fellowships, found only "why informatics?").
    id: 'why-train-after-practice',
    category: 'img',
    text: 'You have already been practising as a specialist for some years. Why go back to training, in the US, at this point in your career?',
    shows:
      'A reason rooted in what you want to be able to do next (not a title or a visa), an honest view of becoming a trainee again after leading a service, and what your years of senior practice bring to the program.',
    framework: 'three-part',
    hint: 'Start from a moment in your senior practice that showed you what you could not yet do (a system problem you could see but not fix), say why formal US training, and why now, is how you get there, and end with what you bring as an experienced clinician and how you will take supervision again.',
    followUps: [
      'How will you take being supervised and assessed again after running your own service?',
      'What will you do with this training afterwards, and where?',
    ],
    expectsInformatics: true,
    presumes: ['practised-after-residency-abroad'],
  },
  {
    // Asked of a member whose residency abroad was in another specialty than the one they name now
    // (surgery at home, internal medicine or informatics here): programs want to know the change is
    // a choice that will last, not a retreat from the first field.
    id: 'why-switch-specialty',
    category: 'img',
    text: 'Your earlier residency training was in a different specialty. What made you change direction?',
    shows:
      'A change made for what drew you to the new field rather than what pushed you from the old one, a decision you tested before committing to it, and skills from the first specialty you still use.',
    framework: 'three-part',
    hint: 'Name the experience that drew you to the new specialty and how you tested the choice (time, rotations, what you did about it), then one skill from your first training you still rely on. Never run down the old field or its people, and end on how informatics fits the path you chose.',
    followUps: [
      'How can we be sure you will not change specialty again?',
      'What do you miss about your first specialty?',
    ],
    expectsInformatics: true,
    parts: {
      line: 'Three parts: what drew you to the new specialty and how you tested the choice, one skill from your first training you still use, and how informatics fits the path you chose.',
      add: 'what drew you to the new field, how you tested the choice, and a skill from your first training you still use',
      unchecked:
        'Not checked: whether the change reads as drawn by the new field rather than pushed from the old one, and whether you never run down the first specialty. Hold your answer against the hint for that.',
    },
    presumes: ['residency-other-specialty'],
  },
  {
    // Asked of a member who left a residency in the specialty they apply to again (war, a coup, a
    // family crisis or their own decision): the question is why they left and why start again now,
    // not why repeat a training they never finished.
    id: 'why-left-residency',
    category: 'img',
    text: 'You left your earlier residency before finishing it. Why did you leave, and why start again now?',
    shows:
      'A short, factual reason for leaving without blaming anyone, what you did in the years since, and why starting this residency now is a settled choice you are ready for.',
    framework: 'departure',
    hint: 'Say in one or two sentences when and why you left (if it was outside your control, say so plainly). Then what you did since that kept you close to medicine, and end on why this residency, here, is the path you are committed to finishing.',
    followUps: [
      'What would make you leave a program again?',
      'What did you learn in the years of training you did complete?',
    ],
    expectsInformatics: false,
    presumes: ['residency-left'],
  },
  {
    // Asked of a member whose only US training is a preliminary or transitional year that ran its
    // year, with no categorical position after it (newcomer trial 18): every interviewer asks why
    // they did not go on. Not "why did you leave?": the year was one year by design.
    id: 'why-not-continued-after-prelim',
    category: 'img',
    text: "Your preliminary year ended without a categorical position to go on to. Why didn't you continue after it, and what have you done since?",
    shows:
      'A plain account (the year was one year by design and no categorical position followed), no blame, what you have done since to stay clinically active, and why this categorical position is the one you will finish.',
    framework: 'departure',
    hint: 'Say plainly that the preliminary year was a one-year position with no categorical place after it (and that you applied and did not match, if so), without calling it leaving or blaming the program. Then what you have done since, with dates, and end on why you will finish this categorical program.',
    followUps: [
      'Did you apply for categorical positions during your preliminary year? What happened?',
      'What would your preliminary-year program director say about you?',
    ],
    expectsInformatics: false,
    presumes: ['preliminary-year-only'],
  },
  {
    // Asked of a member in a preliminary or transitional year now, applying for a categorical place
    // from it (judge of p386): why the one-year position, and why the categorical one now.
    id: 'why-categorical-from-prelim',
    category: 'img',
    text: 'You are in a preliminary year now. Why did you take a preliminary position, and why are you applying for a categorical place in this specialty now?',
    shows:
      'A plain account of how the preliminary year came about (no blame), what the year has shown about your work in a US program, and why this categorical position is the one you will finish.',
    framework: 'departure',
    hint: 'Say plainly how the preliminary position came about (if you did not match a categorical place, say so in one sentence). Then name what this year has shown, with a concrete example your program director would confirm, and end on why this specialty and this program, for the full residency.',
    followUps: [
      'What does your program director say about your plans?',
      'If a program offered you a PGY-2 place outside the Match, how would you decide?',
    ],
    expectsInformatics: false,
    presumes: ['preliminary-year-now'],
  },
  {
    // Asked of a member who left any other residency before finishing it: one in another specialty
    // than the one applied to now (family medicine at home, internal medicine now), or, for a
    // fellowship applicant, one left before the residency that was completed. No red-flag id in
    // the contract covers a residency left, so the plan asks it from the profile's own record.
    id: 'why-left-residency-other',
    category: 'img',
    text: 'I see you left a residency before finishing it. Why did you leave, and what brought you to where you are now?',
    shows:
      'A short, factual reason for leaving without blaming anyone, what you did next, and why the path you are on now is a settled choice you will finish.',
    framework: 'departure',
    hint: 'Say in one or two sentences when and why you left (if it was outside your control, say so plainly), then what you did next that kept you close to medicine, and end on why this training, here, is the path you are committed to finishing. Never run down the program you left or its people.',
    followUps: ['What would make you leave a program again?', 'What did you take from the training you did complete?'],
    expectsInformatics: false,
    presumes: ['residency-left-other'],
  },
  {
    // Asked of a member who finished a core residency, began a subspecialty fellowship in it and
    // left it for informatics: not a change of specialty, a change of direction within a career.
    id: 'why-left-fellowship',
    category: 'img',
    text: 'You left a clinical fellowship to pursue informatics. What made you change direction?',
    shows:
      'A decision drawn by informatics rather than a retreat from the fellowship, what you tested before leaving, what the fellowship year still gives you, and that the choice will last.',
    framework: 'three-part',
    hint: 'Name what drew you to informatics while you were in the fellowship and how you tested it (a project, a rotation, a mentor), then what you took from the fellowship year that you still use. Never run down the fellowship or its people, and end on the informatics work you want to do.',
    followUps: [
      'How can we be sure you will not change direction again?',
      'What do you miss about the clinical subspecialty?',
    ],
    parts: {
      line: 'Three parts: what drew you to informatics during the fellowship and how you tested it, what the fellowship year still gives you, and why this direction will last.',
      add: 'what drew you to informatics and how you tested it, what the fellowship year still gives you, and why the change will last',
      unchecked:
        'Not checked: whether the change reads as drawn by informatics rather than a retreat from the fellowship, and whether you speak well of it. Hold your answer against the hint for that.',
    },
    expectsInformatics: true,
    presumes: ['fellowship-left'],
  },
  {
    id: 'why-study-abroad',
    category: 'img',
    text: 'Why did you study medicine abroad?',
    shows:
      'A considered decision rather than a last resort, what you gained from it, and how it prepares you for US training and informatics.',
    framework: 'three-part',
    hint: 'Give a positive reason in one sentence, then what training abroad taught you (different systems, resource limits, adaptability), then how you have since aligned with US practice.',
    followUps: ['Would you make the same choice again?', 'What was hardest about coming back?'],
    parts: {
      line: 'Three parts: a positive reason for studying abroad in one sentence, what training there taught you, and how you have since aligned with US practice.',
      add: 'a positive reason for studying abroad, what it taught you, and how you have aligned with US practice since',
      unchecked:
        'Not checked: whether the reason reads as a considered choice rather than a last resort. Hold your answer against the hint for that.',
    },
    expectsInformatics: true,
    audience: 'us-citizen',
  },
  {
    id: 'unique-perspective-us-citizen-img',
    category: 'img',
    text: 'What perspective do you bring as an American who trained abroad?',
    shows:
      'That you turn the IMG route into breadth: you have seen care with and without mature EHRs and can move between cultures and teams.',
    framework: 'informatics-angle',
    hint: 'Name one contrast between the systems you trained in and what it taught you about workflow or data. Finish with how that helps a program, not only you.',
    followUps: ['Give me an example of that perspective changing a decision you made.'],
    expectsInformatics: true,
    audience: 'us-citizen',
  },
  {
    id: 'prepared-for-us-practice',
    category: 'img',
    text: 'What have you done to get ready for US clinical practice?',
    shows:
      'Concrete steps that close the distance between your training and US standards: USCE, EHR use, guidelines, courses.',
    framework: 'direct',
    hint: 'List what you actually did (months of USCE, which EHR, what you explored beyond notes and orders, any course) and one thing you still plan to do.',
    followUps: ['Which EHR functions have you used yourself?'],
    expectsInformatics: true,
    audience: 'us-citizen',
  },
  {
    id: 'adapt-to-us-system',
    category: 'img',
    text: 'How will you adapt to working in the US health system?',
    shows:
      'A realistic view of what will be new (documentation, billing, team roles, patient expectations) and a track record of adapting quickly.',
    framework: 'star',
    hint: 'Name two things that will be different for you, then tell a short story of a past transition you handled well and what you did to learn fast.',
    followUps: [
      'What has surprised you most about US practice so far?',
      'Who would you go to when you are unsure of a local norm?',
    ],
    expectsInformatics: false,
    audience: 'non-us',
  },
  {
    id: 'home-vs-us-system',
    category: 'img',
    text: 'What differences between your home system and US care have you noticed?',
    shows:
      'Thoughtful comparison without disparaging either system, and the informatics lesson you take from the contrast.',
    framework: 'informatics-angle',
    hint: 'Pick one concrete difference (records, handoffs, ordering, follow-up), describe its effect on patients, and say what it teaches about designing tools. Stay respectful of both settings.',
    followUps: ['Is there anything your home system does better?'],
    expectsInformatics: true,
    audience: 'non-us',
  },
  {
    id: 'why-train-in-us',
    category: 'img',
    text: 'Why do you want to train in the United States?',
    shows:
      'A reason tied to the training itself (formal informatics programs, mature EHR environments, mentors) and a long-term plan you can explain.',
    framework: 'direct',
    hint: 'Tie the answer to what this training offers that you cannot get at home, and give your long-term plan briefly and honestly. Do not make it about visas.',
    followUps: ['What are your plans after training?'],
    expectsInformatics: true,
    audience: 'non-us',
  },
  {
    id: 'us-documentation-norms',
    category: 'img',
    text: 'How have you learned US documentation and EHR conventions?',
    shows:
      'Initiative in learning local norms (notes, orders, billing-relevant documentation) and comfort learning a new EHR quickly.',
    framework: 'star',
    hint: 'Describe what you did on your observership or rotation to learn notes and orders (modules, shadowing, asking for feedback) and how quickly it paid off.',
    followUps: ['What would you do in your first week on an unfamiliar EHR?'],
    expectsInformatics: true,
    audience: 'non-us',
  },
  {
    id: 'cross-cultural-communication',
    category: 'img',
    text: 'Tell me about communicating across a language or cultural barrier.',
    shows:
      'Clear, patient-centred communication, humility, and an eye for how tools and workflows can support diverse users.',
    framework: 'star',
    hint: 'Tell one real encounter: the barrier, what you did (interpreter, teach-back, simpler wording), and the result for the patient. Add what it taught you about designing for different users.',
    followUps: ['How would you make a patient portal work for that patient?'],
    expectsInformatics: true,
    audience: 'non-us',
  },
  {
    id: 'international-training-as-strength',
    category: 'img',
    text: 'How does your international training help you in informatics?',
    shows:
      'That you have seen care with paper, hybrid and electronic records and can turn that contrast into design insight.',
    framework: 'informatics-angle',
    hint: 'Describe a failure you saw in a paper or homegrown system and how a well-designed tool would prevent it. Pair it with evidence that you know the US setting too.',
    followUps: ['Did you take part in any move from paper to electronic records?'],
    expectsInformatics: true,
  },
  {
    // Asked of a member whose clinical years were all (or nearly all) outside the US, with no US
    // residency: programs want to hear how that experience will carry over to US care, its systems,
    // EHRs and team roles (judges of p332, a consultant psychiatrist abroad, found no such question).
    // The plan names the member's specialty in the text (abroadCareText).
    id: 'experience-abroad-to-us-care',
    category: 'img',
    text: 'How will your clinical experience abroad carry over to patient care in the US, with its systems, EHRs and team roles?',
    shows:
      'A concrete view of what transfers (clinical judgement, the patients and conditions you know, leading or working in a team) and what you are learning anew (documentation and ordering in a US EHR, who does what on a US team, consent, billing-relevant notes), with the steps you have already taken.',
    framework: 'three-part',
    hint: 'Name one or two strengths from your practice abroad that carry over as they are, then one or two things that work differently in US care (the EHR, team roles, how decisions are shared with patients) and what you have done to learn them (US clinical time, an EHR course, reading), and end with what your experience of another system lets you notice that others miss.',
    followUps: [
      'What will you find hardest in your first months on a US team?',
      'What did your own system do better, and how would you bring that here respectfully?',
    ],
    expectsInformatics: true,
    presumes: ['clinical-work-abroad'],
  },
];
