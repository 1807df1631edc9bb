/**
 * Member profile v1, exactly as shared/contract/README.md fixes it. Strict objects everywhere:
 * an unknown key (a typo such as `gradutionYear`) is an error naming the key, because silently
 * dropping it could change a verdict.
 */
import { z } from 'zod';
import { isDay, isMonth } from '../dates.js';

/** Limits that keep a hostile or broken file from becoming a 1 MB string in a Discord embed. */
export const LIMITS = {
  shortText: 200, // names, titles, countries
  note: 1000, // free-text notes
  listItems: 100, // entries per list
} as const;

const shortText = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
const note = z.string().max(LIMITS.note);

export const month = z.string().superRefine((val, ctx) => {
  if (!isMonth(val)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(val)} is not a month (YYYY-MM)` });
});

export const day = z.string().superRefine((val, ctx) => {
  if (!isDay(val)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(val)} is not a date (YYYY-MM-DD)` });
});

/** A period end: a month or "present". */
const monthOrPresent = z.string().superRefine((val, ctx) => {
  if (val !== 'present' && !isMonth(val)) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(val)} is not a month (YYYY-MM) or "present"` });
  }
});

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

export const CITIZENSHIP = ['us-citizen', 'us-permanent-resident', 'non-us'] as const;
export const VISA = ['not-needed', 'j1', 'h1b', 'o1', 'undecided'] as const;
export const TARGET = ['ci-fellowship', 'residency-informatics-track'] as const;
export const EXAM = ['step1', 'step2ck', 'step3', 'comlex1', 'comlex2', 'comlex3', 'oet'] as const;
export const EXAM_RESULT = ['pass', 'fail'] as const;
export const ACTIVITY = [
  'clinical',
  'us-clinical',
  'observership',
  'research',
  'informatics',
  'education',
  'exam-prep',
  'personal',
  'non-clinical-work',
  'none',
] as const;
export const USCE_KIND = ['observership', 'externship', 'elective', 'sub-internship', 'residency', 'research'] as const;
export const INFORMATICS_KIND = [
  'project',
  'course',
  'certificate',
  'degree',
  'research',
  'publication',
  'job',
] as const;
export const PROFESSIONALISM_KIND = ['report', 'probation', 'dismissal', 'resignation'] as const;
export const LETTER_ROLE = [
  'attending',
  'program-director',
  'informatics-faculty',
  'cmio',
  'research-supervisor',
  'qi-lead',
  'department-chair',
  'non-physician-supervisor',
  'family-friend',
  'other',
] as const;
export const LETTER_SETTING = ['us', 'abroad'] as const;
export const ACCREDITATION = ['acgme', 'acgme-i', 'rcpsc', 'cfpc', 'other'] as const;
export const BOARD = ['abms', 'aoa', 'rcpsc', 'cfpc', 'other'] as const;

export const examAttemptSchema = z.strictObject({
  exam: z.enum(EXAM),
  date: month,
  result: z.enum(EXAM_RESULT),
  score: z.number().finite().min(0).max(1000).optional(),
});

export const timelineEntrySchema = z.strictObject({
  from: month,
  to: monthOrPresent,
  activity: z.enum(ACTIVITY),
  note: note.optional(),
});

/** A residency program started anywhere; `to` may be "present" (still in training). */
export const residencySchema = z.strictObject({
  country: shortText,
  specialty: shortText,
  from: month,
  to: monthOrPresent,
  completed: z.boolean(),
  accreditation: z.enum(ACCREDITATION).optional(),
});

/** A primary board certification held (`other` = a home-country board). */
export const boardCertificationSchema = z.strictObject({
  board: z.enum(BOARD),
  specialty: shortText,
});

export const usceSchema = z.strictObject({
  kind: z.enum(USCE_KIND),
  months: z.number().finite().min(0).max(120),
  ehr: shortText.optional(),
  handsOn: z.boolean().optional(),
});

export const informaticsSchema = z.strictObject({
  kind: z.enum(INFORMATICS_KIND),
  title: shortText,
  outcome: note.optional(),
});

export const professionalismSchema = z.strictObject({
  kind: z.enum(PROFESSIONALISM_KIND),
  date: month,
  remediated: z.boolean().optional(),
  note: note.optional(),
});

export const letterSchema = z.strictObject({
  writer: shortText,
  role: z.enum(LETTER_ROLE),
  setting: z.enum(LETTER_SETTING),
  physician: z.boolean(),
  informatics: z.boolean(),
  directObservation: z.boolean(),
  year: z.number().int().min(1950).max(2200),
  language: z.string().trim().min(2).max(35).optional(),
  mentionsProfessionalism: z.boolean().optional(),
  asked: day.optional(),
});

export const profileSchema = z.strictObject({
  version: z.literal(1),
  citizenship: z.enum(CITIZENSHIP).optional(),
  visa: z.enum(VISA).optional(),
  target: z.enum(TARGET).optional(),
  specialty: shortText.optional(),
  medSchool: z
    .strictObject({
      country: shortText,
      graduated: month,
    })
    .optional(),
  ecfmgCertified: z.boolean().optional(),
  exams: list(examAttemptSchema).optional(),
  timeline: list(timelineEntrySchema).optional(),
  residencies: list(residencySchema).optional(),
  boardCertification: list(boardCertificationSchema).optional(),
  usce: list(usceSchema).optional(),
  informatics: list(informaticsSchema).optional(),
  matchAttempts: z.number().int().min(0).max(50).optional(),
  professionalism: list(professionalismSchema).optional(),
  letters: list(letterSchema).optional(),
  deadline: day.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ExamAttempt = z.infer<typeof examAttemptSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Residency = z.infer<typeof residencySchema>;
export type BoardCertification = z.infer<typeof boardCertificationSchema>;
export type Usce = z.infer<typeof usceSchema>;
export type InformaticsItem = z.infer<typeof informaticsSchema>;
export type ProfessionalismEntry = z.infer<typeof professionalismSchema>;
export type Letter = z.infer<typeof letterSchema>;
export type Activity = (typeof ACTIVITY)[number];
export type ExamName = (typeof EXAM)[number];
