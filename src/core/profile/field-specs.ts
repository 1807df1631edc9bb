/**
 * One description of every profile field a member can fill in: the member's name for it, the form
 * label, how to read what they type, and the options of enum fields. The setup flow, /profile edit
 * and the summary all read this registry, so a field is named and parsed the same way everywhere.
 */
import { writerAndRemark, type WriterReading } from './writer-name.js';
import { EXAM_LABEL } from './derived.js';
import {
  compact,
  parseDay,
  specialtyAndRemark,
  specialtyName,
  trainingKindOf,
  parseEnum,
  parseInteger,
  parseMonth,
  parseMonthOrPresent,
  parseNumber,
  parseYesNo,
  quote,
  type EnumChoice,
} from './friendly.js';
import { err, ok, type Result } from '../result.js';
import { notACountry, readCountry } from './country.js';
import { residencyEndAnswer } from './expected-end.js';
import { isEstimate } from './hedged-date.js';
import { hedgeMessage, hedgeOf } from './hedge.js';
import {
  ACCREDITATION,
  ACTIVITY,
  BOARD,
  CITIZENSHIP,
  EXAM,
  EXAM_RESULT,
  INFORMATICS_KIND,
  LETTER_ROLE,
  LETTER_SETTING,
  LIMITS,
  PROFESSIONALISM_KIND,
  TARGET,
  USCE_KIND,
  VISA,
  type BoardCertification,
  type ExamAttempt,
  type InformaticsItem,
  type Letter,
  type ProfessionalismEntry,
  type Residency,
  type TimelineEntry,
  type Usce,
} from './schema.js';

/** Discord's limits, which the registry and the setup flow are tested against. */
export const FORM_LIMITS = {
  modalTitle: 45,
  modalFields: 5,
  label: 45,
  placeholder: 100,
  inputValue: 4000,
  selectOptions: 25,
  optionText: 100,
  selectPlaceholder: 150,
  autocompleteChoices: 25,
  choiceText: 100,
} as const;

export type FieldKind =
  'enum' | 'month' | 'month-or-present' | 'day' | 'yes-no' | 'integer' | 'number' | 'months' | 'text' | 'note';

export interface FieldOption extends EnumChoice {
  description?: string;
}

export interface FieldSpec {
  /** The member's word for the field, used in messages ("Graduation month: …"). */
  name: string;
  /** Form label (at most 45 characters). */
  label: string;
  kind: FieldKind;
  /** Required by the schema whenever the object holding it exists. */
  required: boolean;
  /** Hint shown in an empty input (at most 100 characters). */
  placeholder: string;
  /** Longest text the input takes. */
  maxLength: number;
  options?: readonly FieldOption[];
  /** Extra spellings, keyed by their compact form (see friendly.ts `compact`). */
  aliases?: Readonly<Record<string, string>>;
  /**
   * For a board, an accreditation or where a letter writer worked with the member: a country typed
   * instead of a choice ("India", "NMC India", "Nigeria") names the choice for outside the US
   * (`elsewhere`, by default `other`), the US its US choice; `hint` says so when nothing reads.
   */
  byCountry?: { us: string; elsewhere?: string; hint: string };
  min?: number;
  max?: number;
  /** Shortest text accepted (text fields). */
  minLength?: number;
}

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>): FieldOption[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** Options with a line of help under some of them (shown under the choice in Discord's menu). */
const described = (options: FieldOption[], help: Readonly<Record<string, string>>): FieldOption[] =>
  options.map((o) => {
    const description = help[o.value];
    return description ? { ...o, description } : o;
  });

export const YES_NO_OPTIONS: readonly FieldOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const OPTIONS = {
  citizenship: opts(CITIZENSHIP, {
    'us-citizen': 'US citizen',
    'us-permanent-resident': 'US permanent resident (green card)',
    'non-us': 'Not a US citizen or permanent resident',
  }),
  visa: described(
    opts(VISA, {
      'not-needed': 'No visa needed',
      j1: 'J-1',
      h1b: 'H-1B',
      o1: 'O-1',
      undecided: 'Not sure yet',
    }),
    {
      'not-needed': 'US citizen, green card, or an EAD in hand (e.g. H-4 EAD) that covers training',
      undecided: 'Also while an EAD or green card is still pending',
    },
  ),
  target: opts(TARGET, {
    'ci-fellowship': 'Clinical informatics fellowship',
    'residency-informatics-track': 'Residency with an informatics track',
  }),
  exam: opts(EXAM, EXAM_LABEL),
  result: opts(EXAM_RESULT, { pass: 'Passed', fail: 'Did not pass' }),
  activity: opts(ACTIVITY, {
    clinical: 'Clinical work outside the US',
    'us-clinical': 'US clinical work (hands-on)',
    observership: 'Observership (observing, no patient care)',
    research: 'Research',
    informatics: 'Informatics',
    education: 'Education or teaching',
    'exam-prep': 'Exam preparation',
    personal: 'Personal or family time',
    'non-clinical-work': 'Non-clinical work',
    none: 'No activity',
  }),
  usceKind: opts(USCE_KIND, {
    observership: 'Observership',
    externship: 'Externship',
    elective: 'Elective',
    'sub-internship': 'Sub-internship',
    residency: 'Residency',
    research: 'Research',
  }),
  informaticsKind: opts(INFORMATICS_KIND, {
    project: 'Project',
    course: 'Course',
    certificate: 'Certificate',
    degree: 'Degree',
    research: 'Research',
    publication: 'Publication',
    job: 'Job',
  }),
  professionalismKind: opts(PROFESSIONALISM_KIND, {
    report: 'A report or complaint',
    probation: 'Probation',
    dismissal: 'Dismissal',
    resignation: 'Resignation',
  }),
  role: opts(LETTER_ROLE, {
    attending: 'Attending / consultant',
    'program-director': 'Residency program director',
    'informatics-faculty': 'Informatics faculty',
    cmio: 'CMIO',
    'research-supervisor': 'Research supervisor',
    'qi-lead': 'QI lead',
    'department-chair': 'Department chair',
    'non-physician-supervisor': 'Non-physician supervisor',
    'family-friend': 'Family friend',
    other: 'Other',
  }),
  setting: opts(LETTER_SETTING, { us: 'In the US', abroad: 'Outside the US' }),
  accreditation: opts(ACCREDITATION, {
    acgme: 'ACGME (a US program)',
    'acgme-i': 'ACGME International',
    rcpsc: 'Royal College of Canada (RCPSC)',
    cfpc: 'College of Family Physicians of Canada',
    other: 'Other (e.g. a home-country program)',
  }),
  board: opts(BOARD, {
    abms: 'An ABMS member board (US)',
    aoa: 'AOA (US osteopathic)',
    rcpsc: 'Royal College of Canada (RCPSC)',
    cfpc: 'College of Family Physicians of Canada',
    other: 'Another board (e.g. home country)',
  }),
} as const;

/** The label of an enum value (the value itself when unknown). */
export function optionLabel(options: readonly FieldOption[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

const enumField = (
  name: string,
  label: string,
  options: readonly FieldOption[],
  required: boolean,
  aliases: Record<string, string> = {},
  placeholder = options.map((o) => o.label).join(', '),
  byCountry?: FieldSpec['byCountry'],
): FieldSpec => ({
  name,
  label,
  kind: 'enum',
  required,
  placeholder,
  maxLength: 60,
  options,
  aliases,
  ...(byCountry ? { byCountry } : {}),
});

const textField = (name: string, label: string, required: boolean, placeholder: string): FieldSpec => ({
  name,
  label,
  kind: 'text',
  required,
  placeholder,
  maxLength: LIMITS.shortText,
});

const noteField = (name: string, label: string, placeholder: string): FieldSpec => ({
  name,
  label,
  kind: 'note',
  required: false,
  placeholder,
  maxLength: LIMITS.note,
});

const monthField = (name: string, label: string, required: boolean, placeholder: string): FieldSpec => ({
  name,
  label,
  kind: 'month',
  required,
  placeholder,
  maxLength: 20,
});

const yesNoField = (name: string, label: string, required: boolean): FieldSpec => ({
  name,
  label,
  kind: 'yes-no',
  required,
  placeholder: 'yes or no',
  maxLength: 5,
  options: YES_NO_OPTIONS,
});

const dayField = (name: string, label: string, placeholder: string): FieldSpec => ({
  name,
  label,
  kind: 'day',
  required: false,
  placeholder,
  maxLength: 30,
});

/** Fields at the top of the profile (and inside medSchool), by path. */
export const TOP_FIELDS = {
  citizenship: enumField('Citizenship', 'Citizenship', OPTIONS.citizenship, false, {
    usc: 'us-citizen',
    citizen: 'us-citizen',
    uscitizenship: 'us-citizen',
    greencard: 'us-permanent-resident',
    greencardholder: 'us-permanent-resident',
    ihaveagreencard: 'us-permanent-resident',
    gcholder: 'us-permanent-resident',
    lawfulpermanentresident: 'us-permanent-resident',
    gc: 'us-permanent-resident',
    lpr: 'us-permanent-resident',
    pr: 'us-permanent-resident',
    permanentresident: 'us-permanent-resident',
    international: 'non-us',
    foreign: 'non-us',
    foreigner: 'non-us',
    noncitizen: 'non-us',
    nonuscitizen: 'non-us',
  }),
  visa: enumField('Visa', 'Visa you would need for training', OPTIONS.visa, false, {
    none: 'not-needed',
    no: 'not-needed',
    na: 'not-needed',
    notrequired: 'not-needed',
    noneneeded: 'not-needed',
    j: 'j1',
    h1: 'h1b',
    h: 'h1b',
    o: 'o1',
    unsure: 'undecided',
    notsure: 'undecided',
    dontknow: 'undecided',
    idk: 'undecided',
  }),
  target: enumField('Applying to', 'What you are applying to', OPTIONS.target, false, {
    ci: 'ci-fellowship',
    cif: 'ci-fellowship',
    cifellowship: 'ci-fellowship',
    fellowship: 'ci-fellowship',
    informaticsfellowship: 'ci-fellowship',
    residency: 'residency-informatics-track',
    track: 'residency-informatics-track',
    informaticstrack: 'residency-informatics-track',
    residencytrack: 'residency-informatics-track',
  }),
  // One field, two meanings by target: a fellowship builds on the member's own specialty, a
  // residency is in the specialty applied to (an anaesthetist applying to internal medicine was
  // read as applying to anaesthesiology residencies).
  specialty: textField(
    'Specialty',
    'Specialty (residency: the one you apply to)',
    false,
    'fellowship: your own specialty; residency: the one you apply to, e.g. internal medicine',
  ),
  'medSchool.country': textField('Medical school country', 'Country of your medical school', true, 'e.g. Egypt'),
  'medSchool.graduated': monthField('Graduation month', 'Graduation month (YYYY-MM)', true, 'e.g. 2018-07 or Jul 2018'),
  ecfmgCertified: yesNoField('ECFMG certified', 'ECFMG certified? (yes/no)', false),
  matchAttempts: {
    name: 'Previous Match attempts',
    label: 'Earlier cycles you did not match (0 if none)',
    kind: 'integer',
    required: false,
    placeholder: 'Match or fellowship cycles with no place; a cycle you matched in is not one, e.g. 1',
    maxLength: 10,
    min: 0,
    max: 50,
  },
  deadline: dayField('Application deadline', 'Application deadline (YYYY-MM-DD)', 'e.g. 2027-01-15'),
} satisfies Record<string, FieldSpec>;

export type TopPath = keyof typeof TOP_FIELDS;

/** A list in the profile, its member-facing item name and its item fields. */
export interface ListSpec<T> {
  /** "exam attempt": used as "Exam attempt 2" and "3 exam attempts". */
  item: string;
  plural: string;
  fields: { [K in keyof Required<T>]: FieldSpec };
}

export const LIST_FIELDS = {
  exams: {
    item: 'exam attempt',
    plural: 'exam attempts',
    fields: {
      exam: enumField(
        'Exam',
        'Exam (e.g. Step 1, Step 2 CK, OET)',
        OPTIONS.exam,
        true,
        {
          usmlestep1: 'step1',
          s1: 'step1',
          usmle1: 'step1',
          step2: 'step2ck',
          ck: 'step2ck',
          '2ck': 'step2ck',
          s2: 'step2ck',
          s2ck: 'step2ck',
          usmlestep2: 'step2ck',
          usmlestep2ck: 'step2ck',
          usmle2: 'step2ck',
          usmlestep3: 'step3',
          s3: 'step3',
          usmle3: 'step3',
          level1: 'comlex1',
          comlexlevel1: 'comlex1',
          level2: 'comlex2',
          comlexlevel2: 'comlex2',
          comlex2ce: 'comlex2',
          comlexlevel2ce: 'comlex2',
          level3: 'comlex3',
          comlexlevel3: 'comlex3',
          occupationalenglishtest: 'oet',
        },
        'Step 1, Step 2 CK, Step 3, COMLEX 1-3 or OET',
      ),
      date: monthField('Month taken', 'Month taken (YYYY-MM)', true, 'e.g. 2019-06 or Jun 2019'),
      result: enumField('Result', 'Result (pass or fail)', OPTIONS.result, true, {
        p: 'pass',
        passed: 'pass',
        f: 'fail',
        failed: 'fail',
        notpassed: 'fail',
      }),
      score: {
        name: 'Score',
        label: 'Score, if the exam gives one',
        kind: 'number',
        required: false,
        placeholder: 'e.g. 247; leave empty for pass/fail exams',
        maxLength: 10,
        min: 0,
        max: 1000,
      },
    },
  } satisfies ListSpec<ExamAttempt>,
  timeline: {
    item: 'period',
    plural: 'periods',
    fields: {
      from: monthField('From', 'From (YYYY-MM)', true, 'e.g. 2018-08 or Aug 2018'),
      to: {
        name: 'To',
        label: 'To (YYYY-MM or present)',
        kind: 'month-or-present',
        required: true,
        placeholder: 'e.g. 2019-11, or present if you still do this',
        maxLength: 20,
      },
      activity: enumField(
        'Activity',
        'What you did (clinical, research, ...)',
        OPTIONS.activity,
        true,
        {
          clinicalabroad: 'clinical',
          obs: 'observership',
          observing: 'observership',
          shadowing: 'observership',
          clinicalwork: 'clinical',
          usce: 'us-clinical',
          usclinicalwork: 'us-clinical',
          usresidency: 'us-clinical',
          residencyinus: 'us-clinical',
          residencyintheus: 'us-clinical',
          studying: 'exam-prep',
          prep: 'exam-prep',
          usmle: 'exam-prep',
          usmleprep: 'exam-prep',
          usmlepreparation: 'exam-prep',
          teaching: 'education',
          family: 'personal',
          parentalleave: 'personal',
          maternityleave: 'personal',
          illness: 'personal',
          job: 'non-clinical-work',
          work: 'non-clinical-work',
          nonclinical: 'non-clinical-work',
          nothing: 'none',
          gap: 'none',
          unemployed: 'none',
          break: 'none',
        },
        'clinical, us-clinical, observership, research, informatics, education, exam-prep, personal, job…',
      ),
      note: noteField('Note', 'A few words about it (optional)', 'e.g. internal medicine residency, Cairo'),
    },
  } satisfies ListSpec<TimelineEntry>,
  residencies: {
    item: 'residency',
    plural: 'residencies',
    fields: {
      country: textField('Country', 'Country of the residency', true, 'e.g. Egypt, or United States'),
      specialty: textField('Specialty', 'Specialty of the residency', true, 'e.g. internal medicine'),
      from: monthField('Started', 'Started (YYYY-MM)', true, 'e.g. 2019-12 or Dec 2019'),
      to: {
        name: 'Ended',
        label: 'Ended (YYYY-MM; still in it: expected end)',
        kind: 'month-or-present',
        required: true,
        placeholder: 'e.g. 2022-06; still in it: 2028-06 or present',
        maxLength: 60,
      },
      completed: yesNoField('Completed', 'Completed? (yes/no)', true),
      accreditation: enumField(
        'Accredited by',
        'Accredited by',
        OPTIONS.accreditation,
        false,
        {
          us: 'acgme',
          usa: 'acgme',
          acgmeinternational: 'acgme-i',
          acgmei: 'acgme-i',
          royalcollege: 'rcpsc',
          frcpc: 'rcpsc',
          canada: 'rcpsc',
          ccfp: 'cfpc',
          home: 'other',
          homecountry: 'other',
          national: 'other',
          none: 'other',
        },
        'acgme, acgme-i, rcpsc, cfpc or other',
        {
          us: 'acgme',
          hint: 'A program in your own country counts as Other: type the country (e.g. "India") or "other"',
        },
      ),
    },
  } satisfies ListSpec<Residency>,
  boardCertification: {
    item: 'board certification',
    plural: 'board certifications',
    fields: {
      board: enumField(
        'Board',
        'Certifying board',
        OPTIONS.board,
        true,
        {
          abim: 'abms',
          abfm: 'abms',
          abp: 'abms',
          abem: 'abms',
          americanboard: 'abms',
          us: 'abms',
          osteopathic: 'aoa',
          royalcollege: 'rcpsc',
          frcpc: 'rcpsc',
          ccfp: 'cfpc',
          home: 'other',
          homecountry: 'other',
          national: 'other',
        },
        'abms, aoa, rcpsc, cfpc or other',
        {
          us: 'abms',
          hint: 'A board or licence from your own country counts as Another board: type the country (e.g. "India" or "NMC India") or "other"',
        },
      ),
      specialty: textField('Specialty', 'Specialty certified in', true, 'e.g. internal medicine'),
    },
  } satisfies ListSpec<BoardCertification>,
  usce: {
    item: 'US clinical experience',
    plural: 'US clinical experiences',
    fields: {
      kind: enumField('Kind', 'Kind (observership, externship, ...)', OPTIONS.usceKind, true, {
        obs: 'observership',
        subi: 'sub-internship',
        ai: 'sub-internship',
        actinginternship: 'sub-internship',
        extern: 'externship',
      }),
      months: {
        name: 'Months',
        label: 'How many months (or weeks, e.g. 8 weeks)',
        kind: 'months',
        required: true,
        placeholder: 'e.g. 2',
        maxLength: 20,
        min: 0,
        max: 120,
      },
      ehr: textField('EHR', 'EHR you used, if any (e.g. Epic)', false, 'e.g. Epic, Cerner, Meditech'),
      handsOn: yesNoField('Hands-on EHR use', 'Did you use the EHR hands-on? (yes/no)', false),
    },
  } satisfies ListSpec<Usce>,
  informatics: {
    item: 'informatics item',
    plural: 'informatics items',
    fields: {
      kind: enumField('Kind', 'Kind (project, course, job, ...)', OPTIONS.informaticsKind, true, {
        cert: 'certificate',
        certification: 'certificate',
        paper: 'publication',
        article: 'publication',
        poster: 'publication',
        abstract: 'publication',
        class: 'course',
        mooc: 'course',
        training: 'course',
        masters: 'degree',
        msc: 'degree',
        mph: 'degree',
        work: 'job',
        position: 'job',
        qi: 'project',
        qiproject: 'project',
      }),
      title: textField('Title', 'Title or short description', true, 'e.g. Sepsis dashboard for the quality team'),
      outcome: noteField('Outcome', 'Outcome or result (optional)', 'e.g. time to antibiotics now reported weekly'),
    },
  } satisfies ListSpec<InformaticsItem>,
  professionalism: {
    item: 'professionalism entry',
    plural: 'professionalism entries',
    fields: {
      kind: enumField('What happened', 'What happened (report, probation, ...)', OPTIONS.professionalismKind, true, {
        complaint: 'report',
        incident: 'report',
        warning: 'report',
        // What a residency's file usually calls it.
        note: 'report',
        concern: 'report',
        lapse: 'report',
        reprimand: 'report',
        professionalism: 'report',
        professionalismnote: 'report',
        professionalismconcern: 'report',
        letterofconcern: 'report',
        dismissed: 'dismissal',
        terminated: 'dismissal',
        termination: 'dismissal',
        fired: 'dismissal',
        resigned: 'resignation',
      }),
      date: monthField('When', 'When (YYYY-MM)', true, 'e.g. 2021-03'),
      remediated: yesNoField('Resolved', 'Resolved or remediated? (yes/no)', false),
      note: noteField('Note', 'What you learned or changed (optional)', 'only what you are comfortable sharing'),
    },
  } satisfies ListSpec<ProfessionalismEntry>,
  letters: {
    item: 'letter writer',
    plural: 'letter writers',
    fields: {
      writer: textField('Writer', "Writer's name (e.g. Dr. Lee)", true, 'e.g. Dr. Lee'),
      role: enumField(
        'Role',
        "Writer's role",
        OPTIONS.role,
        true,
        {
          consultant: 'attending',
          attendingphysician: 'attending',
          chair: 'department-chair',
          hod: 'department-chair',
          headofdepartment: 'department-chair',
          pi: 'research-supervisor',
          researchmentor: 'research-supervisor',
          qualitylead: 'qi-lead',
          chiefmedicalinformationofficer: 'cmio',
          // The physician who runs the member's clinic or service: the one who sees their clinical work.
          medicaldirector: 'attending',
          clinicaldirector: 'attending',
          clinicdirector: 'attending',
          pd: 'program-director',
          programdirector: 'program-director',
          residencyprogramdirector: 'program-director',
          supervisor: 'non-physician-supervisor',
          manager: 'non-physician-supervisor',
          friend: 'family-friend',
        },
        'e.g. attending, informatics-faculty, cmio, qi-lead, department-chair, other',
      ),
      setting: enumField(
        'Where',
        'Where you worked together',
        OPTIONS.setting,
        true,
        {
          usa: 'us',
          unitedstates: 'us',
          america: 'us',
          outsideus: 'abroad',
          overseas: 'abroad',
          international: 'abroad',
          homecountry: 'abroad',
        },
        undefined,
        // "Nigeria" typed for where the writer worked with the member (a newcomer was refused it).
        { us: 'us', elsewhere: 'abroad', hint: 'Type US, or the country where you worked together (e.g. "Nigeria")' },
      ),
      physician: yesNoField('Physician', 'Is the writer a physician? (yes/no)', true),
      informatics: yesNoField('Informatics', 'Can speak to your informatics work? (yes/no)', true),
      directObservation: yesNoField('Direct observation', 'Saw your work first-hand? (yes/no)', true),
      year: {
        name: 'Year',
        label: 'Year you last worked together',
        kind: 'integer',
        required: true,
        placeholder: 'e.g. 2024',
        maxLength: 4,
        min: 1950,
        max: 2200,
      },
      language: {
        name: 'Language',
        label: 'Letter language, if not English',
        kind: 'text',
        required: false,
        placeholder: 'e.g. en, fr, Arabic',
        maxLength: 35,
        minLength: 2,
      },
      mentionsProfessionalism: yesNoField(
        'Mentions professionalism',
        'Will it mention professionalism? (yes/no)',
        false,
      ),
      asked: dayField('Asked on', 'Date you asked or will ask (YYYY-MM-DD)', 'e.g. 2026-09-01'),
    },
  } satisfies ListSpec<Letter>,
} as const;

export type ListKey = keyof typeof LIST_FIELDS;
export const LIST_KEYS = Object.keys(LIST_FIELDS) as ListKey[];

/** `exams[2].date` → { list: 'exams', index: 2, key: 'date' }; top paths → { top }. */
export type ParsedPath =
  | { type: 'top'; path: TopPath; spec: FieldSpec }
  | { type: 'medSchool' }
  | { type: 'list'; list: ListKey }
  | { type: 'item'; list: ListKey; index: number }
  | { type: 'itemField'; list: ListKey; index: number; key: string; spec: FieldSpec };

const PATH_RE = /^([A-Za-z]+)(?:\.([A-Za-z]+))?(?:\[(\d+)\](?:\.([A-Za-z]+))?)?$/;

const ci = <T extends string>(keys: readonly T[], k: string): T | undefined =>
  keys.find((x) => x.toLowerCase() === k.toLowerCase());

/** Resolve a field path (case-insensitive) to its spec; undefined when it names no field. */
export function parsePath(raw: string): ParsedPath | undefined {
  const m = PATH_RE.exec(raw.trim());
  if (!m) return undefined;
  const [, head = '', sub, index, itemKey] = m;
  if (index === undefined) {
    const top = ci(Object.keys(TOP_FIELDS) as TopPath[], sub ? `${head}.${sub}` : head);
    if (top) return { type: 'top', path: top, spec: TOP_FIELDS[top] };
    if (!sub && head.toLowerCase() === 'medschool') return { type: 'medSchool' };
    const list = sub ? undefined : ci(LIST_KEYS, head);
    return list ? { type: 'list', list } : undefined;
  }
  const list = sub ? undefined : ci(LIST_KEYS, head);
  if (!list) return undefined;
  const i = Number(index);
  if (itemKey === undefined) return { type: 'item', list, index: i };
  const fields = LIST_FIELDS[list].fields as Record<string, FieldSpec>;
  const key = ci(Object.keys(fields), itemKey);
  const spec = key ? fields[key] : undefined;
  return key && spec ? { type: 'itemField', list, index: i, key, spec } : undefined;
}

export function canonicalPath(p: ParsedPath): string {
  switch (p.type) {
    case 'top':
      return p.path;
    case 'medSchool':
      return 'medSchool';
    case 'list':
      return p.list;
    case 'item':
      return `${p.list}[${p.index}]`;
    case 'itemField':
      return `${p.list}[${p.index}].${p.key}`;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A member-facing name for a path: "Graduation month", "Exam attempt 3, month taken". */
export function pathName(path: string): string | undefined {
  const p = parsePath(path);
  if (!p) return undefined;
  switch (p.type) {
    case 'top':
      return p.spec.name;
    case 'medSchool':
      return 'Medical school';
    case 'list':
      return capital(LIST_FIELDS[p.list].plural);
    case 'item':
      return `${capital(LIST_FIELDS[p.list].item)} ${p.index + 1}`;
    case 'itemField':
      return `${capital(LIST_FIELDS[p.list].item)} ${p.index + 1}, ${p.spec.name.toLowerCase()}`;
  }
}

/**
 * Rewrite schema problems ("medSchool.graduated: …") in the member's terms. `rename` may give a
 * name for a path (the setup flow names the item being added by its field names alone).
 */
export function humanizeProblems(
  problems: readonly string[],
  rename: (path: string) => string | undefined = pathName,
): string[] {
  return problems.map((line) => {
    const m = /^([A-Za-z.]+(?:\[\d+\])?(?:\.[A-Za-z]+)?): (.*)$/s.exec(line);
    if (!m) return line;
    const name = rename(m[1] ?? '') ?? pathName(m[1] ?? '');
    return name ? `${name}: ${m[2]}` : line;
  });
}

/** Words around a choice that do not change it ("visa" in "H-1B visa", "I am on a" before "J-1"). */
const ENUM_FILLER = /\b(?:i\s+am|i'?m|currently|now|on|an?|the|my|visa|status|holder|please)\b/gi;

/**
 * A remark after the choice that says how or why, not which: "(ECFMG sponsor)" in "J-1 visa (ECFMG
 * sponsor)", "thru marrige" in "greencard thru marrige". Tried only when the whole answer does not
 * read, and only the part before the remark must then read; a comma is not a cut, since "not a US
 * citizen, I have a green card" would otherwise read as its first half.
 */
const ENUM_REMARK =
  /\s*(?:\(.*|\b(?:through|thru|via|by|since|because|due|sponsored|sponsor|from|after|obtained|got)\b.*)$/i;

/**
 * Last resort for the three basics, which people answer in a phrase ("colombian, green card
 * holder", "psych residency w/ informatics", "fellowship in CI"): the one choice whose telltale
 * word the answer contains. Two choices named, or a green card only hoped for, read as nothing.
 */
const MENTIONS: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  Citizenship: [[/\b(?:green\s?card|perm(?:anent)?\s+resid\w*|lpr)\b/i, 'us-permanent-resident']],
  'Applying to': [
    [/\bfellow\w*/i, 'ci-fellowship'],
    [/\bresid\w*/i, 'residency-informatics-track'],
  ],
};
/**
 * A wish or a decoration around an answer, which does not change the value it decorates ("J1
 * insha'Allah", "fellowship hopefully 🤞", "H1B pls!!"): a blessing, a hope, an emoji, repeated marks.
 * For a status someone holds (citizenship) a wish means it is not held yet; for a choice someone
 * plans (a visa, a target) the value stands.
 */
const WISH =
  /\b(?:in\s*[-']?\s*sh?a[\s'’-]*a?\s*llah|insh?aa?llah|inshallah|god\s+willing|lord\s+willing|by\s+god'?s\s+grace|hopefully|fingers\s+crossed|prayerfully|ameen|amen)\b/i;
const DECORATION = new RegExp(
  `${WISH.source}|\\b(?:pls|plz|please|lol|haha|tbh)\\b|[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u{FE0F}\\u{200D}]|[!?]{2,}|\\.{2,}`,
  'giu',
);

/** The answer without its wishes and decorations; the same text when it has none. */
export function undecorated(raw: string): string {
  return raw
    .replace(DECORATION, ' ')
    .replace(/\s+([,;.!?])/g, '$1')
    .replace(/^[\s,;:.!?–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const NOT_YET = new RegExp(
  `\\b(?:no|not\\s+yet|without|pending|waiting|applied|applying|expect\\w*|hop(?:e|ing)|in\\s+process|processing)\\b|${WISH.source}`,
  'i',
);

/**
 * A green card someone does not hold yet ("no green card", "green card pending", "applying for a
 * green card"): never a permanent resident, however close the words are to "green card".
 */
const NO_GREEN_CARD =
  /\b(?:no|without|never\s+had)\s+(?:a\s+|my\s+)?(?:green\w*|perm\w*|lpr|gc)\b|\b(?:green\s?card|perm\w*\s+resid\w*|lpr)\b.*\b(?:pending|processing|in\s+process|applied|soon)\b|\b(?:waiting|applying|applied|hop(?:e|ing)|expect\w*)\s+(?:for\s+|to\s+get\s+)?(?:a\s+|my\s+|the\s+)?(?:green\w*|perm\w*|lpr)\b|\bnot\s+yet\b/i;

/** Says they are a US citizen ("US citizen", "american citizen", "citizen of the USA"). */
const US_CITIZEN =
  /\b(?:u\.?s\.?a?|american|united\s+states)\s+(?:citizen|national|passport)\w*|\bcitizen\w*\s+of\s+(?:the\s+)?(?:u\.?s\.?a?|united\s+states|america)\b/i;

/** A US status word: citizen, permanent resident, green card, LPR. */
const STATUS_WORD = /\b(?:citizen\w*|perm\w*\s+resid\w*|resident|green\s?cards?|gc|lpr)\b/i;

/**
 * A US status said NOT to be held: "not a US citizen or permanent resident", "neither a citizen nor a
 * green card holder", "non-US citizen", "I'm not a citizen and not a permanent resident either". The
 * negation reaches over the words joined to it by "or"/"nor"/"and", up to a clause break (a comma,
 * dash, colon, bracket or "but"), so "not a US citizen, but a permanent resident" negates only the first.
 */
const NEGATED_STATUS =
  /\b(?:not|neither|nor|non|never|no\s+longer|isn'?t|aren'?t|am\s*n'?t)\b-?(?:(?![,;:()–—]|\s-\s|\s+but\b)[^,;:()–—])*?\b(?:citizen\w*|perm\w*\s+resid\w*|resident|green\s?cards?|gc|lpr)\b(?:\s+(?:holder|status|either))?(?:\s+(?:or|nor|and(?:\s+not)?)\s+(?:(?:an?|the|us|u\.s\.?|american|lawful|a\s+us|a\s+u\.s\.?)\s+)*(?:citizen\w*|perm\w*\s+resid\w*|resident|green\s?card(?:\s+holder)?|gc|lpr)\b)*/gi;

/**
 * A visa or permit the member (or a spouse) is on that is not permanent residence: H-4, EAD, H-1B,
 * J-1, J-2, F-1, OPT, L-1/L-2, O-1, TN, E-2, B-1/B-2, TPS, asylum/parole pending. Naming one says
 * "I live in the US on a temporary status", never "I hold a green card".
 */
const TEMPORARY_STATUS =
  /\b(?:[hjlfoe]-?\s?[1-4]\s?-?[ab]?|tn|ead|opt|cpt|tps|b-?1\/?b?-?2?|b-?2|asylum|asylee|refugee|parole\w*|work\s+permit|dependent\s+visa|spouse\s+visa|visa)\b/i;

/**
 * The citizenship an answer says by meaning, tried before the loose "telltale word" reading: a negated
 * "not a US citizen or permanent resident" is the third choice whatever remark follows it ("- I'm on
 * H4 EAD with my husband"), and an answer whose only US status is a temporary visa (the member's or a
 * spouse's) is not a green card. A green card or US citizenship said outside the negation keeps its
 * usual reading (the caller's), and an answer that negates both and then claims one is asked again.
 */
export function citizenshipByMeaning(raw: string): Result<unknown, string> | undefined {
  const s = raw.trim();
  const negated = [...s.matchAll(NEGATED_STATUS)].map((m) => m[0]);
  const rest = s.replace(NEGATED_STATUS, ' ');
  const negCitizen = negated.some((n) => /\bcitizen/i.test(n));
  const negPermanent = negated.some((n) => /\b(?:perm\w*\s+resid|resident|green|gc|lpr)/i.test(n));
  const claimsGreenCard =
    /\b(?:green\s?card|perm\w*\s+resid\w*|lpr)\b/i.test(rest) && !NO_GREEN_CARD.test(rest) && !NOT_YET.test(rest);
  const claimsCitizen = US_CITIZEN.test(rest);
  if (negCitizen && negPermanent) {
    if (claimsGreenCard || claimsCitizen) {
      return err(
        `${quote(s)} says both that you are not a US citizen or permanent resident and that you are one: type just the one that is true today`,
      );
    }
    return ok('non-us');
  }
  // "not a us citizen, nigerian": US citizenship denied and another nationality named, with no green
  // card claimed (newcomer trial 20 was refused).
  if (negCitizen && !claimsGreenCard && !claimsCitizen && foreignNationality(rest)) return ok('non-us');
  // "not a citizen, just H4 EAD", "H-4 EAD through my husband's H-1B": a temporary status only.
  // A bare "citizen" opening the answer means a US one (the choice's alias): left to the usual reading.
  const bareCitizen = /^\W*(?:i'?m\s+|i\s+am\s+)?(?:an?\s+)?citizen\b/i.test(rest);
  if (TEMPORARY_STATUS.test(rest) && !claimsGreenCard && !claimsCitizen && !bareCitizen) {
    return ok('non-us');
  }
  return undefined;
}

/** A nationality or country other than the US named in what is left of a citizenship answer. */
function foreignNationality(rest: string): boolean {
  const country = readCountry(
    rest.replace(/\b(?:i'?m|i\s+am|from|citizen(?:ship)?|passport|national(?:ity)?)\b/gi, ' '),
  );
  return country !== undefined && country !== 'United States';
}

/**
 * The part of a citizenship answer that is a remark rather than the choice ("I'm on H4 EAD with my
 * husband (he has H1B)"): said back as not stored, never kept as data. Undefined when the answer is
 * just a choice.
 */
export function citizenshipRemark(raw: string): string | undefined {
  const s = raw.trim();
  const read = parseEnum(s, TOP_FIELDS.citizenship.options ?? [], TOP_FIELDS.citizenship.aliases);
  if (read.ok) return undefined;
  const cut = /\s*(?:[,;:(–—]|\s-\s|\s+(?:but|since|because|through|thru|via)\b)\s*/i.exec(s);
  let remark = cut ? s.slice(cut.index + cut[0].length).trim() : '';
  // A closing bracket stays when its opening one is in the remark ("with my husband (he has H1B)").
  remark = remark.replace(/[\s.!]+$/, '');
  if (remark.endsWith(')') && !remark.includes('(')) remark = remark.slice(0, -1).trim();
  return remark && TEMPORARY_STATUS.test(remark) ? remark : undefined;
}

function readMention(name: string, s: string): string | undefined {
  const hits = (MENTIONS[name] ?? []).filter(([re]) => re.test(s)).map(([, v]) => v);
  if (hits.length !== 1) return undefined;
  if (name === 'Citizenship' && NOT_YET.test(s)) return undefined;
  return hits[0];
}

/** What people type into an optional box to say there is nothing to put there. */
const NOTHING_WORDS = new Set(['no', 'none', 'na', 'nil', 'nothing', 'nope', 'notapplicable']);

/**
 * An optional text as the advice may quote it: undefined when empty or when it only says "none"
 * (profiles saved before setup read "no" as nothing still hold it: never "seeing no in use").
 */
export function givenText(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t && !NOTHING_WORDS.has(compact(t)) ? t : undefined;
}

/**
 * Read what the member typed for one field. Empty (after trimming) means "not given" and yields
 * undefined; the message on failure starts with the member's input, not the field name.
 */
/** "both", "either", "fellowship or residency", "not decided": a member weighing the two routes. */
const TWO_ROUTES =
  /\b(?:both|either|undecided|not decided|(?:fellowship|residency)\b.*\b(?:or|and|then)\b.*\b(?:fellowship|residency))\b/i;

/**
 * Said to a member who wants both routes: which one comes next depends on their residency, and
 * leaving the target out lets the red-flag report say which is open (its route note).
 */
function bothRoutes(s: string): string {
  return `${quote(s)}: choose the one you will apply to next. A CI fellowship typically needs a completed US (ACGME) or Canadian residency first, so without one your next step is a residency with an informatics track. Not decided yet? Leave it out: your red-flag report then says which route your training opens`;
}

/** A named visa in an answer ("J-1", "h1b", "O1"): then the answer says which, whatever else it says. */
const NAMED_VISA = /\b(?:j-?\s?1|h-?\s?1\s?-?b?|o-?\s?1)\b/i;

/** Every visa an answer names, in order: "j1", "h1b", "o1". */
const EACH_VISA = /\b(?:(j)-?\s?1|(h)-?\s?1\s?-?b?|(o)-?\s?1)\b/gi;
/** Words that make a visa the member's first choice ("would prefer", "ideally", "first"). */
const FIRST_CHOICE =
  /\b(?:prefer\w*|ideal\w*|first|1st|top|mainly|main|primarily|priority|rather|best|hopefully|if possible|want|would like|aim\w*|hoping)\b/i;
/** Words that make a visa an accepted fallback ("will take", "is fine", "if needed", "as backup"). */
const FALLBACK =
  /\b(?:fine|ok|okay|acceptable|accept\w*|take|backup|back up|fallback|fall back|if (?:needed|necessary|required|not|no)|otherwise|also|too|second|2nd|alternative|settle|last resort|(?:can|could|would|will) do|open to|happy with|works)\b/i;

/** "if not (then)", "otherwise", "else", "failing that": what follows is the fallback. */
const FALLBACK_LEAD =
  /\b(?:if\s+not|if\s+that\s+fails|otherwise|or\s+else|else|failing\s+that)\b[\s,]*(?:then\b)?[\s,]*(?:an?\s+)?/i;

/**
 * An answer naming two visas or more ("would prefer H1B but will take J1", "J1 is fine, H1B
 * ideally", "either, H1B first", "H-1B (J-1 if needed)", "j1 or h1b"). The profile holds one visa:
 * the first choice when the answer gives one (each visa is judged by the words of its own clause),
 * else Not sure yet. `others` are the visas named but not stored, for the note said to the member.
 */
export function visaChoices(
  raw: string,
): { value: 'j1' | 'h1b' | 'o1' | 'undecided'; first: boolean; named: string[]; others: string[] } | undefined {
  const code = (m: RegExpMatchArray): string => (m[1] ? 'j1' : m[2] ? 'h1b' : 'o1');
  const named = [...new Set([...raw.matchAll(EACH_VISA)].map(code))];
  // "either, H1B first", "any is ok but ideally J-1": one visa named as the first of several.
  if (named.length === 1 && /\b(?:either|both|any|whichever|all)\b/i.test(raw) && FIRST_CHOICE.test(raw)) {
    return { value: named[0] as 'j1' | 'h1b' | 'o1', first: true, named, others: [] };
  }
  if (named.length < 2) return undefined;
  // "J1, if not then H1B", "H-1B otherwise J-1": the visa after "if not"/"otherwise" is the fallback,
  // and the words themselves say nothing of the visa before them.
  const fallbackLed = new Set<string>(
    [...raw.matchAll(new RegExp(`${FALLBACK_LEAD.source}\\s*(?:${EACH_VISA.source})`, 'gi'))].map((m) =>
      m[1] ? 'j1' : m[2] ? 'h1b' : 'o1',
    ),
  );
  const text = fallbackLed.size ? raw.replace(FALLBACK_LEAD, ' then ') : raw;
  // Clauses: cut at commas, semicolons, slashes, brackets and the joining words.
  const clauses = text.split(/[,;/()]|\b(?:but|or|and|then|though|although|however|while|whereas)\b/i);
  const mark = new Map<string, 'first' | 'fallback'>();
  for (const c of clauses) {
    const here = [...new Set([...c.matchAll(EACH_VISA)].map(code))];
    if (here.length !== 1) continue;
    const v = here[0]!;
    if (fallbackLed.has(v) || FALLBACK.test(c)) mark.set(v, 'fallback');
    else if (FIRST_CHOICE.test(c) && mark.get(v) !== 'fallback') mark.set(v, 'first');
  }
  const firsts = named.filter((v) => mark.get(v) === 'first');
  const unmarked = named.filter((v) => !mark.has(v));
  // One first choice; or all but one named as a fallback, which leaves the first choice.
  const chosen =
    firsts.length === 1
      ? firsts[0]
      : firsts.length === 0 && unmarked.length === 1 && mark.size > 0
        ? unmarked[0]
        : undefined;
  if (chosen === 'j1' || chosen === 'h1b' || chosen === 'o1')
    return { value: chosen, first: true, named, others: named.filter((v) => v !== chosen) };
  return { value: 'undecided', first: false, named, others: named };
}

/** Words that put a visa in the past: "was on", "did my residency on", "previously", "before". */
const VISA_PAST =
  /\b(?:was|were|had|did|used\s+to|previous(?:ly)?|former(?:ly)?|before|earlier|prior|past|came\s+(?:in|on|over)|entered\s+on|trained|completed|finished|graduated|ex)\b/i;
/** Words that make a visa the one held now: "currently", "now", "at present", "I'm on". */
const VISA_NOW = /\b(?:currently|current|now|presently|at\s+present|today|these\s+days|still)\b/i;

/**
 * Two visas where one is history: "currently H-1B, but my residency was on J-1", "on H1B now, did
 * residency on J1", "J-1 before, H-1B now". The box holds one visa, the one for the training ahead,
 * so the one held now is the answer and the past one is history to keep elsewhere (a timeline note,
 * which the red-flag report reads for the J-1 two-year rule); read as two choices, it had been
 * stored as Not sure yet and the J-1 dropped without a word. A wish ("was hoping for H-1B") is a
 * choice, not history.
 */
export function visaHistory(raw: string): { now: 'j1' | 'h1b' | 'o1'; past: string[] } | undefined {
  const code = (m: RegExpMatchArray): string => (m[1] ? 'j1' : m[2] ? 'h1b' : 'o1');
  const named = [...new Set([...raw.matchAll(EACH_VISA)].map(code))];
  if (named.length < 2) return undefined;
  const past = new Set<string>();
  const now = new Set<string>();
  for (const c of raw.split(/[,;/()]|\b(?:but|and|then|though|although|however|while|whereas)\b/i)) {
    const here = [...new Set([...c.matchAll(EACH_VISA)].map(code))];
    if (here.length !== 1) continue;
    const v = here[0]!;
    if (FIRST_CHOICE.test(c) || FALLBACK.test(c) || /\bhop\w*|wish\w*|plan\w*|think\w*/i.test(c)) return undefined;
    if (VISA_NOW.test(c)) now.add(v);
    else if (VISA_PAST.test(c)) past.add(v);
  }
  const left = named.filter((v) => !past.has(v) || now.has(v));
  if (!past.size || left.length !== 1) return undefined;
  const v = left[0] as 'j1' | 'h1b' | 'o1';
  return { now: v, past: named.filter((x) => x !== v) };
}

/**
 * One visa named only as the status of past training ("my residency was on J-1", "I trained on a
 * J1"): it says where the member has been, not the visa the training ahead needs, so it is asked
 * again with where the history goes, never stored as if it were the choice.
 */
function pastTrainingVisa(raw: string): string | undefined {
  const code = (m: RegExpMatchArray): string => (m[1] ? 'J-1' : m[2] ? 'H-1B' : 'O-1');
  const named = [...new Set([...raw.matchAll(EACH_VISA)].map(code))];
  if (named.length !== 1) return undefined;
  const clause = raw
    .split(/[,;/()]|\b(?:but|and|then|though|although|however|while|whereas)\b/i)
    .find((c) => [...c.matchAll(EACH_VISA)].length > 0);
  if (!clause || VISA_NOW.test(clause) || FIRST_CHOICE.test(clause) || FALLBACK.test(clause)) return undefined;
  const past = /\b(?:was|were|did|used\s+to|previous(?:ly)?|former(?:ly)?|trained|completed|finished)\b/i;
  const training = /\b(?:residency|fellowship|training|trained)\b/i;
  return past.test(clause) && training.test(clause) ? named[0] : undefined;
}

/**
 * A member who has no visa YET, or does not know which one, needs one all the same: "no visa yet",
 * "dont have any visa yet, not sure which one", "haven't applied for one", "will need one". Read as
 * Not sure yet, never as No visa needed (which would tell a citizen of another country that
 * sponsorship questions do not concern them).
 */
const VISA_NOT_YET =
  /\b(?:yet|not\s+sure|unsure|no\s+idea|(?:do\s*n[o']?t|dont|not)\s+know|undecided|not\s+decided|have\s*n[o']?t|havent|(?:do\s*n[o']?t|dont)\s+have|will\s+need|need\s+one|plan\w*|which\s+one)\b/i;

/**
 * A work permit that is not a sponsorship: an EAD (through an H-4 spouse, a pending green card,
 * asylum, TPS or parole), a "combo card", or H-4 status itself. An EAD allows any work for the period
 * printed on it, and an H-4 spouse's only while the H-1B spouse keeps status (USCIS's rule as Temple
 * University's international office restates it,
 * https://isss.temple.edu/faculty-staff-and-researchers/international-employees/h-1b-applicants/work-authorization-regulation-certain-h-4-dependents,
 * checked 2026-12-06); some GME offices take an EAD for training (University of Minnesota's visa
 * policy names one issued while permanent residence is pending, https://gmepolicy.umn.edu/visa-sponsorship-policy,
 * checked 2026-12-06). H-4 alone allows no work.
 */
const WORK_PERMIT =
  /\b(?:ead|employment\s+authori[sz]ation(?:\s+(?:card|document))?|work\s+(?:permit|authori[sz]ation)|combo\s+card)\b/i;
const H4 = /\bh-?\s?4\b/i;
const GREEN_CARD_WORDS = /\b(?:green\s?card|gc|i-?485|adjustment\s+of\s+status|perm\w*\s+resid\w*|lpr)\b/i;
/** Words that say the permit is not in hand yet: pending, applied, waiting, "by July", a hope, a fallback. */
const PERMIT_PENDING = new RegExp(
  `\\b(?:pending|applied|applying|apply\\s+for|waiting|await\\w*|in\\s+process|processing|expect\\w*|hop(?:e|ing)|soon|not\\s+yet|no\\s+(?:ead|work)|without|if|unless|by\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|the\\s+end|end|then|\\d))\\w*|${WISH.source}`,
  'i',
);
/** Another application said to be pending, in either order ("asylum pending", "pending I-485"). */
const OTHER_APPLICATION_PENDING =
  /\b(?:asylum|green\s?card|gc|i-?485|i-?140|adjustment(?:\s+of\s+status)?|aos|perm|tps|case|petition|application)\s+(?:(?:is|still|being|currently|now|also)\s+)*(?:pending|in\s+process|processing|filed|applied)\b|\b(?:pending|filed)\s+(?:an?\s+|my\s+)?(?:asylum|green\s?card|gc|i-?485|i-?140|adjustment(?:\s+of\s+status)?|aos|perm|tps|case|petition|application)\b/gi;
/** A visa that is the spouse's, not the member's: "husband's H1B", "my wife is on H-1B". */
const SPOUSE_VISA =
  /\b(?:husband|wife|spouse|partner|hubby)(?:'s|’s|s)?\s+(?:(?:is|has|holds|on|in|with|an?|the)\s+)*(?:j-?\s?1|h-?\s?1\s?-?b?|o-?\s?1|l-?\s?1)\b|\b(?:j-?\s?1|h-?\s?1\s?-?b?|o-?\s?1|l-?\s?1)\s+(?:spouse|husband|wife|holder\s+(?:husband|wife|spouse))\b/gi;

/**
 * The principal's visa named after the member has pointed to the spouse by a pronoun or a "through"
 * (newcomer trial 19: "i have H4 EAD through my husband (he is H1B)" was read as a fallback H-1B,
 * so an EAD in hand became "not in hand yet"): "he is H1B", "she's on an L-1", "his H-1B", "through
 * my wife who holds H1B", "dependent of an H-1B worker". Only where a spouse or dependant is named at
 * all, so "he said H1B" on its own is never dropped.
 */
const PRINCIPAL_NAMED = /\b(?:husband|wife|spouse|partner|hubby|dependa?e?nt|principal|h-?\s?4|j-?\s?2|l-?\s?2)\b/i;
const PRINCIPAL_VISA =
  /\b(?:he|she|who|his|her|him|they|their)(?:'s|’s|s)?\s+(?:(?:is|has|holds?|holding|on|in|with|an?|also|currently|now|still|works?|working|employed|as)\s+)*(?:j-?\s?1|h-?\s?1\s?-?b?|o-?\s?1|l-?\s?1)\b|\b(?:through|via|from|thru|of)\s+(?:my\s+|an?\s+|the\s+)?(?:(?:husband|wife|spouse|partner|hubby)(?:'s|’s|s)?\s+)?(?:j-?\s?1|h-?\s?1\s?-?b?|o-?\s?1|l-?\s?1)\b/gi;

/**
 * Work permission that rests on a pending green-card application (adjustment of status): a "combo
 * card" (EAD with advance parole; advance parole alone is not, as asylum applicants, TPS and DACA
 * holders get it too), EAD category (c)(9), or an I-485 /
 * adjustment named as pending. Such an EAD lasts only while the I-485 is pending and until the date
 * printed on it, and renewals are no longer extended automatically (DHS interim final rule, 90 FR
 * 48799, https://www.govinfo.gov/content/pkg/FR-2025-10-30/html/2025-19702.htm, checked 2026-12-07),
 * so whether it carries a whole training is open: Not sure yet, as the setup step's guidance says
 * (newcomer trial 21: a combo card was stored as No visa needed and later read as an H-4 EAD).
 */
const ADJUSTMENT_PERMIT =
  /\b(?:combo\s*card|AP\s*\/\s*EAD|EAD\s*\/\s*AP|i-?485|adjust(?:ment|ing)\s+(?:of\s+)?status|AOS|c\s*\(?\s*9\s*\)?(?=\s|$|[,.;)])|\(c\)\s*\(9\))|\b(?:green\s?card|gc)\s+(?:(?:is|still|being|currently|now|application|case|process)\s+)*(?:pending|in\s+process|processing|filed)\b|\bpending\s+(?:(?:my|our|a|an|the|family|marriage|spouse'?s?|husband'?s?|wife'?s?)\s+)*(?:green\s?card|gc)\b/i;
/** The member's own doubt: "not sure", "I think", "??", read as Not sure yet whatever else is named. */
const OWN_DOUBT = /\b(?:not\s+sure|unsure|no\s+idea|(?:do\s*n[o']?t|dont)\s+know|i\s+think|maybe|probably)\b/i;

export interface PermitReading {
  value: 'not-needed' | 'undecided';
  /** What the permit is: "an H-4 EAD", "an EAD", "H-4 status", "a pending green card". */
  permit: string;
  /** The visas named beside it as the member's own (a fallback such as J-1). */
  others: string[];
  pending: boolean;
  /** The permit rests on a pending green-card application (combo card, advance parole, (c)(9)). */
  adjustment?: boolean;
}

/**
 * A visa answer that names a work permit rather than a sponsored visa (newcomer trial 14: "H4 EAD
 * insha'Allah by july, if not then J1" was refused, and no choice fitted). An EAD in hand is
 * permission to work from the member's (or the spouse's) own status: No visa needed, with its end
 * date to note. One still pending, or named with a sponsored visa as a fallback, is honestly Not sure
 * yet; so is H-4 alone (no work allowed) and a green card pending without an EAD.
 */
export function permitReading(raw: string): PermitReading | undefined {
  const spouseNamed = PRINCIPAL_NAMED.test(raw);
  const s = raw.replace(SPOUSE_VISA, ' ').replace(spouseNamed ? PRINCIPAL_VISA : /$^/, ' ');
  // The spouse's visa names the dependant's status when the member did not: an H-1B spouse's EAD is an H-4 EAD.
  const spouseH1b = /\bh-?\s?1\s?-?b\b/i.test(raw) && !/\bh-?\s?1\s?-?b\b/i.test(s);
  const ead = WORK_PERMIT.test(s);
  const h4 = H4.test(s) || (spouseH1b && WORK_PERMIT.test(s));
  // "green card holder, no visa needed": the "no" there is about the visa, not the green card.
  const gcText = s.replace(/\b(?:no|not|without)\s+(?:a\s+)?(?:visa|sponsor\w*)\b/gi, ' ');
  const gc = GREEN_CARD_WORDS.test(gcText) && NOT_YET.test(gcText);
  if (!ead && !h4 && !gc) return undefined;
  const code = (m: RegExpMatchArray): string => (m[1] ? 'j1' : m[2] ? 'h1b' : 'o1');
  const others = [...new Set([...s.matchAll(EACH_VISA)].map(code))];
  // "on H-4 now, J-1 for training", "J1, no green card": the sponsored visa named is the answer.
  if (!ead && others.length > 0) return undefined;
  // "EAD (asylum pending)", "combo card while my green card is in process": the pending words there
  // are about another application, not the permit in hand.
  const aboutPermit = s.replace(/\bh-?\s?4\b/gi, ' ').replace(OTHER_APPLICATION_PENDING, ' ');
  const pending = PERMIT_PENDING.test(aboutPermit);
  // A J-2 or L-2 spouse's permit rests on the principal just as an H-4's does: named so the note says so.
  const j2 = /\bj-?\s?2\b/i.test(s);
  const l2 = /\bl-?\s?2\b/i.test(s);
  const permit = ead
    ? h4
      ? 'an H-4 EAD'
      : j2
        ? 'a J-2 EAD'
        : l2
          ? 'an L-2 work permit'
          : gc
            ? 'an EAD from a pending green card'
            : 'an EAD'
    : h4
      ? 'H-4 status'
      : 'a pending green card';
  // A green-card-based EAD (combo card, advance parole, (c)(9)) is never stored as No visa needed:
  // it lasts only while the I-485 is pending, so whether it carries the training is open.
  const adjustment = ADJUSTMENT_PERMIT.test(raw) && !(H4.test(s) && !/\bcombo|\bAP\b|c\s*\(?9|i-?485/i.test(raw));
  if (ead && adjustment) {
    return { value: 'undecided', permit: 'an EAD from a pending green card', others, pending, adjustment: true };
  }
  const held = ead && !pending && others.length === 0 && !OWN_DOUBT.test(aboutPermit);
  return { value: held ? 'not-needed' : 'undecided', permit, others, pending: ead ? pending : true };
}

/**
 * A choice typed first with a remark after it, as people answer a form: "yes since 2022", "0 - this
 * is my first time", "no, I left to emigrate", "research at LUTH". The README promises that such an
 * answer reads as the choice. Tried only when the whole answer does not read, for a yes/no, a count
 * and a list item's kind: the opening words (up to four) must read alone, and what follows is the
 * remark, kept by the caller where the profile has a place for it (a timeline note). Not for the
 * basics (citizenship, visa, target), where "not a US citizen, I have a green card" would read as
 * its first half: ENUM_REMARK and MENTIONS read those. "no idea", "not sure" never open a "no".
 */
const REMARK_KINDS: ReadonlySet<FieldSpec['kind']> = new Set(['yes-no', 'integer', 'month', 'month-or-present']);
const NOT_A_CHOICE_AFTER = /^(?:idea|clue|sure|answer|comment|opinion|or|to|and (?:no|yes)|\d+\s*$)/i;
export function choiceAndRemark(spec: FieldSpec, raw: string): { value: unknown; remark: string } | undefined {
  const s = raw.trim();
  // A kind only in a list whose items keep a note (the remark goes there): "Prof. Mei Chen" typed
  // at a letter writer's role is a name, never the role "professor" with a remark.
  const listKind =
    spec.kind === 'enum' &&
    Object.values(LIST_FIELDS).some(
      (l) => 'note' in l.fields && Object.values(l.fields as Record<string, FieldSpec>).includes(spec),
    );
  // A specialty with a remark after it: the specialty is stored, the remark reported (never stored there).
  if (spec.kind === 'text' && spec.name === 'Specialty') {
    const read = specialtyAndRemark(s);
    return read.remark && read.specialty ? { value: read.specialty, remark: read.remark } : undefined;
  }
  // "Dr Ana Souza (CMIO, my boss)": the name is stored, the remark said back (and its role read).
  if (spec === LIST_FIELDS.letters.fields.writer) {
    const read = readWriter(s);
    return read.remark ? { value: read.name, remark: read.remark } : undefined;
  }
  if (spec.kind === 'number') {
    const read = scoreAndRemark(spec, s);
    return read?.remark ? read : undefined;
  }
  if (spec === LIST_FIELDS.exams.fields.result) {
    // Even where the whole answer reads ("pass (second attempt, alhamdulillah)"), its remark is said back.
    const read = readExamResult(s);
    return read?.remark ? { value: read.value, remark: read.remark } : undefined;
  }
  // "ABIM internal medicine" at the board question: the board first, the specialty (its own question
  // next) after it (newcomer trial 16 was told ABIM "is not one of" the boards).
  const board = spec === LIST_FIELDS.boardCertification.fields.board;
  // "other - medical director of my clinic (my boss)": the role chosen, with its remark (trial 22).
  const role = spec === LIST_FIELDS.letters.fields.role;
  // A title opening the answer is a name typed at the role ("Prof. Mei Chen"), never a role with a remark
  // (test/console/setup-typos: "Prof" had been read as the program director's short form).
  if (role && /^(?:prof|dr|mr|mrs|ms|mx|miss)\b\.?/i.test(s)) return undefined;
  if (!REMARK_KINDS.has(spec.kind) && !listKind && !board && !role) return undefined;
  if (readField(spec, s, false).ok) return undefined;
  const words = s.split(/\s+/);
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const head = words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:.!(–—-]+$/, '');
    const remark = balancedTrim(words.slice(n).join(' '));
    // A year after a yes or no ("yes 2024" at ECFMG certified) says when, like "yes since 2024" (newcomer
    // trial 21); after a count a bare number stays ambiguous and is asked again.
    const yearAfterYesNo = spec.kind === 'yes-no' && /^(?:19|20)\d\d$/.test(remark);
    if (!head || !remark || (NOT_A_CHOICE_AFTER.test(remark) && !yearAfterYesNo)) continue;
    const r = readField(spec, head, false);
    if (!r.ok || r.value === undefined) continue;
    // "exam preparation and moving to usa": the choice's own next words ("preparation") belong to
    // it, not to the remark (newcomer trial 19's note lost "exam"); and a remark that goes on with
    // "and", "plus" or "with" is a second thing done, so the note keeps the whole answer as typed.
    const label = new Set(
      (spec.options?.find((o) => o.value === r.value)?.label ?? '').toLowerCase().split(/[^a-z0-9]+/),
    );
    let k = n;
    while (k < words.length - 1 && label.has(words[k]!.toLowerCase().replace(/[^a-z0-9]/g, ''))) k++;
    const rest = k === n ? remark : balancedTrim(words.slice(k).join(' '));
    if (!rest) return undefined;
    if (/^(?:and|plus|&|\+|also|with|then|as well as)\b/i.test(rest)) return { value: r.value, remark: s };
    // "2019-03 (PGY2, 2 months)": a month's remark kept without the brackets around all of it.
    const bare = /^(?:month|month-or-present)$/.test(spec.kind) ? /^\(([^()]*)\)$/.exec(rest)?.[1]?.trim() : undefined;
    return { value: r.value, remark: bare || rest };
  }
  return undefined;
}

/**
 * A remark's edges trimmed of separators, a bracket taken off only when it has no partner inside:
 * "(RN, quality manager)" keeps both, "(second attempt" loses its opening one (newcomer trial 19
 * was shown "she is a nurse (RN, quality manager").
 */
function balancedTrim(text: string): string {
  let t = text.replace(/^[\s,;:.!–—-]+|\s+$/g, '');
  const count = (c: string) => t.split(c).length - 1;
  while (t.startsWith('(') && count('(') > count(')')) t = t.slice(1).replace(/^[\s,;:.!–—-]+/, '');
  while (t.endsWith(')') && count(')') > count('(')) t = t.slice(0, -1).trimEnd();
  return t.trim();
}

/**
 * A number typed with a remark around it, as people tell a score: "238 (strong!)", "241 - proud of
 * it", "got 229 alhamdulillah". Read only when the answer holds exactly one number, inside the
 * field's range, and nothing that makes it uncertain or not the member's own result ("around 230",
 * "maybe 225", "NBME 240", "target 250", "220 or 230"): those are asked again. Newcomer trial 13:
 * "238 (strong!)" was refused.
 */
const NOT_THE_SCORE =
  /\b(?:about|around|approx\w*|roughly|maybe|might|probably|think|guess|expect\w*|predict\w*|target\w*|aim\w*|hop(?:e|ing)|want|need|goal|practice|nbme|uwsa|free\s?120|cbse|self[-\s]?assess\w*|estimat\w*|or|to|if|not|pending|waiting)\b|[~≈?]/i;
function scoreAndRemark(spec: FieldSpec, raw: string): { value: number; remark: string } | undefined {
  const s = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return undefined;
  // The score first, then a bracketed remark with its own number: "188 (needed 194 at that time)".
  // The member stated the value before the brackets; the remark is read only for doubt words
  // (newcomer trial 16 was told "is not a number").
  const lead = /^(\d+(?:\.\d+)?)\s*[([]([^()[\]]*)[)\]][\s.!]*$/.exec(s);
  if (lead && /\d/.test(lead[2]!) && !NOT_THE_SCORE.test(lead[2]!.replace(/\bneeded\b/gi, ' '))) {
    const value = Number(lead[1]);
    if (value >= (spec.min ?? 0) && value <= (spec.max ?? Number.MAX_SAFE_INTEGER))
      return { value, remark: lead[2]!.trim() };
  }
  const numbers = s.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length !== 1 || NOT_THE_SCORE.test(s)) return undefined;
  const value = Number(numbers[0]);
  if (value < (spec.min ?? 0) || value > (spec.max ?? Number.MAX_SAFE_INTEGER)) return undefined;
  const remark = s
    .replace(numbers[0]!, ' ')
    .replace(/\b(?:i\s+)?(?:got|scored|score(?:d)?\s+(?:was|is)?|it\s+was|was|my|with)\b/gi, ' ')
    .replace(/^[\s,;:.!?()–—-]+|[\s,;:.!?()–—-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { value, remark };
}

/** Words that say an attempt did not pass ("failed", "didn't pass", "not cleared", "unsuccessful"). */
const FAILED_WORDS =
  /\b(?:fail(?:ed|ure)?|flunk(?:ed)?|(?:did\s*n[o'’]?t|didnt|could\s*n[o'’]?t|couldnt|not)\s+(?:pass(?:ed)?|clear(?:ed)?|make\s+it)|unsuccessful)\b/i;
/** Words that say it passed ("passed", "cleared it", "got through", "made it"). */
const PASSED_WORDS = /\b(?:pass(?:ed)?|cleared|got\s+through|made\s+it|success(?:ful)?)\b/i;

/**
 * An exam result told the way people tell it: "passed finally alhamdulillah", "finally passed!!",
 * "failed unfortunately", "pass - barely". The result is read wherever its word sits; the rest is
 * the remark (said back, since an exam entry has no note). An answer naming both a pass and a
 * failure ("failed then passed") is one attempt too many: not read, so it is asked again.
 */
function readExamResult(s: string): { value: 'pass' | 'fail'; remark: string } | undefined {
  const fail = FAILED_WORDS.exec(s);
  const rest = fail ? s.slice(0, fail.index) + ' ' + s.slice(fail.index + fail[0].length) : s;
  const pass = PASSED_WORDS.exec(rest);
  if (fail && pass) return undefined;
  const hit = fail ?? pass;
  if (!hit) return undefined;
  const remark = (s.slice(0, hit.index) + ' ' + s.slice(hit.index + hit[0].length))
    .replace(/^[\s,;:.!?()–—-]+|[\s,;:.!?()–—-]+$/g, '')
    .replace(/(?:^|\s)(?:i|it)(?=\s|$)/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:.!?()–—-]+|[\s,;:.!?()–—-]+$/g, '')
    .trim();
  return { value: fail ? 'fail' : 'pass', remark };
}

/**
 * A list item's kind named by fewer words than its label ("clinical outside US" for "Clinical work
 * outside the US"): the one option whose label holds every word typed (small words aside).
 */
function optionByWords(options: readonly FieldOption[], s: string): string | undefined {
  const small = /^(?:the|a|an|of|work|working|job)$/;
  const wordsOf = (t: string) =>
    t
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .split(/[^a-z0-9-]+/)
      .filter((w) => w && !small.test(w));
  const typed = wordsOf(s);
  if (typed.length < 2) return undefined;
  const hits = options.filter((o) => {
    const label = new Set(wordsOf(o.label));
    return typed.every((w) => label.has(w));
  });
  return hits.length === 1 ? hits[0]!.value : undefined;
}

/**
 * A period described by the clinical post held ("house officer internship in cairo", "rotating
 * internship", "worked as a GP in Lahore", "medical officer, district hospital", "SHO in paediatrics"):
 * clinical work (placeClinicalWork makes it US work when only the US is named). Not when the words
 * name another kind of period too ("research internship", "observer in a residency program",
 * "studying for step 2 while job hunting").
 */
const CLINICAL_POST =
  /\b(?:house ?officer|house ?job|housemanship|houseman|house surgeon|intern(?:ship)?|intern year|internship year|rotating intern\w*|residen(?:cy|t)|registrar|medical officer|junior doctor|senior house officer|sho|foundation (?:year|doctor|programme)|fy[12]|general practi(?:ce|tioner)|gp|family doctor|specialist|consultant|locum|attending|staff physician|worked as (?:a|an) (?:[\w-]+ )?(?:doctor|physician|pediatrician|paediatrician|internist|surgeon)|hospital work|er doctor|emergency (?:doctor|physician)|pediatrician|paediatrician|internist|national service|compulsory service|rural service|social service year)\b/i;
const OTHER_KIND =
  /\b(?:research\w*|informatics|data|software|analyst|it support|observ\w*|shadow\w*|teach\w*|tutor\w*|exams?|usmle|step ?[123]|plab|oet|studying|prep\w*|maternity|paternity|family time|unemploy\w*|non-?clinical|volunteer\w*)\b/i;
export function clinicalPost(raw: string): boolean {
  return CLINICAL_POST.test(raw) && !OTHER_KIND.test(raw);
}

/**
 * The year of a month typed where a year is asked ("march 2024", "2024-03", "03/2024"), or the later
 * year of a range of months ("Jan 2023 - Jun 2024", "march 2023 to june 2024"); undefined for
 * anything else (a month with no year, a count, a hedge).
 */
export function yearOfDate(raw: string): number | undefined {
  const s = raw.trim();
  const one = parseMonth(s);
  if (one.ok) return Number(one.value.slice(0, 4));
  const range = /^(.+?)\s*(?:-|–|—|to|until|till|through)\s*(.+)$/i.exec(s);
  if (!range) return undefined;
  const [a, b] = [parseMonth(range[1]!), parseMonth(range[2]!)];
  if (!a.ok || !b.ok) return undefined;
  return Math.max(Number(a.value.slice(0, 4)), Number(b.value.slice(0, 4)));
}

function inYearRange(spec: FieldSpec, year: number, fallback: Result<unknown, string>): Result<unknown, string> {
  return year >= (spec.min ?? 0) && year <= (spec.max ?? Number.MAX_SAFE_INTEGER) ? ok(year) : fallback;
}

/**
 * Whether a writer is a physician, read from the profession typed in place of yes or no (newcomer
 * trial 22 typed "nurse informaticist (RN)" and it was dropped): a nurse, pharmacist, analyst or
 * other non-physician title is no; MD, DO, MBBS or "physician" with no such title is yes; undefined
 * when it names neither. said back by remarkNote (setup-flow.ts).
 */
export const NON_PHYSICIAN_TITLE =
  /\b(?:nurse\w*|rn|np|aprn|bsn|msn|cns|crna|pharmacist|pharmd|physician\s+assistant|pa-?c|analyst|engineer|developer|informaticist|data\s+scientist|phd|dnp|administrator|manager|coordinator|technologist|therapist|dietitian|psychologist|epidemiologist|statistician|not\s+(?:a\s+)?(?:physician|doctor|md))\b/i;
const PHYSICIAN_TITLE = /\b(?:physician|doctor|attending|consultant|surgeon|internist|hospitalist|cmio)\b/i;
/** A medical degree after a name ("MD, PhD" is a physician); "DO" only in capitals ("I do not know" is none). */
const MEDICAL_DEGREE = /\b(?:[Mm][Dd]|DO|M\.D\.|D\.O\.|MBBS|MBChB|mbbs)\b/;
export function physicianByProfession(raw: string): boolean | undefined {
  if (MEDICAL_DEGREE.test(raw)) return true;
  // "informaticist" alone could be either; "nurse informaticist" or "physician informaticist" decides.
  const s = raw.replace(/\bphysician\s+informaticist\b/gi, 'physician');
  if (NON_PHYSICIAN_TITLE.test(s)) return /^\s*informaticists?\s*$/i.test(s) ? undefined : false;
  return PHYSICIAN_TITLE.test(s) ? true : undefined;
}

/** The one role a remark names ("medical director of my clinic (my boss)"), read as the writer's remark is. */
export function roleInRemark(remark: string): string | undefined {
  return readWriter(`Writer (${remark.replace(/[()]/g, ' ')})`).role;
}

/** A letter writer's name with the remark typed after it taken out, and the role the remark names. */
export function readWriter(raw: string): WriterReading {
  return writerAndRemark(raw, (x) => {
    const r = readField(LIST_FIELDS.letters.fields.role, x, true);
    return r.ok && typeof r.value === 'string' ? r.value : undefined;
  });
}

export function parseFieldValue(spec: FieldSpec, raw: string): Result<unknown, string> {
  return readField(spec, raw, true);
}

/** parseFieldValue; `remarks` false reads the answer whole only (no choice with a remark after it). */
function readField(spec: FieldSpec, raw: string, remarks: boolean): Result<unknown, string> {
  const s = raw.trim();
  if (!s) return ok(undefined);
  switch (spec.kind) {
    case 'enum': {
      if (spec === TOP_FIELDS.visa) {
        // "H-4 EAD", "EAD pending, if not then J1", "green card in process": a permit, not a sponsorship.
        const permit = permitReading(s);
        if (permit) return ok(permit.value);
        // "on H4 now, J1 for training", "J-1, no green card": the one sponsored visa named is the answer.
        const named = [...new Set([...s.matchAll(EACH_VISA)].map((m) => (m[1] ? 'j1' : m[2] ? 'h1b' : 'o1')))];
        if (named.length === 1 && (H4.test(s) || GREEN_CARD_WORDS.test(s)) && !visaChoices(s)) return ok(named[0]);
      }
      if (spec === TOP_FIELDS.visa && !NAMED_VISA.test(s) && VISA_NOT_YET.test(s)) return ok('undecided');
      // "currently H-1B, but my residency was on J-1": the visa held now; the J-1 is history (visaNote).
      const history = spec === TOP_FIELDS.visa ? visaHistory(s) : undefined;
      if (history) return ok(history.now);
      const pastOnly = spec === TOP_FIELDS.visa ? pastTrainingVisa(s) : undefined;
      if (pastOnly) {
        return err(
          `${quote(s)} says which visa your past training was on; this box is for the visa of the training you apply to next. Type that one (${pastOnly} again, H-1B, or Not sure yet). Your past ${pastOnly} goes in your timeline: a note on those years such as "residency, ${pastOnly}"`,
        );
      }
      // Two visas named: the first choice, or Not sure yet (the note says which: setup-flow.ts).
      const several = spec === TOP_FIELDS.visa ? visaChoices(s) : undefined;
      if (several) return ok(several.value);
      let read = parseEnum(s, spec.options ?? [], spec.aliases);
      // "H-1B visa", "I am on a J-1", "currently H1B": the choice with the words around it.
      const bare = s.replace(ENUM_FILLER, ' ').trim();
      if (!read.ok && bare && bare !== s) {
        const again = parseEnum(bare, spec.options ?? [], spec.aliases);
        if (again.ok) read = again;
      }
      // "J-1 visa (ECFMG sponsor)", "greencard thru marrige": the choice, then how or why.
      const head = s.replace(ENUM_REMARK, '').trim();
      if (!read.ok && head && head !== s) {
        const bareHead = head.replace(ENUM_FILLER, ' ').trim();
        const again = parseEnum(bareHead || head, spec.options ?? [], spec.aliases);
        if (again.ok) read = again;
      }
      if (!read.ok && spec === TOP_FIELDS.citizenship) {
        const meant = citizenshipByMeaning(s);
        if (meant) return meant;
      }
      if (!read.ok) {
        const mentioned = readMention(spec.name, s);
        if (mentioned) return ok(mentioned);
      }
      // "pakistani, no green card", "no green card, indian passport": another nationality and no green
      // card is the third choice. Without a nationality the member is asked again (below), told why.
      if (!read.ok && spec === TOP_FIELDS.citizenship && NO_GREEN_CARD.test(s) && !US_CITIZEN.test(s)) {
        const country = readCountry(s.replace(NO_GREEN_CARD, ' ').replace(/\bcards?\b|[,;/]+/gi, ' '));
        if (country && country !== 'United States') return ok('non-us');
      }
      if (read.ok && read.value === 'us-permanent-resident' && NO_GREEN_CARD.test(s)) {
        return err(
          `${quote(s)} sounds like you do not hold a green card yet: until it is granted, choose Not a US citizen or permanent resident`,
        );
      }
      // "J1 insha'Allah 🤲", "fellowship hopefully!!": the choice under its wishes and emojis. A wish
      // about a status one holds (citizenship) says it is not held yet, so only the emojis go there.
      if (!read.ok && (spec !== TOP_FIELDS.citizenship || !WISH.test(s))) {
        const plain = undecorated(s);
        if (plain && plain !== s) {
          const again = readField(spec, plain, remarks);
          if (again.ok && again.value !== undefined) return again;
        }
      }
      if (!read.ok && spec === TOP_FIELDS.target && TWO_ROUTES.test(s)) return err(bothRoutes(s));
      // "house officer internship in cairo", "worked as a GP in Lahore": a clinical post named, not a choice.
      if (!read.ok && spec === LIST_FIELDS.timeline.fields.activity && clinicalPost(s)) return ok('clinical');
      if (!read.ok && !Object.values(TOP_FIELDS).includes(spec)) {
        const named = optionByWords(spec.options ?? [], s);
        if (named) return ok(named);
        const withRemark = remarks ? choiceAndRemark(spec, s) : undefined;
        if (withRemark) return ok(withRemark.value);
        // "I passed", "yes passed": the result with nothing else worth saying back.
        const result = spec === LIST_FIELDS.exams.fields.result ? readExamResult(s) : undefined;
        if (result) return ok(result.value);
      }
      if (read.ok || !spec.byCountry) return read;
      // "India", "NMC India", "Ukrainian board": a program or board in that country.
      const country = readCountry(s);
      if (country === 'United States') return ok(spec.byCountry.us);
      // Canada names no single board or accreditation (RCPSC or CFPC), but it is outside the US.
      if (country && (country !== 'Canada' || spec.byCountry.elsewhere)) return ok(spec.byCountry.elsewhere ?? 'other');
      return err(`${read.error}. ${spec.byCountry.hint}`);
    }
    case 'month': {
      // "2019-03 (PGY2, 2 months)": the month, with a remark after it like any other step's value
      // (newcomer trial 22 was told it was "not a month"); remarkNote says where the remark went.
      // An estimate ("around 2010, probably in oct") is read whole by the setup's date estimate.
      const m = parseMonth(s);
      const withRemark = m.ok || !remarks || isEstimate(s) ? undefined : choiceAndRemark(spec, s);
      return withRemark ? ok(withRemark.value) : m;
    }
    case 'month-or-present': {
      // "present, finish june 2028", "PGY2, ends 2028": a residency under way, with its expected end.
      const end = spec === LIST_FIELDS.residencies.fields.to ? residencyEndAnswer(s) : undefined;
      if (end) return ok(end);
      const m = parseMonthOrPresent(s);
      const withRemark = m.ok || !remarks || isEstimate(s) ? undefined : choiceAndRemark(spec, s);
      return withRemark ? ok(withRemark.value) : m;
    }
    case 'day':
      return parseDay(s);
    case 'yes-no': {
      // "nurse informaticist (RN)" at "is the writer a physician?": the profession answers it.
      const profession = spec === LIST_FIELDS.letters.fields.physician ? physicianByProfession(s) : undefined;
      if (profession !== undefined && !parseYesNo(s).ok) return ok(profession);
      const yn = parseYesNo(s);
      const withRemark = yn.ok || !remarks ? undefined : choiceAndRemark(spec, s);
      return withRemark ? ok(withRemark.value) : yn;
    }
    case 'integer': {
      // The example is the field's own ("e.g. 2024" for a year), not its lowest value (1950).
      const n = parseInteger(
        s,
        spec.min ?? 0,
        spec.max ?? Number.MAX_SAFE_INTEGER,
        Number(/e\.g\. (\d+)/.exec(spec.placeholder)?.[1] ?? spec.min ?? 0),
      );
      // "march 2024", "03/2024", "Jan 2023 - Jun 2024" for the year last worked together: its year
      // (the later one of a range), said back by remarkNote (newcomer trial 19 was told "not a whole number").
      const dated = n.ok || spec !== LIST_FIELDS.letters.fields.year ? undefined : yearOfDate(s);
      if (dated !== undefined) return inYearRange(spec, dated, n);
      const withRemark = n.ok || !remarks ? undefined : choiceAndRemark(spec, s);
      return withRemark ? ok(withRemark.value) : n;
    }
    case 'number': {
      // "238 (strong!)", "241 - proud of it": the one number, the decoration said back (scoreAndRemark).
      const withRemark = remarks ? scoreAndRemark(spec, s) : undefined;
      if (withRemark) return ok(withRemark.value);
      // The field's own example ("e.g. 247" for a score), not its lowest value (0).
      return parseNumber(
        s,
        spec.min ?? 0,
        spec.max ?? Number.MAX_SAFE_INTEGER,
        undefined,
        Number(/e\.g\. (\d+)/.exec(spec.placeholder)?.[1] ?? spec.min ?? 0),
      );
    }
    case 'months':
      return parseNumber(s, spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER, 'months');
    case 'text':
    case 'note':
      // "no" to "EHR you used, if any" means none, not an EHR called "no".
      if (!spec.required && NOTHING_WORDS.has(compact(s))) return ok(undefined);
      // "I don't know which one", "still deciding between IM and FM": not a value, never stored as
      // one (a free note may say anything; a title may hold "or").
      if (spec.kind === 'text') {
        const hedge = hedgeOf(s, spec.name !== 'Title');
        if (hedge) {
          return err(
            `${hedgeMessage(s, hedge)}${spec.required ? '' : '. Leave it empty for now and add it later with /profile edit'}`,
          );
        }
      }
      // An EHR is a clinical record system: a research or analytics tool typed there (REDCap, SPSS)
      // would be repeated as "hands-on EHR use" (trial 23, finding 13). A name that also holds an
      // EHR ("Epic and REDCap") is kept.
      if (spec.name === 'EHR') {
        const tool = notAnEhr(s);
        if (tool) {
          return err(
            `${tool} is a research or data tool, not an EHR (an EHR is the clinical record system where patient care is documented, such as Epic, Cerner/Oracle Health or MEDITECH). Type the EHR you used there, or leave this empty if you used none, and list ${tool} with your informatics or research work instead`,
          );
        }
      }
      if (s.length > spec.maxLength) {
        return err(`${quote(s)} is too long (${s.length} characters; at most ${spec.maxLength})`);
      }
      if (spec.minLength !== undefined && s.length < spec.minLength) {
        return err(`${quote(s)} is too short (at least ${spec.minLength} characters; ${spec.placeholder})`);
      }
      // A misspelt specialty would be quoted back in every letter ask and draft.
      if (/country$/i.test(spec.name)) {
        // A country stored as typed ("india", "NMC India") would be quoted back in every letter and
        // draft, and "USA" must read as the US wherever the rules ask where training was.
        const country = readCountry(s);
        return country ? ok(country) : err(notACountry(quote(s)));
      }
      if (spec === LIST_FIELDS.letters.fields.writer) return ok(readWriter(s).name);
      if (spec.name === 'Specialty') {
        // A sentence that names no specialty ("i did my training there"): asked again, never its
        // first word stored (trial 17 stored "i").
        const named = specialtyName(s);
        const kind = trainingKindOf(s);
        // A residency entry keeps the kind of position, in words isPreliminaryYear (training.ts)
        // reads, so no rule counts a preliminary or transitional year as a completed residency.
        if (kind && spec === LIST_FIELDS.residencies.fields.specialty) {
          if (kind === 'transitional') return ok('transitional year');
          return ok(named ? `preliminary ${midSentenceName(named)}` : 'preliminary year');
        }
        if (!named && kind) {
          return err(
            `${quote(s)} is a kind of position, not a specialty: type the specialty itself (for a residency, the one you apply to, e.g. internal medicine); add the ${kind} year under residency training`,
          );
        }
        return named
          ? ok(named)
          : err(`${quote(s)} names no specialty I can read: type the specialty itself, e.g. internal medicine`);
      }
      return ok(s);
  }
}

/** "Internal Medicine" as typed reads "internal medicine" after "preliminary"; "ENT" is kept. */
function midSentenceName(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/[A-Z]{2}/.test(s) ? s.toLowerCase() : s;
}

/** A stored value as the member would type it (for prefilled inputs and "currently …"). */
export function formatFieldValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** True when the compact input matches an enum option's value or label (for autocomplete). */
export function optionMatches(option: FieldOption, partial: string): boolean {
  const key = compact(partial);
  return !key || compact(option.value).includes(key) || compact(option.label).includes(key);
}

/** Research, survey and analytics tools members type where an EHR is asked. */
const NOT_EHR =
  /\b(REDCap|Qualtrics|SurveyMonkey|SPSS|Stata|SAS|Excel|Tableau|Power\s?BI|OpenClinica|Medidata|RStudio|Python|SQL|NVivo|Epi\s?Info)\b/i;
/** Clinical record systems (and the word itself), which make the entry an EHR whatever else it names. */
const EHR_NAMED =
  /\b(?:Epic|Cerner|Oracle\s+Health|MEDITECH|Allscripts|athena(?:health)?|eClinicalWorks|NextGen|VistA|CPRS|Essentris|Practice\s?Fusion|Greenway|Kareo|TrakCare|Cosmos|EHR|EMR|electronic\s+(?:health|medical)\s+record)\b/i;

/** The research or data tool named in place of an EHR, as typed; undefined when an EHR is named. */
function notAnEhr(s: string): string | undefined {
  if (EHR_NAMED.test(s)) return undefined;
  return NOT_EHR.exec(s)?.[1];
}
