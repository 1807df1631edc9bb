/**
 * A first-person gap explanation built from the member's own facts, following the guides' pattern:
 * the reason in one or two plain sentences, most of the words on what was done, a result someone
 * can check, and a link to clinical informatics. One paragraph of at most 150 words.
 *
 * Each reason family has its own sentence shapes, and which sentences appear depends on the facts
 * the profile holds (exams passed, what came next, informatics items). A missing fact becomes a
 * bracketed instruction to the member, never an invented detail. Deterministic: same input, same
 * draft.
 */
import { humanMonth, humanMonths, monthFromIndex, monthIndex } from '../core/dates.js';
import { gaps, isProductive, unplacedUsceIn, type Gap } from '../core/profile/derived.js';
import { OPTIONS, optionLabel } from '../core/profile/field-specs.js';
import type { InformaticsItem, Profile } from '../core/profile/schema.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
import {
  countPlaceholders,
  countWords,
  fillsSlot,
  findBlame,
  GAP_LINT_CONFIG,
  hasOutcome,
  type GapSlot,
} from '../rules/gap-lint.js';
import {
  GAP_FAMILY_WORDS,
  childWords,
  examsNamedAhead,
  gatherGapFacts,
  type ExamPass,
  type GapFacts,
  type GapFamily,
  informaticsWhen,
  type MonthRange,
  prepManner,
  prepStretch,
} from './gap-facts.js';
import { changedSentence, currencySentence, readNoteReason, reasonClause, reasonSentence } from './gap-context.js';
import { residencyAfterGap } from '../rules/redflag-rules/timeline.js';
import { undatedUsceSentence } from '../rules/redflag-rules/undated-usce.js';
import { countryName } from '../rules/redflag-rules/wording.js';
import {
  itemPhrase,
  MAX_OUTCOME_WORDS,
  noteLike,
  tidyMemberText,
  wholeOutcome,
  withoutDoubts,
} from './informatics-phrase.js';

export interface GapDraft {
  text: string;
  family: GapFamily;
  /** Why the family was chosen, in the member's terms. */
  familyBasis: string;
  /**
   * The family in the member's words: credential paperwork alone (ECFMG certification) is called
   * paperwork, not "visa or immigration" (a US citizen waiting for ECFMG has no visa to wait for).
   */
  familyWords: string;
  words: number;
  /** Bracketed parts left for the member to fill. */
  placeholders: number;
  /** Advice that does not belong in the paragraph itself. */
  notes: string[];
  /**
   * The note in `notes` asking to fill the brackets, when there is one. Views that show the
   * fill-first check (src/composers/gap-check.ts) leave it out so it is not said twice.
   */
  fillNote?: string;
  sources: SourceRef[];
}

export const GAP_DRAFT_SOURCES: SourceRef[] = [
  ref('explaining-red-flags', 'explaining-a-gap'),
  ref('explaining-red-flags', 'principles'),
  ref('explaining-red-flags', 'productive-gap-activities'),
  ref('red-flags', 'training-gaps'),
];

/** Instructions written into the draft where the profile has no fact to use. */
export const GAP_PLACEHOLDERS = {
  visaActivity:
    '[Name the course, volunteer role or remote data work you took on while waiting, and what you built or learned.]',
  examMethod:
    '[describe your method in one sentence: for example a question-bank schedule, a review course or a study group, and how you tracked practice scores]',
  caregivingActivity:
    '[name one thing you did to stay engaged: board review, a course, volunteering or part-time work]',
  ownHealthActivity: '[name what you did to stay current: board review, a course or a small project]',
  newChildActivity: '[name one thing you did to keep your knowledge current: a course, board review or a project]',
  personalActivity: '[name one concrete thing you completed: a course, volunteering or board review]',
  personalReason: '[name it in a few plain words, with no medical detail]',
  relocationReason: '[say where you moved and why in a few plain words]',
  otherReasons:
    '[say in a few plain words what kept you from working, for example a move or waiting for a work permit]',
  ownHealthStatus: '[resolved or well managed: say which]',
  ownHealthReady: '[fit and ready to train now: say so only if it is true, with no medical detail]',
  workReason: '[add why in a few words, for example to support your family]',
  workActivity: '[name one task that involved data, a process or a team, and what it produced]',
  otherReason: '[Give the reason in one plain sentence, without blaming anyone.]',
  shortReason: '[the reason in a few plain words, for example a move or a family illness]',
  otherActivity: '[Name one course or project you completed during these months, and what you built or learned.]',
  outcomeSentence: '[your result in one full sentence of your own: what the work produced and who uses it]',
  outcomeNumber: '[Add a number to that result if you have one: how much did it reduce or improve a measure?]',
  outcome:
    '[Add one result someone could check: a passing score, a certificate, a publication, strong evaluations or a number such as "reduced X by 20%".]',
  link: '[Connect this period to clinical informatics in one sentence: a data, EHR or workflow lesson you took from it and where you use it now.]',
} as const;

interface Sentence {
  text: string;
  /** Optional sentences are dropped (last first) if the paragraph runs over the word limit. */
  optional?: boolean;
  /** A shorter wording used, after optional sentences are gone, if the paragraph is still too long. */
  short?: string;
  /**
   * Dropped only as the last resort, after every short form (the currency and what-changed lines):
   * the composer then says in a note what the member must add elsewhere.
   */
  spare?: string;
}

const hm = humanMonth;
const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const joinList = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const safe = (s: string | undefined): s is string => !!s && findBlame(s).length === 0;
/** An informatics item the draft can name: a title left after tidying, and no blame in it. */
const nameable = (i: InformaticsItem | undefined): i is InformaticsItem =>
  !!i && safe(i.title) && tidyMemberText(i.title) !== '';

function passText(x: ExamPass, attempt?: number): string {
  const ordinal = ['', '', 'second', 'third', 'fourth'][attempt ?? 0] ?? `${attempt}th`;
  const nth = attempt && attempt > 1 ? ` on my ${ordinal} attempt` : '';
  return `${x.label}${x.score !== undefined ? ` with a score of ${x.score}` : ''} in ${hm(x.month)}${nth}`;
}

const NEXT_PHRASE: Record<string, string> = {
  clinical: 'returned to clinical work',
  'us-clinical': 'started clinical work in the US',
  research: 'joined a research team',
  informatics: 'moved into informatics work',
  education: 'began formal study',
};

/** "since Mar 2024" / "from Jan 2017 to Jun 2018": the months the reason is about (GapFacts.span). */
function span(f: GapFacts): string {
  return f.span.ongoing ? `since ${hm(f.span.from)}` : `from ${hm(f.span.from)} to ${hm(f.span.to)}`;
}

/** "Jan 2017 to Feb 2024" (one month: "Jan 2017"). */
const range = (x: { from: string; to: string }) => (x.from === x.to ? hm(x.from) : `${hm(x.from)} to ${hm(x.to)}`);

/**
 * A part of the gap the reason does not cover (before or after the member's entry), as an
 * instruction: the draft never stretches one activity over months the timeline does not give it.
 */
function outsideSentence(x: MonthRange | undefined, p: Profile, today: string, gap: Gap): Sentence[] {
  if (!x) return [];
  // Months the timeline gives to exam preparation are told as what they were, with what they led
  // to: exam preparation is part of the gap's story, not a second blank to fill (judges of p88, p92).
  const prep = prepStretch(p, x, today, gap);
  if (prep) {
    const exams = prep.examNames.length ? joinList(prep.examNames) : 'my exams';
    const passed = prep.passes.map((e) => passText(e, attemptNumber(p, e)));
    // Months well after the last pass held no exam the profile names: they are asked for, never
    // given to an exam already passed.
    const tail = prepTail(prep.lastPass, prep.to ?? x.to, prep.passes);
    const when =
      tail && prep.from
        ? `From ${hm(prep.from)}`
        : prep.from && prep.to
          ? prep.from === prep.to
            ? `In ${hm(prep.from)}`
            : `From ${hm(prep.from)} to ${hm(prep.to)}`
          : prep.from
            ? `From ${hm(prep.from)}`
            : prep.to
              ? `Until ${hm(prep.to)}`
              : 'In those months';
    const manner = `${prep.manner.fullTime ? ' full time' : ''} for ${exams}${prep.manner.alongside ? ` ${prep.manner.alongside}` : ''}`;
    return [
      {
        text: `${when} I prepared${manner}${passed.length ? `, and passed ${joinList(passed)}` : ''}.`,
        ...(passed.length
          ? { short: `${when} I prepared for and passed ${joinList(prep.passes.map((e) => e.label))}.` }
          : {}),
      },
      ...(tail ? [tail] : []),
    ];
  }
  // When the timeline lists these months, say what it lists: "[Say what you did]" over months the
  // member already described reads as if the advisor had not seen them.
  const lo = monthIndex(x.from);
  const hi = monthIndex(x.to);
  const listed = [
    ...new Set(
      (p.timeline ?? [])
        // Only what the gap is made of: a job that ends in the month the gap begins hands over in
        // it, and is not "what the timeline lists" for the gap (a judge read "clinical work" there).
        .filter((t) => monthIndex(t.from) <= hi && (t.to === 'present' || monthIndex(t.to) >= lo))
        .filter((t) => !isProductive({ activity: t.activity, ...(t.note !== undefined ? { note: t.note } : {}) }))
        .map((t) => optionLabel(OPTIONS.activity, t.activity).toLowerCase()),
    ),
  ];
  // Preparation whose notes name only exams passed before these months was not preparation: say
  // what was passed, quote the note, and ask (never "I prepared for OET" after the OET pass).
  const notes = (p.timeline ?? [])
    .filter((t) => monthIndex(t.from) <= hi && (t.to === 'present' || monthIndex(t.to) >= lo))
    .filter((t) => t.activity === 'exam-prep' && t.note)
    .map((t) => t.note!.trim());
  const done = examsNamedAhead(p, notes.join(' '), lo).passedBefore;
  if (done.length && notes.length) {
    const passed = joinList(done.map((e) => `${e.label} in ${hm(e.month)}`));
    return [
      {
        text: `[Say what you did ${x.from === x.to ? 'in' : 'from'} ${range(x)}, after passing ${passed}; your note lists ${notes.map((n) => `"${n}"`).join(' and ')}.]`,
      },
    ];
  }
  const hint = listed.length ? `: your timeline lists ${joinList(listed)}` : '';
  return [{ text: `[Say what you did ${x.from === x.to ? 'in' : 'from'} ${range(x)}${hint}.]` }];
}

/** Months of preparation after the last pass from which the draft stops naming an exam. */
const PREP_TAIL_MONTHS = 4;

/**
 * "[Say what you did from Oct 2021 to Jun 2022, after passing Step 2 CK: …]" when exam preparation
 * runs on for months after its last attempt, a pass: the profile gives those months no exam, so the
 * draft asks for them rather than stretch the exam over them (judge of p125).
 */
function prepTail(lastPass: string | undefined, end: string, passes: readonly ExamPass[]): Sentence | undefined {
  if (!lastPass || monthIndex(end) - monthIndex(lastPass) < PREP_TAIL_MONTHS) return undefined;
  const passed = passes.find((x) => x.month === lastPass)?.label;
  const after = monthFromIndex(monthIndex(lastPass) + 1);
  return {
    text: `[Say what you did from ${hm(after)} to ${hm(end)}${passed ? `, after passing ${passed}` : ''}: your timeline lists exam preparation.]`,
    short: `[Say what you did from ${hm(after)} to ${hm(end)}.]`,
  };
}

/** What ended the gap: evidence of currency, in the member's own note where short. */
function nextSentence(f: GapFacts, p: Profile): Sentence | undefined {
  if (!f.next) return undefined;
  // A residency that starts right after the gap ends it: say so plainly, not "returned to clinical
  // work (anaesthesia residency, India)". Only for a residency listed as starting that month (a
  // timeline note alone may describe going back to one).
  const next = f.next;
  const started = (p.residencies ?? []).find(
    (r) => r.from === next.from && next.note?.toLowerCase() === `${r.specialty} residency, ${r.country}`.toLowerCase(),
  );
  const residency = started ? [next.note, started.specialty.toLowerCase(), started.country] : null;
  if (residency) {
    return {
      text: `In ${hm(f.next.from)} I began my ${residency[1]} residency in ${countryName(residency[2]!)}.`,
      optional: true,
    };
  }
  // Clinical work after clinical work before the gap is a return: "started clinical work in the US"
  // told a member who had trained and worked there for years that he was new to it (judge of p122).
  const clinicalNext = f.next.activity === 'clinical' || f.next.activity === 'us-clinical';
  const phrase = clinicalNext
    ? f.clinicalBefore.any
      ? f.next.activity === 'us-clinical' && f.clinicalBefore.us
        ? 'returned to clinical work in the US'
        : f.next.activity === 'us-clinical'
          ? 'started clinical work in the US'
          : 'returned to clinical work'
      : f.next.activity === 'us-clinical'
        ? 'started clinical work in the US'
        : 'began clinical work'
    : NEXT_PHRASE[f.next.activity];
  if (!phrase) return undefined;
  const said = f.next.note ? withoutDoubts(f.next.note)?.text : undefined;
  const note = safe(said) ? ` (${said})` : '';
  return { text: `In ${hm(f.next.from)} I ${phrase}${note}.`, optional: true };
}

/**
 * One neutral sentence for a short stretch (under the gap threshold) the member asks about by its
 * dates: the reason as the timeline gives it, or a bracket asking for it. No draft of another period.
 */
export function shortStretchLine(p: Profile, gap: Gap, today: string): string {
  const f = gatherGapFacts(p, gap, today);
  if (f.family === 'other') {
    const when = gap.ongoing ? `Since ${hm(gap.from)} I have been` : `From ${hm(gap.from)} to ${hm(gap.to)} I was`;
    return `${when} away from clinical work because of ${GAP_PLACEHOLDERS.shortReason}.`;
  }
  return reasonOfSpan(f)
    .map((x) => x.text)
    .join(' ');
}

/** Which attempt the pass was (failed attempts of the same exam before it, plus one). */
function attemptNumber(p: Profile, pass: ExamPass): number {
  const fails = (p.exams ?? []).filter(
    (e) => e.exam === pass.exam && e.result === 'fail' && monthIndex(e.date) <= monthIndex(pass.month),
  ).length;
  return fails + 1;
}

// ---- reason sentences, one shape per family ----------------------------------------------------

function reason(f: GapFacts, p: Profile, today: string): Sentence[] {
  // The months after the member's entry are asked for after what was done in it (see composeGapDraft).
  const exit = exitAtStart(f, p);
  return [...outsideSentence(f.outside.before, p, today, f.gap), ...(exit ? [exit] : reasonOfSpan(f))];
}

/**
 * The honest reason the notes give beside the family's own sentence (newcomer trial 19: "exam
 * preparation; moving to usa, family" was drafted as exam preparation alone, leaving out the move and
 * the missing US licence that programs accept as a reason). `replaces` is true when the sentence
 * stands for the family's own reason sentence, which only asked for the reason in a bracket (no
 * stated reason, or a move whose where and why were left to the member).
 */
function noteReason(f: GapFacts, p: Profile): { sentence: Sentence; replaces: boolean } | undefined {
  if (f.family === 'visa') return undefined;
  // Only the notes of the months the reason speaks for: a parent's care in one entry is not the
  // reason for a job in another.
  const [lo, hi] = [monthIndex(f.span.from), monthIndex(f.span.to)];
  // An entry that only hands over in the span's first month (a leave "to 2023-03" before
  // preparation "from 2023-03") is not part of it.
  const spanNotes = (p.timeline ?? [])
    .filter(
      (t) =>
        t.note && monthIndex(t.from) <= hi && (t.to === 'present' || monthIndex(t.to) > lo || monthIndex(t.from) >= lo),
    )
    .map((t) => t.note!);
  const r = readNoteReason(spanNotes);
  if (!r) return undefined;
  // A new child beside a move or no right to work: the bracket asking what kept the member from
  // working is filled from the notes when they say it.
  if (f.family === 'personal' && f.personalKind === 'new-child' && f.childCare?.otherReasons) {
    const clause = reasonClause(p, f.span, r);
    const own = reasonOfSpan(f)[0]?.text;
    if (!clause || !own?.includes(GAP_PLACEHOLDERS.otherReasons)) return undefined;
    return { sentence: { text: own.replace(GAP_PLACEHOLDERS.otherReasons, clause) }, replaces: true };
  }
  const bracketOnly = f.family === 'other' || (f.family === 'personal' && f.personalKind === 'relocation');
  if (f.family === 'personal' && !bracketOnly) return undefined;
  // A relocation sentence is replaced only when the notes say where or why: else its bracket stays.
  if (
    f.personalKind === 'relocation' &&
    f.family === 'personal' &&
    (!r.move || (!r.move.where && !r.spouseJob && !r.withWhom && !r.family))
  )
    return undefined;
  // What the family's own sentences already say is not said twice ("while caring for two young
  // children" in the preparation's sentence, "while moving to Texas").
  const own = reasonOfSpan(f)
    .map((x) => x.text)
    .join(' ');
  const said = bracketOnly
    ? {}
    : {
        move: /\b(?:mov|relocat|immigrat|emigrat|arriv)\w*/i.test(own),
        children: /\b(?:child|children|kids?|baby|son|daughter|twins)\b/i.test(own),
        illness: /\b(?:ill|illness|caring for|cared for|health)\b/i.test(own),
        paperwork: /\bpaperwork\b/i.test(own),
      };
  const sentence = reasonSentence(p, f.span, r, said);
  return sentence ? { sentence, replaces: bracketOnly } : undefined;
}

/**
 * A gap that begins as a residency ended by a dismissal is told as that: the program's decision,
 * never "I stepped away for a personal reason" (a judge found a dismissed member's draft putting a
 * voluntary departure in his mouth, for an ERAS that asks about adverse actions). Only a dismissal the
 * profile records within a month of the gap's start; a resignation keeps the family's own sentence.
 */
function exitAtStart(f: GapFacts, p: Profile): Sentence | undefined {
  const start = monthIndex(f.span.from);
  const dismissal = (p.professionalism ?? []).find(
    (e) => e.kind === 'dismissal' && Math.abs(monthIndex(e.date) - start) <= 1,
  );
  if (!dismissal) return undefined;
  const g = f.span;
  return {
    text: `${cap(span(f))} I ${g.ongoing ? 'have been' : 'was'} out of clinical training after my residency program dismissed me in ${humanMonth(dismissal.date)} [say in one plain sentence what led to it and what you did about it].`,
  };
}

function familyWords(f: GapFacts): string {
  return f.paperworkOnly ? 'credential paperwork such as ECFMG certification, not a visa' : GAP_FAMILY_WORDS[f.family];
}

function reasonOfSpan(f: GapFacts): Sentence[] {
  const g = f.span;
  const dur = humanMonths(g.months);
  const note = safe(f.mainNote) ? ` (${f.mainNote})` : '';
  switch (f.family) {
    case 'visa': {
      // Waiting for the right to work: said as that, without a visa delay the notes never name.
      if (f.workAuthorization) {
        if (g.ongoing)
          return [
            {
              text: `Since ${hm(g.from)} I have been waiting for work authorization, so I cannot yet work clinically.`,
            },
          ];
        if (f.startsAtGraduation && f.graduated) {
          return [
            {
              text: `After I graduated in ${hm(f.graduated)}, I waited ${dur} for work authorization before I could work clinically.`,
            },
          ];
        }
        return [
          {
            text: `From ${hm(g.from)} to ${hm(g.to)} I did not yet have work authorization, so I could not work clinically.`,
          },
        ];
      }
      // Name a visa only when the notes do; credential paperwork alone is called paperwork.
      const processing = f.paperworkOnly ? 'paperwork processing' : 'visa processing';
      if (g.ongoing) return [{ text: `${cap(processing)} has kept me out of clinical training since ${hm(g.from)}.` }];
      if (f.startsAtGraduation && f.graduated) {
        return [
          {
            text: `After I graduated in ${hm(f.graduated)}, ${processing} kept me from starting clinical training for ${dur}.`,
          },
        ];
      }
      const delay = f.paperworkOnly ? 'a paperwork delay' : 'a visa delay';
      return [{ text: `From ${hm(g.from)} to ${hm(g.to)}, ${delay} kept me out of clinical training.` }];
    }
    case 'personal':
      switch (f.personalKind) {
        case 'caregiving':
          if (g.ongoing)
            return [
              {
                text: `Since ${hm(g.from)} I have been caring for a family member${prepManner(f.gap.notes).fullTime ? ' full time' : ''}.`,
              },
            ];
          if (f.startsAtGraduation && f.graduated) {
            return [
              { text: `Soon after graduating in ${hm(f.graduated)}, I spent ${dur} caring for a family member.` },
            ];
          }
          return [
            { text: `From ${hm(g.from)} to ${hm(g.to)} I stepped away from medicine to care for a family member.` },
          ];
        case 'new-child': {
          // "Leave" only when the notes name one: a leave is from a job the member held.
          if (f.childCare?.leave)
            return [
              {
                text: `I was on parental leave ${span(f)}, ${g.ongoing ? 'and I am now planning my return' : `${dur} in all`}.`,
              },
            ];
          // A move or no right to work shared those months: the child explains only part of them.
          if (f.childCare?.otherReasons)
            return [
              {
                text: `${cap(span(f))} I ${g.ongoing ? 'have been' : 'was'} away from medicine: ${GAP_PLACEHOLDERS.otherReasons}, and for part of that time I cared for ${f.childCare.who}.`,
              },
            ];
          return [
            {
              text: `${cap(span(f))} I ${g.ongoing ? 'have been' : 'was'} at home caring for ${f.childCare?.who ?? childWords('')}${g.ongoing ? ', and I am now planning my return' : ''}.`,
            },
          ];
        }
        case 'own-health':
          return [
            {
              text: `${cap(span(f))} I ${g.ongoing ? 'have been' : 'was'} away from medicine to recover from a health problem, which is now ${GAP_PLACEHOLDERS.ownHealthStatus}.`,
            },
            // Programs' unspoken question after a health gap is whether the member can train now:
            // one line lets them say so, with no diagnosis (privacy), once the gap is behind them.
            ...(g.ongoing ? [] : [{ text: `I am ${GAP_PLACEHOLDERS.ownHealthReady}.` }]),
          ];
        case 'displacement':
          return [
            {
              text: `${cap(span(f))} I ${g.ongoing ? 'have been' : 'was'} displaced from my home country and could not practise medicine.`,
            },
          ];
        case 'relocation':
          // The note says there was a move, not why work stopped: that is left to the member.
          return [
            {
              text: `${cap(span(f))} I ${g.ongoing ? 'have stepped' : 'stepped'} away from medicine when I relocated ${GAP_PLACEHOLDERS.relocationReason}.`,
            },
          ];
        case 'unspecified':
          return [
            {
              text: `${cap(span(f))} I ${g.ongoing ? 'have stepped' : 'stepped'} away from medicine for a personal reason ${GAP_PLACEHOLDERS.personalReason}.`,
            },
          ];
      }
      break;
    case 'exam-prep': {
      // Many exams named here are named again with the passes: the short form keeps them once.
      const many = f.examNames.length > 2;
      // Full time only when the member's note says so; work or care named alongside is said with it.
      const full = f.prepManner.fullTime ? ' full time' : '';
      const also = f.prepManner.alongside ? ` ${f.prepManner.alongside}` : '';
      const tail = f.prepTail !== undefined;
      const shape = (exams: string): string =>
        g.ongoing
          ? `Since ${hm(g.from)} I have been preparing${full} for ${exams}${also}.`
          : tail
            ? `From ${hm(g.from)} I prepared${full} for ${exams}${also}.`
            : f.startsAtGraduation && f.graduated
              ? `After graduating in ${hm(f.graduated)}, I spent ${dur} preparing${full} for ${exams}${also}.`
              : `From ${hm(g.from)} to ${hm(g.to)} I prepared${full} for ${exams}${also}.`;
      // No exam named in the profile for these months: it may be an entrance exam at home (NEET PG),
      // not a licensing exam, so the draft does not say which kind.
      const exams = f.examNames.length ? joinList(f.examNames) : 'my exams';
      return [{ text: shape(exams), ...(many ? { short: shape('my licensing exams') } : {}) }];
    }
    case 'non-clinical-work': {
      const worked = g.ongoing ? 'have worked' : 'worked';
      if (f.forIncome)
        return [{ text: `To support myself financially, I ${worked} outside clinical medicine ${span(f)}${note}.` }];
      return [
        { text: `${cap(span(f))} I ${worked} outside clinical medicine${note}, ${GAP_PLACEHOLDERS.workReason}.` },
      ];
    }
    case 'other':
      break;
  }
  const opener = g.ongoing
    ? `I have been out of clinical training since ${hm(g.from)}.`
    : f.startsAtGraduation && f.graduated
      ? `After graduating in ${hm(f.graduated)}, I did not enter clinical training for ${humanMonths(g.months)}.`
      : `From ${hm(g.from)} to ${hm(g.to)} I was out of clinical training.`;
  return [{ text: opener }, { text: GAP_PLACEHOLDERS.otherReason }];
}

// ---- what was done: the longest part -----------------------------------------------------------

/**
 * "{lead} Step 1 in Nov 2019 on my second attempt and Step 2 CK with a score of 247 in May 2020."
 * The short form names the exams only, for paragraphs that run over the word limit.
 */
function passesSentence(lead: string, passes: readonly ExamPass[], p: Profile, later?: ExamPass): Sentence {
  const full = passes.map((x) => passText(x, attemptNumber(p, x)));
  return {
    text: `${lead} ${joinList(full)}${later ? `, then went on to pass ${passText(later)}` : ''}.`,
    short: `${lead} ${joinList(passes.map((x) => x.label))}${later ? `, then ${later.label}` : ''}.`,
  };
}

function actions(f: GapFacts, p: Profile, reasonGiven = false): Sentence[] {
  const passes = f.passesInGap;
  switch (f.family) {
    case 'visa':
      return [
        { text: 'I decided to treat the wait as working time rather than lost time.', optional: true },
        passes.length ? passesSentence('I studied for and passed', passes, p) : undefined,
        { text: GAP_PLACEHOLDERS.visaActivity },
      ].filter((s): s is Sentence => !!s);
    case 'exam-prep': {
      // With the honest reason and passes to tell, the method is the first thing to go when words
      // run short: the passes already show the preparation worked.
      const out: Sentence[] = [
        {
          text: `I ran my preparation like a project: ${GAP_PLACEHOLDERS.examMethod}.`,
          short: 'I ran my preparation like a project: [describe your method in one sentence].',
          ...(reasonGiven && passes.length ? { optional: true } : {}),
        },
      ];
      if (passes.length) {
        out.push(passesSentence('I passed', passes, p, f.laterPass));
        const tail = prepTail(f.prepTail, f.span.to, passes);
        if (tail) out.push(tail);
      } else if (f.laterPass) {
        out.push({
          text: `I went on to pass ${passText(f.laterPass)}.`,
          short: `I went on to pass ${f.laterPass.label}.`,
        });
      }
      return out;
    }
    case 'personal': {
      const slot = {
        caregiving: GAP_PLACEHOLDERS.caregivingActivity,
        'own-health': GAP_PLACEHOLDERS.ownHealthActivity,
        'new-child': GAP_PLACEHOLDERS.newChildActivity,
        displacement: GAP_PLACEHOLDERS.personalActivity,
        relocation: GAP_PLACEHOLDERS.personalActivity,
        unspecified: GAP_PLACEHOLDERS.personalActivity,
      }[f.personalKind];
      const lead = {
        caregiving: 'Alongside that responsibility I',
        'own-health': 'Once I was able, I',
        'new-child': 'During those months I also',
        displacement: 'While resettling, I',
        relocation: 'Once settled, I',
        unspecified: 'In that period I',
      }[f.personalKind];
      const out: Sentence[] = [{ text: `${lead} ${slot}.` }];
      if (passes.length) out.push(passesSentence('I also prepared for and passed', passes, p));
      return out;
    }
    case 'non-clinical-work': {
      const out: Sentence[] = [{ text: `In that role I ${GAP_PLACEHOLDERS.workActivity}.` }];
      // Exams passed before the job began were not studied for "outside work".
      const before = passes.every((x) => monthIndex(x.month) < monthIndex(f.span.from));
      if (passes.length)
        out.push(
          passesSentence(
            before ? 'Before that I studied for and passed' : 'Outside work I studied for and passed',
            passes,
            p,
          ),
        );
      return out;
    }
    case 'other': {
      const out: Sentence[] = [{ text: GAP_PLACEHOLDERS.otherActivity }];
      if (passes.length) out.push(passesSentence('During the same months I passed', passes, p));
      return out;
    }
  }
}

// ---- a result someone can check, and the link to informatics ------------------------------------

/** The member's outcome, tidied and clipped, when the draft can quote it. */
function quotableOutcome(item: InformaticsItem | undefined): string | undefined {
  if (!nameable(item) || !item.outcome || !safe(item.outcome)) return undefined;
  // The member's facts, never their doubts: a figure they were not sure of is left out (doubtedOutcome).
  const clean = withoutDoubts(item.outcome)?.text;
  // A note to oneself ("i made a dashboard, my manager uses it") is never pasted into a paragraph
  // the member may send as it stands: a placeholder asks for the sentence instead.
  if (clean && noteLike(clean)) return GAP_PLACEHOLDERS.outcomeSentence;
  // Whole sentences only: a result cut mid-sentence misquotes the member.
  return clean ? wholeOutcome(clean) : undefined;
}

/**
 * The member's informatics outcome, introduced as a result ("... has a result I can show: X"), which
 * the lint reads as a stated result. When X itself has no measure (no number, pass or score), an
 * optional placeholder asks for one; it goes first when words run short.
 */
function outcome(item: InformaticsItem, result: string, when: ItemWhen): Sentence[] {
  // A deed outside the gap's months is dated to its own months, never told as what filled the gap
  // nor as a result of the step after it (a judge read a 2017–2021 NGO dashboard, told after "In Apr
  // 2024 I joined a research team", as a result of that research job).
  const own = when.from === when.to ? `In ${startOf(when)}` : `From ${startOf(when)} to ${hm(when.to)}`;
  const lead =
    when.at === 'before'
      ? `${own}, ${itemPhrase(item)} had`
      : when.at === 'after'
        ? when.current
          ? `Since ${startOf(when)}, ${itemPhrase(item)} has`
          : `${own}, ${itemPhrase(item)} had`
        : `${cap(itemPhrase(item))} has`;
  const shortLead =
    when.at === 'before' || (when.at === 'after' && !when.current)
      ? `${own}, one result I can show was`
      : 'One result I can show:';
  const stated: Sentence = {
    text: `${lead} a result I can show: ${result}.`,
    short: `${shortLead} ${result}.`,
  };
  return hasOutcome(result) ? [stated] : [stated, { text: GAP_PLACEHOLDERS.outcomeNumber, optional: true }];
}

/** Where an informatics item falls against the gap, from the timeline entry that names it. */
interface ItemWhen {
  at: 'before' | 'after' | 'during' | 'unknown';
  from: string;
  to: string;
  current: boolean;
  /** The member gave only the start's year ("since 2022"): said as the year, never a made-up month. */
  yearOnly?: boolean;
}

/** The item's start as the member gave it: "Mar 2021", or "2022" when they named only the year. */
const startOf = (w: { from: string; yearOnly?: boolean }): string => (w.yearOnly ? w.from.slice(0, 4) : hm(w.from));

/** An item's own words placing it in residency training: "during residency", "as a PGY-2", "intern year". */
const RESIDENCY_ERA =
  /\b(?:during|in|throughout|while\s+in|while\s+doing|as\s+an?|from|over)\s+(?:my\s+|the\s+|our\s+)?(?:[\w-]+\s+)?(?:residency|resident|internship|intern\s+year)\b|\bpgy-?\s?\d\b|\bresident(?:s'?)?\s+(?:project|research|qi|quality)\b|\bresidency\s+(?:project|research|qi|quality|program\s+project)\b/i;

/**
 * The months of the residency an item's own words place it in ("research during residency"): the
 * residency that does not lie in the gap, nearest to it. Undefined when none is dated.
 */
function residencyEra(
  p: Profile,
  item: InformaticsItem,
  gap: Gap,
  today: string,
): { from: number; to: number } | undefined {
  if (!RESIDENCY_ERA.test(`${item.title} ${item.outcome ?? ''}`)) return undefined;
  const [lo, hi] = [monthIndex(gap.from), monthIndex(gap.to)];
  const now = monthIndex(today.slice(0, 7));
  const spans = (p.residencies ?? [])
    .map((r) => ({ from: monthIndex(r.from), to: r.to === 'present' ? now : monthIndex(r.to) }))
    .filter((r) => Number.isFinite(r.from) && Number.isFinite(r.to) && (r.to < lo || r.from > hi));
  spans.sort(
    (a, b) =>
      Math.min(Math.abs(a.from - hi), Math.abs(a.to - lo)) - Math.min(Math.abs(b.from - hi), Math.abs(b.to - lo)),
  );
  return spans[0];
}

/**
 * Where an item falls against the gap. Only an item the profile places wholly inside the gap's months
 * is told as done in it; one whose dates run past the gap's edge, or whose own words place it in a
 * residency, is dated to its own months (a draft credited research done in residency to the gap).
 */
function itemWhen(p: Profile, item: InformaticsItem, gap: Gap, today: string): ItemWhen {
  const w = residencyEra(p, item, gap, today) ?? informaticsWhen(p, item, today);
  if (!w) return { at: 'unknown', from: gap.from, to: gap.to, current: false };
  // An entry that hands over in the gap's first (or last) month ends before it (or starts after it).
  const [lo, hi] = [monthIndex(gap.from), monthIndex(gap.to)];
  const inside = w.from >= lo && w.to <= hi;
  const at =
    w.to <= lo && w.from < lo
      ? 'before'
      : w.from >= hi && w.to > hi
        ? 'after'
        : inside
          ? 'during'
          : w.to > hi
            ? 'after'
            : 'before';
  return {
    at,
    from: monthFromIndex(w.from),
    to: monthFromIndex(w.to),
    current: w.to >= monthIndex(today.slice(0, 7)),
    ...('yearOnly' in w && w.yearOnly ? { yearOnly: true } : {}),
  };
}

/**
 * A residency applicant (informatics track) is not yet doing "clinical informatics work": the
 * closing line of a gap the profile gives no reason for looks ahead to the training applied for.
 */
function link(
  f: GapFacts,
  item: InformaticsItem | undefined,
  target?: Profile['target'],
  specialty?: string,
): Sentence {
  const through = nameable(item) ? itemPhrase(item) : undefined;
  // The long form names the member's informatics item; the short form is kept for tight paragraphs.
  const naming = (base: string, joiner: string): Sentence =>
    through ? { text: `${base}${joiner}${through}.`, short: `${base}.` } : { text: `${base}.` };
  // A residency applicant's paragraph ends on the residency applied for, never on a fellowship field
  // (newcomer trial 19: a pediatrics applicant's gap draft closed on clinical informatics).
  if (target === 'residency-informatics-track') return residencyClose(f, through, specialty);
  switch (f.family) {
    case 'exam-prep':
      return naming(
        'Measuring my practice scores and adjusting the plan to what they showed is the same habit I now bring to clinical informatics',
        ', most recently through ',
      );
    // A visa wait or a family's care gives the member no motive the draft may claim for them ("seeing
    // care from the family's side sharpened my interest…" was said of a member who never said so,
    // newcomer trial 15): the link states only the informatics work the profile holds.
    case 'visa':
      if (!through) break;
      return naming('I have pursued clinical informatics', ' through ');
    case 'personal':
      if (!through) break;
      return f.personalKind === 'caregiving'
        ? naming('I have pursued clinical informatics', ' through ')
        : f.personalKind === 'displacement'
          ? naming('Rebuilding my career in a new country, I chose clinical informatics', '; my work there includes ')
          : naming('Coming back, I chose to build my career around clinical informatics', '; my work there includes ');
    case 'non-clinical-work':
      if (!through) break;
      return naming('I now bring that outside perspective to clinical informatics', ' through ');
    case 'other':
      if (!through) break;
      return naming('What I took from that period now feeds my clinical informatics work', ', including ');
  }
  return { text: GAP_PLACEHOLDERS.link };
}

/** "a pediatrics residency" / "an internal medicine residency" / "a residency". */
function residencyName(specialty?: string): string {
  const s = specialty?.trim().toLowerCase();
  return s ? `${/^[aeiou]/.test(s) ? 'an' : 'a'} ${s} residency` : 'a residency';
}

/**
 * The closing sentence for a residency applicant: the informatics the profile holds, then the
 * informatics track of the residency applied for, last. With no item, the lesson is a bracket and the
 * residency still closes the paragraph.
 */
function residencyClose(f: GapFacts, through: string | undefined, specialty?: string): Sentence {
  const track = `the informatics track of ${residencyName(specialty)}`;
  if (f.family === 'exam-prep') {
    const habit = 'Measuring my practice scores and adjusting the plan to what they showed is a habit';
    return through
      ? {
          text: `${habit} my informatics work already uses, in ${through}, and one I will bring to ${track}.`,
          short: `${habit} I will bring to ${track}.`,
        }
      : { text: `${habit} I will bring to ${track}.` };
  }
  if (!through) {
    return {
      text: `[Connect this period to informatics in one sentence: a data, EHR or workflow lesson you took from it.] I will bring that lesson to ${track}.`,
      short: `[Connect this period to informatics in one sentence.] I will bring that lesson to ${track}.`,
    };
  }
  const lead =
    f.family === 'personal' && f.personalKind === 'displacement'
      ? 'Rebuilding my career in a new country, I have pursued informatics'
      : f.family === 'non-clinical-work'
        ? 'Alongside that outside perspective, I have pursued informatics'
        : 'I have pursued informatics';
  return {
    text: `${lead} through ${through}, and I will bring it to ${track}.`,
    short: `I will bring my informatics work to ${track}.`,
  };
}

/**
 * True when the sentences that always stay (optional ones may be dropped) fill the slot in both
 * their long and their short forms, so fitting the word limit can never empty it.
 */
function keepsSlot(sentences: readonly Sentence[], slot: GapSlot): boolean {
  const required = sentences.filter((s) => !s.optional);
  return (
    fillsSlot(required.map((s) => s.text).join(' '), slot) &&
    fillsSlot(required.map((s) => s.short ?? s.text).join(' '), slot)
  );
}

/**
 * Fit the paragraph to the lint's word limit: drop optional sentences (last first), then switch
 * sentences to their short forms (last first). Required content is never dropped.
 */
function assemble(sentences: Sentence[], dropped: string[] = []): string {
  const kept = [...sentences];
  const text = () => kept.map((s) => s.text).join(' ');
  const over = () => countWords(text()) > GAP_LINT_CONFIG.maxWords;
  const bracketed = (s: Sentence) => s.text.includes('[');
  const drop = (which: (s: Sentence) => boolean) => {
    for (let i = kept.length - 1; i >= 0 && over(); i--) if (which(kept[i]!)) kept.splice(i, 1);
  };
  const shorten = (which: (s: Sentence) => boolean) => {
    for (let i = kept.length - 1; i >= 0 && over(); i--) {
      const s = kept[i]!;
      if (s.short && which(s)) {
        const { short, ...rest } = s;
        kept[i] = { ...rest, text: short };
      }
    }
  };
  if (!kept.some((s) => s.spare)) {
    drop((s) => !!s.optional);
    shorten(() => true);
    return text();
  }
  // With the currency and what-changed lines to keep, words come first from instructions in
  // brackets, then from short forms, then from optional facts; those lines go last, and a note
  // then says what the member must add elsewhere.
  drop((s) => !!s.optional && bracketed(s));
  shorten(bracketed);
  shorten((s) => !bracketed(s));
  drop((s) => !!s.optional);
  for (let i = kept.length - 1; i >= 0 && over(); i--) {
    const s = kept[i]!;
    if (s.spare) {
      dropped.push(s.spare);
      kept.splice(i, 1);
    }
  }
  return text();
}

/** The stretch of only exam preparation that ends the month before the gap begins, or begins the month after it ends. */
function neighbourPrep(p: Profile, gap: Gap, today: string, side: 'before' | 'after'): Gap | undefined {
  if (side === 'after' && gap.ongoing) return undefined;
  return (gaps(p, today) ?? []).find(
    (g) =>
      (side === 'after'
        ? monthIndex(g.from) === monthIndex(gap.to) + 1
        : monthIndex(g.to) === monthIndex(gap.from) - 1) &&
      g.uncoveredMonths === 0 &&
      g.activities.length > 0 &&
      g.activities.every((a) => a === 'exam-prep'),
  );
}

/**
 * What came right before a stretch of exam preparation that derived.gaps split off from it (a leave,
 * a blank or a job outside medicine too short to be a gap of its own): told first, with its own
 * reason and the member's own dates, so a draft about the preparation does not leave programs asking
 * why the clinical work before it stopped (maternity leave from Oct 2022 to Mar 2023, then USMLE
 * preparation from Mar 2023). Dropped first when the paragraph runs long, as the preparation
 * before a gap is.
 */
function leadIn(p: Profile, gap: Gap, today: string, prepBefore: Gap | undefined): Sentence[] {
  if (prepBefore) return [];
  const before = (gaps(p, today) ?? []).find((g) => monthIndex(g.to) === monthIndex(gap.from) - 1);
  if (!before) return [];
  const f = gatherGapFacts(p, before, today, { ownEnd: true });
  const told = f.family === 'other' ? outsideSentence(before, p, today, before) : reasonOfSpan(f);
  return told.map((x) => ({ ...x, optional: true }));
}

/** Preparation that runs up to today: "Since Jul 2024 I have been preparing full time for Step 1". */
function ongoingPrep(x: Gap, p: Profile, today: string): Sentence[] {
  const prep = prepStretch(p, x, today, x);
  if (!prep) return [];
  const exams = prep.examNames.length ? joinList(prep.examNames) : 'my exams';
  const passed = prep.passes.map((e) => passText(e, attemptNumber(p, e)));
  return [
    {
      text: `Since ${hm(x.from)} I have been preparing full time for ${exams}${passed.length ? `, and have passed ${joinList(passed)}` : ''}.`,
    },
  ];
}

/** Only the step that ended a stretch, with no key at all when there was none (exact optional types). */
const nextOnly = (x: GapFacts): Pick<GapFacts, 'next'> | Record<string, never> => (x.next ? { next: x.next } : {});

export function composeGapDraft(p: Profile, gap: Gap, today: string): GapDraft {
  const gathered = gatherGapFacts(p, gap, today);
  // Passes told with the exam preparation around the reason's months are not told again with it.
  const prepMonths = [gathered.outside.before, gathered.outside.after].flatMap((x) =>
    x && prepStretch(p, x, today, gap) ? [[monthIndex(x.from), monthIndex(x.to)] as const] : [],
  );
  const f: GapFacts = {
    ...gathered,
    passesInGap: gathered.passesInGap.filter(
      (e) => !prepMonths.some(([lo, hi]) => monthIndex(e.month) >= lo && monthIndex(e.month) <= hi),
    ),
  };
  const usable = f.informatics.filter(nameable);
  const when = new Map(usable.map((i) => [i, itemWhen(p, i, gap, today)] as const));
  // The first item with a quotable outcome carries the result (items come ranked, checkable first).
  const resultItem = usable.find((i) => quotableOutcome(i) !== undefined);
  const resultText = quotableOutcome(resultItem);
  // Name a different item in the link sentence when one already carried the result; the link says
  // what the member pursues now, so an item the timeline puts before the gap is not it.
  const linkItem = usable.find((i) => i !== resultItem && when.get(i)!.at !== 'before');

  // Exam preparation right before the gap is its own stretch too: told first, in date order, as
  // what came before, and dropped first when the paragraph runs long.
  const prepBefore = neighbourPrep(p, gap, today, 'before');
  // Each result is told in the period it belongs to: one from before the gap opens the paragraph, one
  // from the gap's own months follows what was done in them, one from later follows the step after
  // the gap; an undated one closes the paragraph, as before.
  const resultAt = resultItem && resultText ? when.get(resultItem)!.at : undefined;
  const result = (at: ItemWhen['at'] | 'end'): Sentence[] =>
    resultItem && resultText && (resultAt === at || (at === 'end' && (resultAt === 'after' || resultAt === 'unknown')))
      ? outcome(resultItem, resultText, when.get(resultItem)!)
      : [];
  const found = noteReason(f, p);
  const own = reasonOfSpan(f).map((x) => x.text);
  // Exam preparation over the same months joins the reason's sentence ("…, I could not practise
  // medicine without a US licence, and I prepared for Step 1"), so the months are dated once.
  const joinPrep =
    found &&
    !found.replaces &&
    f.family === 'exam-prep' &&
    own.length === 1 &&
    f.span.from === gap.from &&
    f.span.to === gap.to
      ? /^(?:From|Since|After) [^,]*?,? (I (?:prepared|have been preparing|spent) .*)$/.exec(own[0]!)?.[1]
      : undefined;
  const honest =
    found && joinPrep
      ? {
          ...found,
          replaces: true,
          // "…, and I also cared for my children; I prepared for …": one "and" per sentence part.
          sentence: {
            text: `${found.sentence.text.replace(/\.$/, '')}${found.sentence.text.includes(', and ') ? ';' : ', and'} ${joinPrep}`,
          },
        }
      : found;
  const familySentences = reason(f, p, today);
  const sentences: Sentence[] = [
    // The reason the notes give comes first, in plain words (trial 19, finding 11).
    ...(honest ? [honest.sentence] : []),
    ...result('before'),
    ...(prepBefore ? outsideSentence(prepBefore, p, today, gap).map((x) => ({ ...x, optional: true })) : []),
    ...leadIn(p, gap, today, prepBefore),
    ...(honest?.replaces ? familySentences.filter((x) => !own.includes(x.text)) : familySentences),
    ...actions(f, p, !!honest),
    ...result('during'),
    ...outsideSentence(f.outside.after, p, today, gap),
  ];
  // Exam preparation right after the gap is its own stretch (derived.gaps), not part of this one:
  // told as what came next, with what it led to, and the step after it is what ended the story.
  const prepAfter = neighbourPrep(p, gap, today, 'after');
  if (prepAfter)
    sentences.push(
      ...(prepAfter.ongoing ? ongoingPrep(prepAfter, p, today) : outsideSentence(prepAfter, p, today, gap)),
    );
  const next = nextSentence(prepAfter ? { ...f, ...nextOnly(gatherGapFacts(p, prepAfter, today)) } : f, p);
  if (next) sentences.push(next);
  sentences.push(...result('end'));

  // Guarantee the three things the guide asks for, judged exactly as the lint judges them: an
  // action, a result (the member's, or a placeholder asking for one), an informatics link.
  if (!keepsSlot(sentences, 'outcome')) sentences.push({ text: GAP_PLACEHOLDERS.outcome });
  if (!keepsSlot(sentences, 'action')) sentences.splice(1, 0, { text: GAP_PLACEHOLDERS.otherActivity });
  // What programs ask next of a long time away and of a reapplicant: how clinical knowledge was
  // kept current, and what changed since the last cycle (from the profile, or a bracket to fill).
  const currency = currencySentence(p, today);
  if (currency)
    sentences.push({
      ...currency,
      spare:
        'how you have kept your clinical knowledge current since your last patient care (observerships, CME, exams passed)',
    });
  const changed = changedSentence(p, today);
  if (changed) sentences.push({ ...changed, spare: 'what you have changed since your last application cycle' });
  sentences.push(link(f, linkItem, p.target, p.specialty));
  if (!keepsSlot(sentences, 'link')) sentences.push({ text: GAP_PLACEHOLDERS.link });

  const left: string[] = [];
  const text = assemble(sentences, left);
  const placeholders = countPlaceholders(text);
  const notes: string[] = [];
  const fillNote = placeholders
    ? `Fill the ${placeholders} [bracketed] part${placeholders === 1 ? '' : 's'} with your own facts, then check your version with --draft.`
    : undefined;
  if (fillNote) notes.push(fillNote);
  if (left.length) {
    notes.push(
      `Programs will also ask ${left.join(', and ')}; this paragraph has no room left for it within ${GAP_LINT_CONFIG.maxWords} words, so say it in your personal statement or an interview answer.`,
    );
  }
  if (gap.uncoveredMonths > 0) {
    notes.push(
      `Your timeline has no entry for ${humanMonths(gap.uncoveredMonths)} of this gap; add what you did so ERAS shows no blank months.`,
    );
    // The same reading as /redflag: undated US clinical experience may be these blank months.
    const unplaced = unplacedUsceIn(p, gap, today);
    const undated = unplaced
      ? undatedUsceSentence(
          p,
          today,
          `up to ${humanMonths(unplaced)} of this gap may be it and are not counted as a gap`,
        )
      : undefined;
    if (undated) notes.push(undated);
  }
  notes.push(
    `The reason was read as ${familyWords(f)} (from ${f.familyBasis}); if that is wrong, add a note to the timeline entry for these months.`,
  );
  // A member whose status depends on a spouse's visa or a pending application (H-4, an adjustment
  // of status, asylum) often could not work until a work permit came: offered as a question, never
  // put in the draft, since the profile does not say it was the reason (trial 23, finding 12).
  const permitWait = f.family !== 'visa' ? dependantStatusWords(p) : undefined;
  if (permitWait) {
    notes.push(
      `Your profile mentions ${permitWait}. If you could not work in these months because you were waiting for your work permit (EAD), that is a reason programs accept and the usual one in this situation: say so in the first sentence, with the month the permit was approved, and add it to the timeline note for these months. The draft does not say it, because your profile does not give it as the reason.`,
    );
  }
  const tooLong = resultItem ? undefined : usable.find((i) => i.outcome && safe(i.outcome) && !wholeOutcome(i.outcome));
  if (tooLong) {
    notes.push(
      `The outcome of "${tidyMemberText(tooLong.title)}" is too long to quote whole: put its key result in one short sentence (at most ${MAX_OUTCOME_WORDS} words) in your profile.`,
    );
  }
  // Same reading as the red-flag report: a gap a later accepted residency answers needs a dated
  // entry and a sentence if asked, so the paragraph is for an application that asks for more.
  const after = residencyAfterGap(p, gap, today);
  if (after) {
    notes.push(
      `This gap ended before your ${after.residency.specialty} residency, which now speaks for you: for a fellowship, a dated ERAS entry and a sentence if asked are usually enough. Keep this paragraph for an application or interviewer that asks for more.`,
    );
  }
  // A result whose figure the member doubted ("maybe 10%? not sure"): left out of the draft, and said.
  const doubted = usable.filter((i) => i.outcome && withoutDoubts(i.outcome)?.doubtful);
  for (const i of doubted) {
    notes.push(
      `Your result for "${tidyMemberText(i.title)}" says you are not sure of its figure, so the draft leaves the figure out; check it and add it in your own words once you can stand behind it.`,
    );
  }
  const dated = usable.filter((i) => when.get(i)!.at !== 'unknown');
  if (dated.length) {
    const side = { before: 'before this gap', after: 'after this gap', during: 'during this gap' } as const;
    notes.push(
      `Dated from your timeline: ${dated
        .map((i) => {
          const w = when.get(i)!;
          return `"${tidyMemberText(i.title)}" (${w.current ? `since ${startOf(w)}` : w.yearOnly ? `${startOf(w)} to ${hm(w.to)}` : range(w)}, ${side[w.at as keyof typeof side]})`;
        })
        .join('; ')}. The draft names each as what it was, not as what filled the gap.`,
    );
  }
  if (f.informatics.length > dated.length) {
    notes.push(
      dated.length
        ? 'Your profile does not record when your other informatics items took place, so the draft does not place them in the gap. If one did, say so: it turns the gap into career development.'
        : 'Your profile does not record when your informatics items took place, so the draft does not place them in the gap. If one did, say so: it turns the gap into career development.',
    );
  }
  return {
    text,
    family: f.family,
    familyBasis: f.familyBasis,
    familyWords: familyWords(f),
    words: countWords(text),
    placeholders,
    notes,
    ...(fillNote ? { fillNote } : {}),
    sources: GAP_DRAFT_SOURCES,
  };
}

/**
 * The words in the member's profile that show a status whose work permit depends on a spouse's visa
 * or on a pending application ("H-4", "pending adjustment of status", "asylum", "an EAD"), or
 * undefined. Read from every timeline note (a status is often told only where it began).
 */
function dependantStatusWords(p: Profile): string | undefined {
  const notes = (p.timeline ?? []).map((t) => t.note ?? '').join('; ');
  const found: [RegExp, string][] = [
    [/\bH-?4\b/i, 'an H-4 dependant status'],
    [/\b(?:adjustment of status|I-?485|green[- ]card application)\b/i, 'a pending green-card application'],
    [/\basylum\b/i, 'an asylum application'],
    [/\b(?:L-?2|E-?2|J-?2|F-?2)\b(?:\s+(?:visa|status|dependant|dependent|spouse))/i, 'a dependant visa'],
    [/\b(?:EAD|work permit|employment authori[sz]ation)\b/i, 'a work permit (EAD)'],
  ];
  const hits = found.filter(([re]) => re.test(notes)).map(([, w]) => w);
  if (!hits.length) return undefined;
  // A permit alone (a TPS or DACA card) says nothing about a wait; it counts beside a status that waits for one.
  const waits = hits.filter((w) => w !== 'a work permit (EAD)');
  return waits.length ? joinWords(hits) : undefined;
}

function joinWords(ws: string[]): string {
  return ws.length < 2 ? (ws[0] ?? '') : `${ws.slice(0, -1).join(', ')} and ${ws[ws.length - 1]}`;
}
