/**
 * Pre-match email templates the member fills in, composed from the profile: specialty, country of
 * training, ECFMG status, the visa they need and their strongest informatics item are written in
 * where the profile has them; everything only the member knows is a [bracketed placeholder].
 * Every template, once filled with plausible text, passes the pre-match checker with no findings
 * (tested), so the templates model what the checker asks for.
 *
 * Two promises: the email never puts a claim in the member's mouth that the profile does not
 * support (no "I completed my residency" without a completed residency: an unknown fact becomes a
 * placeholder), and every template names the match whose rules apply to the member's target.
 */
import { humanMonth } from '../core/dates.js';
import { MATCHES, matchForTarget, type MatchInfo } from '../core/match.js';
import type { Profile } from '../core/profile/schema.js';
import { needsVisa } from '../core/profile/derived.js';
import { readResidencies, type ResidencyReading } from '../core/profile/training.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
import type { PrematchKind } from '../rules/prematch-context.js';
import { isUsGraduate } from '../rules/redflag-rules/eligibility.js';
import { RED_FLAG_THRESHOLDS } from '../rules/redflag-thresholds.js';
import { countryName, withArticle } from '../rules/redflag-rules/wording.js';
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
  /** The match whose rules apply (from the target); undefined when the profile has no target. */
  match?: MatchInfo['id'];
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
  '[your training so far, e.g. "I completed my internal medicine residency in Egypt in 2022"]':
    'I completed my internal medicine residency in Egypt in 2022',
  '[state your ECFMG status, e.g. "I expect ECFMG certification in March"]': 'I expect ECFMG certification in March',
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
  /** One true sentence about the member's training, or a placeholder asking for it. */
  training: string;
  /** The member's residency situation, for the eligibility question. */
  residency: 'accepted' | 'acgme-i' | 'abroad' | 'none' | 'unknown';
  /** ECFMG status as a clause; undefined for a US medical graduate, who needs none. */
  ecfmg?: string;
  /** The degree after the signature: DO for a COMLEX-taking US osteopathic graduate, else MD. */
  degree: 'MD' | 'DO';
  visa?: string;
  informatics?: string;
  fellowship: boolean;
  trainingNoun: string;
  match?: MatchInfo;
  /**
   * Graduation year of a residency applicant that long ago (RED_FLAG_THRESHOLDS.graduationNoteFromYears
   * or more): programs may limit years since graduation, which is then worth asking in the inquiry.
   */
  graduatedLongAgo?: string;
}

const TRAINING_PLACEHOLDER =
  '[your training so far, e.g. "I completed my internal medicine residency in Egypt in 2022"]';

/**
 * The residency to speak of: the one fellowships accept first (completed, else in progress), so a
 * member in a US residency after one abroad leads with the US one; then one in progress, a
 * completed one, one left.
 */
function mainResidency(rs: ResidencyReading[]): ResidencyReading | undefined {
  const latest = (xs: ResidencyReading[]) => [...xs].sort((a, b) => (a.residency.from < b.residency.from ? 1 : -1))[0];
  const accepted = rs.filter((r) => r.standing === 'accepted');
  // Without an accepted one, the training under way now leads (with the completed one after it):
  // a member in specialty training abroad is not introduced by their earlier core programme alone.
  return (
    latest(accepted.filter((r) => r.status === 'completed')) ??
    latest(accepted.filter((r) => r.status === 'in-progress')) ??
    latest(rs.filter((r) => r.status === 'in-progress')) ??
    latest(rs.filter((r) => r.status === 'completed')) ??
    latest(rs)
  );
}

/**
 * A sentence the member can sign: built only from what the profile says. Completed → "I completed
 * my X residency in C in YYYY"; in progress → "I am a resident in X in C"; left → "I trained in X
 * in C from … to …"; none → the medical degree only; not given → a placeholder.
 */
function trainingSentence(p: Profile | undefined, today: string): { text: string; residency: Facts['residency'] } {
  const rs = p ? readResidencies(p, today) : undefined;
  if (rs === undefined) return { text: TRAINING_PLACEHOLDER, residency: 'unknown' };
  const r = mainResidency(rs);
  const residency: Facts['residency'] = rs.some((x) => x.standing === 'accepted' && x.status !== 'left')
    ? 'accepted'
    : rs.some((x) => x.standing === 'acgme-i' && x.status !== 'left')
      ? 'acgme-i'
      : rs.length
        ? 'abroad'
        : 'none';
  if (!r) {
    const school = p?.medSchool;
    return {
      text: school
        ? `I earned my medical degree in ${countryName(school.country)} in ${school.graduated.slice(0, 4)}`
        : 'I earned my medical degree [country and year]',
      residency,
    };
  }
  const x = r.residency;
  const where = countryName(x.country);
  if (r.status === 'completed') {
    const end = x.to === 'present' ? '' : ` in ${x.to.slice(0, 4)}`;
    return { text: `I completed my ${x.specialty} residency in ${where}${end}`, residency };
  }
  if (r.status === 'in-progress') {
    // A residency completed earlier elsewhere is part of the story: "..., after completing ...".
    const before = rs
      .filter((o) => o !== r && o.status === 'completed' && o.residency.to !== 'present')
      .sort((a, b) => (a.residency.to < b.residency.to ? 1 : -1))[0];
    const after = before
      ? `, after completing ${withArticle(before.residency.specialty)} residency in ${countryName(before.residency.country)} in ${before.residency.to.slice(0, 4)}`
      : '';
    return {
      text: `I am currently ${withArticle(x.specialty)} resident in ${where} (since ${humanMonth(x.from)})${after}`,
      residency,
    };
  }
  return {
    text: `I trained in ${x.specialty} in ${where} from ${humanMonth(x.from)} to ${humanMonth(x.to)}`,
    residency,
  };
}

function factsOf(p: Profile | undefined, today: string): Facts {
  const top = rankInformaticsItems(p?.informatics ?? [])[0];
  // A named visa type wins; a non-US member who has not decided gets a placeholder to choose.
  // US citizens and permanent residents never get a visa line.
  const named = p?.visa && p.visa in VISA_LABEL ? VISA_LABEL[p.visa as keyof typeof VISA_LABEL] : undefined;
  const visa = p && needsVisa(p) ? (named ?? '[J-1 or H-1B]') : undefined;
  const fellowship = p?.target !== 'residency-informatics-track';
  const training = trainingSentence(p, today);
  const match = matchForTarget(p?.target);
  const usGraduate = !!p && isUsGraduate(p);
  const graduated = p?.medSchool?.graduated;
  const longAgo =
    !fellowship &&
    graduated !== undefined &&
    Number(today.slice(0, 4)) - Number(graduated.slice(0, 4)) >= RED_FLAG_THRESHOLDS.graduationNoteFromYears;
  return {
    ...(longAgo ? { graduatedLongAgo: graduated.slice(0, 4) } : {}),
    training: training.text,
    residency: training.residency,
    ...(usGraduate
      ? {}
      : {
          ecfmg:
            p?.ecfmgCertified === true
              ? 'I hold ECFMG certification'
              : '[state your ECFMG status, e.g. "I expect ECFMG certification in March"]',
        }),
    degree: usGraduate && (p?.exams ?? []).some((e) => e.exam.startsWith('comlex')) ? 'DO' : 'MD',
    ...(visa ? { visa } : {}),
    ...(top ? { informatics: itemPhrase(top) } : {}),
    fellowship,
    trainingNoun: fellowship ? 'clinical informatics fellowship' : 'informatics track',
    ...(match ? { match } : {}),
  };
}

/** The first note of every template: which match's rules apply, named in full. */
function matchNote(f: Facts): string {
  if (!f.match) {
    return `Which rules apply depends on your target: a CI fellowship goes through the ${MATCHES['amia-ci-match'].name}, a residency through the ${MATCHES['nrmp-main'].name}. Add your target to your profile.`;
  }
  return f.match.id === 'nrmp-main'
    ? `This is for the ${f.match.name}: under its rules you may say how interested you are, but neither you nor a program may ask the other for ranking information or a commitment.`
    : `This is for the ${f.match.name}: AMIA publishes no rule on what applicants and programs may say before the match, so follow the NRMP's etiquette: volunteer your interest honestly, never ask how a program will rank you, promise nothing you do not mean.`;
}

const MATCH_SOURCES = [ref('matches', 'which-match'), ref('matches', 'communication-rules')];

const NAME = '[Your full name]';

/** The eligibility question, fitted to the member's residency (asked only where it is a real question). */
function eligibilityQuestion(f: Facts): string {
  // "an H-1B", "an O-1", "a J-1": the article follows the sound of the visa's first letter.
  const visa = f.visa ? `whether you are able to sponsor ${withArticle(f.visa)} visa` : '';
  if (!f.fellowship) {
    // An older graduate's real question is the program's limit on years since graduation.
    const since = f.graduatedLongAgo
      ? `, and whether you set a limit on years since graduation (I graduated in ${f.graduatedLongAgo})`
      : '';
    return `Could you tell me whether the informatics track accepts international medical graduates${f.visa ? ` who need ${f.visa} sponsorship` : ''}${since}?`;
  }
  switch (f.residency) {
    case 'accepted':
      return visa
        ? `Could you tell me ${visa} for the fellowship?`
        : 'Could you tell me whether there is anything in my background you would want to see addressed before I apply?';
    case 'acgme-i':
      return `Could you tell me whether the fellowship accepts applicants from a residency accredited by ACGME International, or would consider me as an exceptionally qualified applicant${visa ? `, and ${visa}` : ''}?`;
    case 'abroad':
      return `Could you tell me whether the fellowship considers applicants whose residency training was outside the US and Canada, as exceptionally qualified applicants${visa ? `, and ${visa}` : ''}?`;
    case 'none':
      return `I understand that fellowships usually require a completed residency; could you tell me whether the program would consider an applicant at my stage${visa ? `, and ${visa}` : ''}?`;
    case 'unknown':
      return `Could you tell me whether my training meets the fellowship's eligibility requirements${visa ? `, and ${visa}` : ''}?`;
  }
}

function eligibilityInquiry(f: Facts): PrematchTemplate {
  const work = f.informatics ? ` My informatics experience includes ${f.informatics}.` : '';
  const certified = f.ecfmg === 'I hold ECFMG certification';
  const ecfmg = f.ecfmg ? `, and ${f.ecfmg}` : '';
  return {
    kind: 'eligibility-inquiry',
    ...(f.match ? { match: f.match.id } : {}),
    checkAs: 'inquiry',
    subject: `Eligibility question - [Program name] ${f.fellowship ? 'Clinical Informatics Fellowship' : 'informatics track'}`,
    body: [
      "Dear Dr. [Program director's surname],",
      '',
      `${f.training}${ecfmg}. I am looking closely at [Program name] because of [one specific piece of their work that draws you, e.g. the rollout of their sepsis alert].${work}`,
      '',
      `${eligibilityQuestion(f)} I would like to be sure I meet your requirements before I apply.`,
      '',
      'Thank you for your time.',
      '',
      'Kind regards,',
      `${NAME}, ${f.degree}${certified ? ', ECFMG-certified' : ''}`,
      '[Current role and institution]',
    ].join('\n'),
    notes: [
      matchNote(f),
      'Write only if the answer is not already on the program website; one clear question per email.',
      'Attach nothing: offer your CV if they ask, and keep personal circumstances for later stages.',
    ],
    sources: [ref('prematch', 'eligibility-inquiry'), ref('prematch', 'early-pitfalls'), ...MATCH_SOURCES],
  };
}

function thankYou(f: Facts): PrematchTemplate {
  const mine = f.informatics ?? '[your related project, in a few words]';
  return {
    kind: 'thank-you',
    ...(f.match ? { match: f.match.id } : {}),
    checkAs: 'thank-you',
    // A residency applicant's interview is a residency interview, even for an informatics track.
    subject: `Thank you - ${f.fellowship ? 'clinical informatics' : 'residency'} interview on [interview date]`,
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
      matchNote(f),
      'Send within 24-72 hours, one note per interviewer, each with a different detail from your conversation.',
      'Keep it to a few sentences and attach nothing.',
    ],
    sources: [ref('prematch', 'thank-you-notes'), ...MATCH_SOURCES],
  };
}

function programFollowUp(f: Facts): PrematchTemplate {
  return {
    kind: 'program-follow-up',
    ...(f.match ? { match: f.match.id } : {}),
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
      matchNote(f),
      'Address it to the program director or coordinator, separately from the interviewer notes.',
      'Do not call the program your top choice here if you may say that to another program.',
    ],
    sources: [ref('prematch', 'program-level-follow-up'), ref('prematch', 'thank-you-notes'), ...MATCH_SOURCES],
  };
}

function update(f: Facts): PrematchTemplate {
  const build = f.informatics ? ` It builds on ${f.informatics}.` : '';
  return {
    kind: 'update',
    ...(f.match ? { match: f.match.id } : {}),
    checkAs: 'update',
    subject: `Application update - ${NAME}, ${f.fellowship ? 'clinical informatics fellowship' : 'residency'} applicant`,
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
      matchNote(f),
      `Send one or two updates at most between interview and ${f.match?.id === 'amia-ci-match' ? 'the AMIA commit deadline' : f.match?.id === 'nrmp-main' ? 'the NRMP rank order list deadline' : 'the rank deadline'}, each with real news.`,
      'Link to the paper or abstract rather than attaching it.',
    ],
    sources: [ref('prematch', 'updates'), ref('prematch', 'how-often-to-write'), ...MATCH_SOURCES],
  };
}

function topChoice(f: Facts): PrematchTemplate {
  const why = f.informatics ? `, and it fits the direction of ${f.informatics}` : '';
  return {
    kind: 'top-choice',
    ...(f.match ? { match: f.match.id } : {}),
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
      matchNote(f),
      'Send this to one program only, and only if it is true.',
      f.match?.id === 'amia-ci-match'
        ? 'Send it once, after your interviews and before the AMIA commit deadline (typically early December). Promise nothing about your list.'
        : f.match?.id === 'nrmp-main'
          ? 'Send it once, usually December to February, before the NRMP rank order list deadline. Promise nothing about your rank list.'
          : 'Send it once, before your match’s deadline (the AMIA commit deadline in early December for a CI fellowship, the NRMP rank list deadline in late February for a residency). Promise nothing about your list.',
    ],
    sources: [ref('prematch', 'top-choice'), ref('prematch', 'nrmp-rules'), ...MATCH_SOURCES],
  };
}

function rankYouHighly(f: Facts): PrematchTemplate {
  return {
    kind: 'rank-you-highly',
    ...(f.match ? { match: f.match.id } : {}),
    checkAs: 'other',
    subject: 'Re: [subject of their message]',
    body: [
      'Dear Dr. [Surname],',
      '',
      'Thank you for your kind message; it was very good to hear. I enjoyed meeting the team on [interview date], and [Program name] remains a program I am very interested in, especially [one thing you valued on the day].',
      '',
      `I will finalise my ${f.match?.id === 'amia-ci-match' ? 'preferences in the match' : 'rank list'} in the coming weeks and hope our paths cross again.`,
      '',
      'Best wishes,',
      NAME,
    ].join('\n'),
    notes: [
      matchNote(f),
      'Warm words from a program are encouragement, not a promise: keep your own plan and rank by your own preferences.',
      'You do not have to say how you will rank them, even if asked: a polite thank-you without a ranking is the right answer.',
    ],
    sources: [ref('prematch', 'rank-you-highly'), ref('prematch', 'nrmp-rules'), ...MATCH_SOURCES],
  };
}

/** One template, with the profile's facts written in where known (`today` dates the residency facts). */
export function composePrematchTemplate(
  kind: TemplateKind,
  profile: Profile | undefined,
  today: string,
): PrematchTemplate {
  const f = factsOf(profile, today);
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
      return rankYouHighly(f);
  }
}

export const isTemplateKind = (s: string): s is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(s);
