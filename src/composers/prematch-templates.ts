/**
 * Pre-match email templates the member fills in, composed from the profile: specialty, country of
 * training, ECFMG status, the visa they need and their strongest informatics item are written in
 * where the profile has them; everything only the member knows is a [bracketed placeholder].
 * Every template, once filled with plausible text, passes the pre-match checker with no findings
 * (tested), so the templates model what the checker asks for.
 */
import type { Profile } from '../core/profile/schema.js';
import { needsVisa } from '../core/profile/derived.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
import type { PrematchKind } from '../rules/prematch-context.js';
import { itemPhrase, rankInformaticsItems } from './informatics-phrase.js';

export const TEMPLATE_KINDS = [
  'eligibility-inquiry',
  'thank-you',
  'program-follow-up',
  'update',
  'top-choice',
  'rank-you-highly',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface PrematchTemplate {
  kind: TemplateKind;
  /** The context kind to check the filled-in email with (`prematch --email … --context …`). */
  checkAs: PrematchKind;
  subject: string;
  body: string;
  notes: string[];
  sources: SourceRef[];
}

/**
 * Every placeholder the templates use, with a plausible filling. The examples double as guidance
 * for the member and as the test fixture that proves filled templates pass the checker.
 */
export const PLACEHOLDER_EXAMPLES: Record<string, string> = {
  '[Program name]': 'Riverside Health',
  "[Program director's surname]": 'Okafor',
  "[Interviewer's surname]": 'Lindqvist',
  '[Surname]': 'Okafor',
  '[interview date]': 'November 12',
  '[Your full name]': 'Amira Haddad',
  '[Current role and institution]': 'Clinical data analyst, Cairo University Hospitals',
  '[your specialty]': 'internal medicine',
  '[country of training]': 'Egypt',
  '[state your ECFMG status, e.g. "and expect ECFMG certification in March"]':
    'and expect ECFMG certification in March',
  '[J-1 or H-1B]': 'J-1',
  '[one specific piece of their work that draws you, e.g. the rollout of their sepsis alert]':
    'the way your team measured alert fatigue after the sepsis alert rollout',
  '[one project or idea the interviewer described]': 'how the team cut duplicate imaging orders with a new order set',
  '[your related project, in a few words]': 'a discharge summary template I redesigned in Cairo',
  '[first feature]': 'fellows holding a seat on the EHR governance committee',
  '[second feature]': 'the data science partnership with the school of public health',
  '[third feature]': 'a named informatics mentor for every fellow',
  '[the news in one sentence, e.g. "our paper on EHR alert overrides was accepted by a peer-reviewed journal"]':
    'our paper on EHR alert overrides was accepted by a peer-reviewed journal',
  '[how it connects to their work]': 'measuring how clinicians respond to decision support',
  '[one specific program feature]': 'the CDS governance rotation',
  '[the feature that decides it for you]': 'the chance to work on the CDS governance committee from the first month',
  '[subject of their message]': 'Following up after your interview',
  '[one thing you valued on the day]': 'the way the fellows present their projects to hospital leadership',
};

const VISA_LABEL = { j1: 'J-1', h1b: 'H-1B', o1: 'O-1' } as const;

interface Facts {
  specialty: string;
  country: string;
  ecfmg: string;
  visa?: string;
  informatics?: string;
  fellowship: boolean;
  trainingNoun: string;
}

function factsOf(p: Profile | undefined): Facts {
  const top = rankInformaticsItems(p?.informatics ?? [])[0];
  // A named visa type wins; a non-US member who has not decided gets a placeholder to choose.
  const named = p?.visa && p.visa in VISA_LABEL ? VISA_LABEL[p.visa as keyof typeof VISA_LABEL] : undefined;
  const visa =
    p?.citizenship === 'us-citizen' ? undefined : (named ?? (p && needsVisa(p) ? '[J-1 or H-1B]' : undefined));
  const fellowship = p?.target !== 'residency-informatics-track';
  return {
    specialty: p?.specialty ?? '[your specialty]',
    country: p?.medSchool?.country ?? '[country of training]',
    ecfmg:
      p?.ecfmgCertified === true
        ? 'and hold ECFMG certification'
        : '[state your ECFMG status, e.g. "and expect ECFMG certification in March"]',
    ...(visa ? { visa } : {}),
    ...(top ? { informatics: itemPhrase(top) } : {}),
    fellowship,
    trainingNoun: fellowship ? 'clinical informatics fellowship' : 'informatics track',
  };
}

const NAME = '[Your full name]';

function eligibilityInquiry(f: Facts): PrematchTemplate {
  const question = f.fellowship
    ? `Could you tell me whether the fellowship considers physicians who completed residency outside the US${f.visa ? `, and whether you are able to sponsor a ${f.visa} visa` : ''}?`
    : `Could you tell me whether the informatics track accepts international medical graduates${f.visa ? ` who need ${f.visa} sponsorship` : ''}?`;
  const work = f.informatics ? ` My current informatics work is ${f.informatics}.` : '';
  return {
    kind: 'eligibility-inquiry',
    checkAs: 'inquiry',
    subject: `Eligibility question - [Program name] ${f.fellowship ? 'Clinical Informatics Fellowship' : 'informatics track'}`,
    body: [
      "Dear Dr. [Program director's surname],",
      '',
      `I completed my training in ${f.specialty} in ${f.country} ${f.ecfmg}. I am looking closely at [Program name] because of [one specific piece of their work that draws you, e.g. the rollout of their sepsis alert].${work}`,
      '',
      `${question} I would like to be sure I meet your requirements before I apply.`,
      '',
      'Thank you for your time.',
      '',
      'Kind regards,',
      `${NAME}, MD${f.ecfmg.startsWith('and hold') ? ', ECFMG-certified' : ''}`,
      '[Current role and institution]',
    ].join('\n'),
    notes: [
      'Write only if the answer is not already on the program website; one clear question per email.',
      'Attach nothing: offer your CV if they ask, and keep personal circumstances for later stages.',
    ],
    sources: [ref('prematch', 'eligibility-inquiry'), ref('prematch', 'early-pitfalls')],
  };
}

function thankYou(f: Facts): PrematchTemplate {
  const mine = f.informatics ?? '[your related project, in a few words]';
  return {
    kind: 'thank-you',
    checkAs: 'thank-you',
    subject: 'Thank you - clinical informatics interview on [interview date]',
    body: [
      "Dear Dr. [Interviewer's surname],",
      '',
      `Thank you for the time you gave me on [interview date]. I keep coming back to our conversation about [one project or idea the interviewer described]; it ties in closely with ${mine}.`,
      '',
      `The day left me even more interested in training at [Program name].`,
      '',
      'With thanks,',
      NAME,
    ].join('\n'),
    notes: [
      'Send within 24-72 hours, one note per interviewer, each with a different detail from your conversation.',
      'Keep it to a few sentences and attach nothing.',
    ],
    sources: [ref('prematch', 'thank-you-notes')],
  };
}

function programFollowUp(f: Facts): PrematchTemplate {
  return {
    kind: 'program-follow-up',
    checkAs: 'thank-you',
    subject: `Thank you for the interview day - ${NAME}`,
    body: [
      "Dear Dr. [Program director's surname],",
      '',
      `Thank you and your team for organising the interview day on [interview date]. Three things stood out to me about [Program name]: [first feature], [second feature] and [third feature].`,
      '',
      `Having seen the ${f.trainingNoun} up close, I would be glad to train and contribute there.`,
      '',
      'Best regards,',
      NAME,
    ].join('\n'),
    notes: [
      'Address it to the program director or coordinator, separately from the interviewer notes.',
      'Do not call the program your top choice here if you may say that to another program.',
    ],
    sources: [ref('prematch', 'program-level-follow-up'), ref('prematch', 'thank-you-notes')],
  };
}

function update(f: Facts): PrematchTemplate {
  const build = f.informatics ? ` It builds on ${f.informatics}.` : '';
  return {
    kind: 'update',
    checkAs: 'update',
    subject: `Application update - ${NAME}, clinical informatics applicant`,
    body: [
      "Dear Dr. [Program director's surname],",
      '',
      `Since we met on [interview date], I have one piece of news to share: [the news in one sentence, e.g. "our paper on EHR alert overrides was accepted by a peer-reviewed journal"].${build}`,
      '',
      `The work deepened my interest in [how it connects to their work], which I would like to pursue at [Program name], particularly through [one specific program feature].`,
      '',
      'Thank you again for your consideration.',
      '',
      'Best regards,',
      NAME,
    ].join('\n'),
    notes: [
      'Send one or two updates at most between interview and rank deadline, each with real news.',
      'Link to the paper or abstract rather than attaching it.',
    ],
    sources: [ref('prematch', 'updates'), ref('prematch', 'how-often-to-write')],
  };
}

function topChoice(f: Facts): PrematchTemplate {
  const why = f.informatics ? `, and it fits the direction of ${f.informatics}` : '';
  return {
    kind: 'top-choice',
    checkAs: 'top-choice',
    subject: `[Program name] - my first choice`,
    body: [
      "Dear Dr. [Program director's surname],",
      '',
      `With my interviews now complete, I want to let you know that [Program name] is my first choice for ${f.fellowship ? 'clinical informatics training' : 'residency'}. What decides it for me is [the feature that decides it for you]${why}.`,
      '',
      'I know that applicants and programs each make their own ranking decisions independently; I simply wanted you to hear this from me.',
      '',
      'Thank you for a memorable interview day.',
      '',
      'Warm regards,',
      NAME,
    ].join('\n'),
    notes: [
      'Send this to one program only, and only if it is true.',
      'Send it once, usually December to January, before the rank list deadline. Promise nothing about your rank list.',
    ],
    sources: [ref('prematch', 'top-choice'), ref('prematch', 'nrmp-rules')],
  };
}

function rankYouHighly(): PrematchTemplate {
  return {
    kind: 'rank-you-highly',
    checkAs: 'other',
    subject: 'Re: [subject of their message]',
    body: [
      'Dear Dr. [Surname],',
      '',
      'Thank you for your kind message; it was very good to hear. I enjoyed meeting the team on [interview date], and [Program name] remains a program I am very interested in, especially [one thing you valued on the day].',
      '',
      'I will finalise my rank list in the coming weeks and hope our paths cross again.',
      '',
      'Best wishes,',
      NAME,
    ].join('\n'),
    notes: [
      'Warm words from a program are encouragement, not a promise: keep your own plan and rank by your own preferences.',
      'You do not have to say how you will rank them, even if asked.',
    ],
    sources: [ref('prematch', 'rank-you-highly'), ref('prematch', 'nrmp-rules')],
  };
}

/** One template, with the profile's facts written in where known. */
export function composePrematchTemplate(kind: TemplateKind, profile?: Profile): PrematchTemplate {
  const f = factsOf(profile);
  switch (kind) {
    case 'eligibility-inquiry':
      return eligibilityInquiry(f);
    case 'thank-you':
      return thankYou(f);
    case 'program-follow-up':
      return programFollowUp(f);
    case 'update':
      return update(f);
    case 'top-choice':
      return topChoice(f);
    case 'rank-you-highly':
      return rankYouHighly();
  }
}

export const isTemplateKind = (s: string): s is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(s);
