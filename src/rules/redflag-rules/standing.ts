/**
 * Rules about the member's standing rather than their training record: `multiple-match-attempts`,
 * `professionalism` and `visa-sponsorship`.
 */
import { humanMonth, monthIndex, monthOfDay } from '../../core/dates.js';
import { mergeSpans, needsVisa, periods } from '../../core/profile/derived.js';
import type { Profile, ProfessionalismEntry } from '../../core/profile/schema.js';
import type { Severity, SourceRef } from '../../core/types.js';
import { ref } from '../../knowledge/outline.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';
import { noResult, type RuleResult } from '../redflag-types.js';
import { joinAnd, plural } from './wording.js';

export const MATCH_NOT_GIVEN = 'matchAttempts not given — previous Match or fellowship cycles could not be checked';
export const PROFESSIONALISM_NOT_GIVEN = 'professionalism not given — disciplinary history could not be checked';
export const CITIZENSHIP_NOT_GIVEN = 'citizenship not given — visa sponsorship could not be checked';

export function matchAttemptsRule(p: Profile): RuleResult {
  if (p.matchAttempts === undefined) return { flags: [], notGiven: [MATCH_NOT_GIVEN] };
  const m = RED_FLAG_THRESHOLDS.matchAttempts;
  const n = p.matchAttempts;
  if (n < m.flagFrom) return noResult();
  const severity: Severity = n >= m.highFrom ? 'high' : 'medium';

  const actions = [
    'Change something real before this cycle and be ready to name it: new US clinical experience, stronger letters, a better score or more informatics work.',
    `Review what your ${plural(n, 'previous cycle')} tell you (how many interviews, any feedback, weak spots in the file), pick targeted fixes and check their effect, the way an improvement cycle works.`,
    'Tell the story of what changed between cycles, consistently, in your personal statement, ERAS entries and interviews.',
  ];
  const sources: SourceRef[] = [
    ref('red-flags', 'multiple-match-attempts'),
    ref('explaining-red-flags', 'personal-statement'),
  ];
  if (needsVisa(p)) {
    actions.push(
      'Programs look harder at visa timing after repeated cycles: confirm each program sponsors your visa before you apply.',
    );
    sources.push(ref('visas', 'visa-as-logistics-risk'));
  }
  return {
    flags: [
      {
        id: 'multiple-match-attempts',
        severity,
        title: `Multiple Match attempts: ${plural(n, 'previous cycle')}`,
        why: `You list ${plural(n, 'previous unsuccessful Match or fellowship cycle')}.`,
        actions,
        sources,
      },
    ],
    notGiven: [],
  };
}

function describeEntry(e: ProfessionalismEntry): string {
  const status =
    e.remediated === true ? 'remediated' : e.remediated === false ? 'not remediated' : 'remediation not stated';
  return `${e.kind} ${humanMonth(e.date)}, ${status}${e.note ? `: "${e.note}"` : ''}`;
}

export function professionalismRule(p: Profile): RuleResult {
  if (!p.professionalism) return { flags: [], notGiven: [PROFESSIONALISM_NOT_GIVEN] };
  if (!p.professionalism.length) return noResult();
  const entries = [...p.professionalism].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const open = entries.filter((e) => e.remediated !== true);

  const actions = [
    'Disclose it in full: answer the ERAS question on adverse actions or interruptions honestly and briefly. Trying to hide it is often a deal-breaker on its own.',
  ];
  for (const e of open) {
    actions.push(
      `Your ${e.kind} of ${humanMonth(e.date)} is not marked as remediated: complete or document a remediation plan, and be ready to show what has changed since.`,
    );
  }
  actions.push(
    'Document the remediation: the completed plan, what you changed afterwards, and recent evaluations showing the problem has not come back.',
  );
  actions.push(
    'Explain it in one paragraph: what happened and what the program did, brief context, your own responsibility, the changes, later evidence, and the lesson for informatics work.',
  );
  const corroborated = (p.letters ?? []).some((l) => l.mentionsProfessionalism === true);
  actions.push(
    `Ask recent supervisors to comment explicitly on your reliability and professional conduct; your account is only believed when letters confirm it.${
      p.letters && !corroborated ? ' None of your listed letters is marked as addressing professionalism yet.' : ''
    }`,
  );

  return {
    flags: [
      {
        id: 'professionalism',
        severity: 'high',
        title: `Professionalism: ${joinAnd(entries.map((e) => `${e.kind} (${humanMonth(e.date)})`))}`,
        why: `Your profile lists ${entries.map(describeEntry).join('; ')}.${
          open.length ? ` ${plural(open.length, 'entry is', 'entries are')} not marked as remediated.` : ''
        }`,
        actions,
        sources: [
          ref('red-flags', 'professionalism'),
          ref('explaining-red-flags', 'explaining-professionalism'),
          ref('explaining-red-flags', 'eras-experiences'),
          ref('letters', 'letters-and-red-flags'),
        ],
      },
    ],
    notGiven: [],
  };
}

const VISA_LABEL = { j1: 'J-1', h1b: 'H-1B', o1: 'O-1' } as const;
/** Said aloud: "a J-1", but "an H-1B" and "an O-1". */
const VISA_WITH_ARTICLE = { j1: 'a J-1', h1b: 'an H-1B', o1: 'an O-1' } as const;

/** Visa limits the visa rule names (knowledge/visas.md; confirm with ECFMG, USCIS or an attorney). */
export const VISA_LIMITS = {
  /** J-1 clinical training: at most seven years in total (ECFMG sponsorship). */
  j1MaxYears: 7,
  /** H-1B: six years in total, training years included. */
  h1bMaxYears: 6,
  /** A clinical informatics fellowship is typically two years. */
  ciFellowshipYears: 2,
} as const;

/**
 * Time the profile shows on a training visa in the US: the US clinical entries whose notes name
 * the visa ("hospitalist (cap-exempt H-1B)"), or, when no note names it, the US residencies (a
 * resident who needs this visa most likely trained on it; the text then says "if"). Overlaps
 * count once. Time abroad never counts, whatever its note says.
 */
function visaTime(p: Profile, today: string, visa: 'j1' | 'h1b'): VisaTime | undefined {
  const name = visa === 'j1' ? /\bJ-?1\b/i : /\bH-?1-?B\b/i;
  // Training-visa time is US clinical time: a note like "returned home after the J-1" is not.
  const us = periods(p, today).filter((x) => x.activity === 'us-clinical');
  const tagged = us.filter((x) => x.note && name.test(x.note));
  const ps = tagged.length ? tagged : us.filter((x) => x.index < 0);
  if (!ps.length) return undefined;
  const spans = mergeSpans(ps);
  const months = spans.reduce((n, x) => n + x.months, 0);
  const now = monthOfDay(today);
  const text = joinAnd(spans.map((x) => `${humanMonth(x.from)} – ${x.to === now ? 'now' : humanMonth(x.to)}`));
  return { months, text, named: tagged.length > 0 };
}

interface VisaTime {
  months: number;
  text: string;
  /** True when the member's own notes name the visa; false when inferred from US residencies. */
  named: boolean;
}

/** "about 5 years on H-1B (Jul 2021 – now)", and what a fellowship would add, against the limit. */
function visaTimeWhy(t: VisaTime, label: string, limit: number, fellowship: boolean): { text: string; over: boolean } {
  const used = years(t.months);
  const after = Math.round((used + (fellowship ? VISA_LIMITS.ciFellowshipYears : 0)) * 10) / 10;
  const over = used >= limit || (fellowship && after > limit);
  const base = t.named
    ? `Your timeline shows about ${used} years on ${label} (${t.text}), and that time counts toward its ${limit}-year limit`
    : `Your profile shows about ${used} years of US residency (${t.text}); if it was on ${label}, it counts toward the ${limit}-year limit`;
  const project = fellowship
    ? `; a ${VISA_LIMITS.ciFellowshipYears}-year fellowship would bring it to about ${after}${over ? `, past the limit` : ''}`
    : over
      ? ', which is already at the limit'
      : '';
  return { text: `${base}${project}.`, over };
}

const years = (months: number) => Math.round((months / 12) * 10) / 10;

/** Step 3 as the exams show it: passed (when), failed and not yet passed, or not listed. */
function step3Status(p: Profile): { passed?: string; failed: boolean } {
  const attempts = (p.exams ?? []).filter((a) => a.exam === 'step3');
  const pass = attempts.find((a) => a.result === 'pass');
  return { ...(pass ? { passed: pass.date } : {}), failed: attempts.some((a) => a.result === 'fail') };
}

/**
 * `visa-sponsorship`: only for a member who is not a US citizen or permanent resident and needs a
 * visa (no visa advice otherwise). Low, except medium for a hard blocker: H-1B with Step 3 not
 * passed (H-1B sponsorship for training requires every USMLE Step, Step 3 included), or visa time
 * the member's own notes show that a fellowship would push past the limit (H-1B 6 years, J-1 7).
 */
export function visaSponsorshipRule(p: Profile, today: string): RuleResult {
  if (!p.citizenship) return { flags: [], notGiven: [CITIZENSHIP_NOT_GIVEN] };
  if (!needsVisa(p)) return noResult();
  const named = p.visa === 'j1' || p.visa === 'h1b' || p.visa === 'o1' ? p.visa : undefined;
  const label = named ? VISA_LABEL[named] : undefined;
  const why: string[] = [
    named
      ? `You are not a US citizen or permanent resident and would need ${VISA_WITH_ARTICLE[named]} visa for training.`
      : p.visa === 'undecided'
        ? 'You are not a US citizen or permanent resident and have not decided which visa you would train on.'
        : 'You are not a US citizen or permanent resident and your profile does not say which visa you would need.',
  ];
  const step3 = step3Status(p);
  const fellowship = p.target === 'ci-fellowship';
  let severity: Severity = 'low';

  const actions: string[] = [];
  if (p.visa === 'j1') {
    actions.push(
      'J-1 for clinical training is sponsored by ECFMG (not by the program). You will need a Statement of Need from the Ministry of Health of your country of last permanent residence, naming exactly the specialty you will train in' +
        (fellowship ? ' (clinical informatics for a CI fellowship)' : '') +
        '; start on it early, as ministries can take months.',
    );
    actions.push(
      `Know the J-1 limits: clinical training on it is capped at ${VISA_LIMITS.j1MaxYears} years in total, and afterwards you must spend two years in your home country (or obtain a waiver, usually through a service commitment) before you can change to H-1B or a green card; you cannot switch to H-1B inside the US without that waiver.`,
    );
    const used = visaTime(p, today, 'j1');
    if (used) {
      const w = visaTimeWhy(used, 'J-1', VISA_LIMITS.j1MaxYears, fellowship);
      why.push(w.text);
      if (w.over) {
        if (used.named) severity = 'medium'; // the member's own notes say so; otherwise it is an "if"
        actions.push(
          `${used.named ? 'Your' : 'If so, your'} J-1 time would run past the seven-year limit: ask ECFMG whether an extension applies to you before you rank or commit to a program.`,
        );
      }
    }
  } else if (p.visa === 'h1b') {
    const stepText = step3.passed
      ? `your profile shows Step 3 passed (${humanMonth(step3.passed)})`
      : step3.failed
        ? 'your profile shows a Step 3 attempt that did not pass, and no pass yet'
        : 'your profile lists no Step 3 pass yet';
    why.push(`H-1B sponsorship for training requires all USMLE Steps passed, Step 3 included; ${stepText}.`);
    if (!step3.passed) {
      severity = 'medium';
      actions.push(
        'Pass Step 3 before programs decide: H-1B programs typically need the result before they file the petition (often by the rank or commit deadline). Without it, only J-1 remains open: sponsored by ECFMG, with a Statement of Need from your home ministry of health and two years in your home country afterwards (or a waiver).',
      );
    }
    actions.push(
      'The program itself petitions for H-1B, and not every program does: ask each one whether it sponsors H-1B for trainees. Universities and their affiliated hospitals are usually cap-exempt employers, so the yearly H-1B lottery does not apply to them.',
    );
    actions.push(
      `H-1B time is limited to ${VISA_LIMITS.h1bMaxYears} years in total, and training years count.${fellowship ? ` A CI fellowship typically takes ${VISA_LIMITS.ciFellowshipYears} of them.` : ''}`,
    );
    const used = visaTime(p, today, 'h1b');
    if (used) {
      const w = visaTimeWhy(used, 'H-1B', VISA_LIMITS.h1bMaxYears, fellowship);
      why.push(w.text);
      if (w.over) {
        if (used.named) severity = 'medium'; // the member's own notes say so; otherwise it is an "if"
        actions.push(
          `${used.named ? 'Your' : 'If so, your'} H-1B time would run out before the training ends: extensions beyond six years exist only in specific cases (for example a green-card process under way), so check with an immigration attorney and each program now, before you rank or commit.`,
        );
      }
    }
  } else if (p.visa === 'o1') {
    actions.push(
      'Know what O-1 needs: a documented record of extraordinary ability (publications, awards, leadership). It is rarely used for training positions; most programs sponsor J-1 (through ECFMG) or H-1B (which needs all USMLE Steps, Step 3 included), so ask each program and keep one of those as a fallback.',
    );
  } else {
    actions.push(
      'Compare J-1 and H-1B for your situation: J-1 is sponsored by ECFMG and needs a Statement of Need from your home ministry of health, with a two-year home-residence requirement afterwards; H-1B is petitioned by the program and needs all USMLE Steps including Step 3 passed. Then decide which one you will ask programs about.',
    );
    if (!step3.passed) {
      actions.push('If you want H-1B to stay open, plan to pass Step 3 before applications close.');
    }
  }
  actions.push(
    `Check each program's sponsorship history${label ? ` for ${label}` : ''} before you apply (website, current fellows, open houses), and send a short eligibility inquiry where it is unclear.`,
  );
  actions.push(
    'Build your list of programs that take IMGs and sponsor your visa in June–September, before applications go out.',
  );
  actions.push(
    'Raise visa matters in interviews only when asked or relevant, briefly; your letters need not mention immigration.',
  );
  actions.push(
    'Confirm the details with ECFMG, the program and, if needed, an immigration attorney: this advice is general, not legal, and the rules change.',
  );

  const sources: SourceRef[] = [
    ref('red-flags', 'how-programs-read-red-flags'),
    ref('visas', 'visa-as-logistics-risk'),
    ref('visas', 'j1-h1b-o1'),
  ];
  if (p.visa !== 'h1b' && p.visa !== 'o1') sources.push(ref('visas', 'j1-sponsorship'));
  if (p.visa !== 'j1' && p.visa !== 'o1') sources.push(ref('visas', 'h1b-for-training'));
  sources.push(ref('visas', 'sponsorship-history'));

  return {
    flags: [
      {
        id: 'visa-sponsorship',
        severity,
        title: `Visa sponsorship needed${label ? ` (${label})` : ''}${p.visa === 'h1b' && !step3.passed ? ': Step 3 not passed yet' : ''}`,
        why: why.join(' '),
        actions,
        sources,
      },
    ],
    notGiven: [],
  };
}
