/**
 * Rules about the member's standing rather than their training record: `multiple-match-attempts`,
 * `professionalism` and `visa-sponsorship`.
 */
import { humanMonth, monthIndex } from '../../core/dates.js';
import { needsVisa } from '../../core/profile/derived.js';
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

export function visaSponsorshipRule(p: Profile): RuleResult {
  if (!p.citizenship) return { flags: [], notGiven: [CITIZENSHIP_NOT_GIVEN] };
  if (!needsVisa(p)) return noResult();
  const label = p.visa === 'j1' || p.visa === 'h1b' || p.visa === 'o1' ? VISA_LABEL[p.visa] : undefined;
  const why = label
    ? `You are not a US citizen and would need a ${label} visa for training.`
    : p.visa === 'undecided'
      ? 'You are not a US citizen and have not decided which visa you would train on.'
      : 'You are not a US citizen and your profile does not say which visa you would need.';

  const actions: string[] = [];
  if (p.visa === 'j1') {
    actions.push(
      'Know what J-1 means for you: ECFMG sponsors it for clinical training, and you must spend two years in your home country afterwards unless you get a waiver (usually tied to a service commitment). Compare it with H-1B before you commit.',
    );
  } else if (p.visa === 'h1b') {
    const step3 = (p.exams ?? []).some((a) => a.exam === 'step3' && a.result === 'pass');
    actions.push(
      `Know what H-1B means for you: the program itself must petition for it, not every program does, and many want Step 3 passed first${step3 ? '' : ' (you have not listed a Step 3 pass yet)'}. Compare it with J-1.`,
    );
  } else if (p.visa === 'o1') {
    actions.push(
      'Know what O-1 needs: a documented record of extraordinary ability (publications, leadership). It is rare for trainees, so keep J-1 or H-1B as a fallback.',
    );
  } else {
    actions.push('Learn J-1 vs H-1B vs O-1 for your situation and decide which one you will ask programs about.');
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
    'Confirm the details with ECFMG, the program and, if needed, an immigration attorney: this advice is general, not legal.',
  );

  return {
    flags: [
      {
        id: 'visa-sponsorship',
        severity: 'low',
        title: `Visa sponsorship needed${label ? ` (${label})` : ''}`,
        why,
        actions,
        sources: [
          ref('red-flags', 'how-programs-read-red-flags'),
          ref('visas', 'visa-as-logistics-risk'),
          ref('visas', 'j1-h1b-o1'),
          ref('visas', 'sponsorship-history'),
        ],
      },
    ],
    notGiven: [],
  };
}
