/**
 * Experience rules: `limited-usce` and `weak-informatics`. A missing `usce` list is not a list of
 * none: the member left the question unanswered, so the rule raises nothing it would need the list
 * for and asks for it instead (a blind profile writer, and the judges reading its report, found "no
 * US clinical experience" at HIGH for a member who had simply not filled the field in). A missing
 * `informatics` list is still counted as none (weak-informatics is about what the application shows).
 * `limited-usce` counts hands-on months only: observerships (watching, no patient care) and research
 * are named in the message but not counted, because programs do not count them as clinical work.
 */
import { hasHandsOnUsEhr } from '../../core/profile/derived.js';
import { givenText } from '../../core/profile/field-specs.js';
import { undatedUsceSentence } from './undated-usce.js';
import { countsForFellowship, handsOnUsce, isUsResidency, readResidencies } from '../../core/profile/training.js';
import type { InformaticsItem, Profile, Usce } from '../../core/profile/schema.js';
import type { Severity } from '../../core/types.js';
import { ref } from '../../knowledge/outline.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';
import type { RuleResult } from '../redflag-types.js';
import { joinAnd, monthsText, plural } from './wording.js';
import { workBarredNow } from './visa-notes.js';

export const USCE_NOT_GIVEN =
  'usce not given — US clinical experience (externships, electives, observerships) could not be checked; add each with its months, or "none"';
export const INFORMATICS_NOT_GIVEN = 'informatics not given — counted as no informatics experience; add what you have';

function describeUsce(u: Usce): string {
  const details = [
    givenText(u.ehr),
    u.handsOn === true ? 'hands-on EHR use' : u.handsOn === false ? 'no hands-on EHR use' : undefined,
  ].filter((x): x is string => !!x);
  return [u.kind, monthsText(u.months), ...details].join(', ');
}

const NOT_COUNTED_WHY: Record<string, string> = {
  observership: 'observing only, with no patient care',
  research: 'research is not clinical work',
};

/**
 * A residency applicant's residencies decide hands-on US months (a US residency counts) and whether
 * this is a second residency: unknown is not none. (For a CI fellowship the eligibility rule says it;
 * with no target, the route note asks for them.)
 */
export const RESIDENCIES_NOT_GIVEN_USCE =
  'residencies not given — any US residency would count as hands-on US clinical experience, and programs ask why a second residency; add every residency you started, in the US or abroad, or "none"';

export function limitedUsceRule(p: Profile, today: string): RuleResult {
  const notGiven = [
    ...(p.usce ? [] : [USCE_NOT_GIVEN]),
    ...(!p.residencies && p.target === 'residency-informatics-track' ? [RESIDENCIES_NOT_GIVEN_USCE] : []),
  ];
  const hands = handsOnUsce(p, today);
  const total = hands.months;
  const min = RED_FLAG_THRESHOLDS.usce.minMonths;
  // Unknown is not none: without the list only a US residency can speak, and only to say "enough".
  if (!p.usce && total < min) return { flags: [], notGiven };
  if (total >= min) {
    // Say what was counted, so "no red flags" does not hide how the months were read.
    const listed = [
      ...hands.counted.filter((u) => u.months > 0).map(describeUsce),
      ...(hands.fromResidencies ? [`US residency, ${monthsText(hands.fromResidencies)}`] : []),
    ];
    const named = hands.notCounted.filter((u) => u.months > 0);
    const undated = undatedUsceSentence(p, today, 'the gap and clinical-currency checks cannot place its months');
    const note = `US clinical experience: ${monthsText(total)} hands-on (${listed.join('; ')}), at least the ${min} months this advisor treats as enough${named.length ? `; not counted: ${named.map(describeUsce).join('; ')}` : ''}.${undated ? ` ${undated}` : ''}`;
    return { flags: [], notGiven, passed: [note] };
  }

  // A CI fellowship applicant trained in an RCPSC- or CFPC-accredited residency in Canada has the
  // training ACGME fellowships accept (knowledge/ci-pathway.md#fellowship-eligibility): US months
  // are not a bar to applying, only a question of knowing US practice. (A US residency counts as
  // USCE itself and never gets here.)
  const canadian =
    p.target === 'ci-fellowship'
      ? (readResidencies(p, today) ?? []).find((r) => countsForFellowship(r) && !isUsResidency(r.residency))
      : undefined;
  const severity: Severity = canadian ? 'low' : total === 0 ? 'high' : 'medium';
  // A US residency is hands-on work in a US EHR by its nature, whatever the usce list says.
  const ehrHandsOn = hasHandsOnUsEhr(p) || hands.fromResidencies > 0;
  const counted = hands.counted.filter((u) => u.months > 0);
  const named = hands.notCounted.filter((u) => u.months > 0);
  const parts: string[] = [];
  if (total === 0) parts.push('Your profile lists no months of hands-on US clinical experience.');
  else {
    const listed = [
      ...counted.map(describeUsce),
      ...(hands.fromResidencies ? [`US residency, ${monthsText(hands.fromResidencies)}`] : []),
    ];
    parts.push(
      `Hands-on US clinical experience: ${monthsText(total)} in total (${listed.join('; ')}), under the ${min} months this advisor treats as enough.`,
    );
  }
  if (named.length) {
    const kinds = [...new Set(named.map((u) => u.kind))];
    parts.push(
      `Not counted: ${named.map(describeUsce).join('; ')} (${kinds.map((k) => NOT_COUNTED_WHY[k] ?? k).join('; ')}). It is still worth listing: it shows US exposure, but programs do not read it as hands-on clinical experience.`,
    );
  }
  // Said only when the member answered "no" for every counted entry: an unanswered question is not
  // a no, and a "yes" is hands-on whether or not the EHR is named.
  const saidNoEhr = counted.length > 0 && counted.every((u) => u.handsOn === false);
  if (total > 0 && !ehrHandsOn && saidNoEhr) parts.push('None of it was hands-on with a US EHR.');
  if (canadian) {
    const r = canadian.residency;
    const acc = r.accreditation === 'cfpc' ? 'CFPC' : r.accreditation === 'rcpsc' ? 'RCPSC' : 'Canadian';
    parts.push(
      `Your ${acc}-accredited ${r.specialty} residency in Canada is training ACGME fellowships accept, so this does not stand in the way of applying; programs may still ask how well you know US workflows, EHR use and quality measures.`,
    );
    const actions = [
      'Show you know US practice: how documentation, quality measures and EHR governance work in US hospitals, and any US elective or collaboration you have had.',
      'In interviews name the difference openly, then show how your EHR and quality work in Canada carries over to a US health system.',
      'A US-based informatics mentor or collaborator who knows your work can add a US voice to your letters.',
    ];
    return {
      flags: [
        {
          id: 'limited-usce',
          severity,
          title:
            total === 0
              ? 'No hands-on US clinical experience (trained in Canada)'
              : `Limited hands-on US clinical experience: ${monthsText(total)} (trained in Canada)`,
          why: parts.join(' '),
          actions,
          sources: [
            ref('red-flags', 'limited-usce'),
            ref('ci-pathway', 'fellowship-eligibility'),
            ref('explaining-red-flags', 'international-experience-as-strength'),
          ],
        },
      ],
      notGiven,
    };
  }

  const actions: string[] = [];
  if (total === 0) {
    actions.push(
      `Get hands-on US clinical experience before you apply: an externship, an elective or a sub-internship where you take part in patient care${named.some((u) => u.kind === 'observership') ? ' (an observership alone does not count as hands-on)' : ''}, ideally using the EHR (Epic, Cerner) yourself.`,
    );
  } else {
    const more = Math.max(0.1, Math.round((min - total) * 10) / 10); // float-safe: 3 - 2.9 → 0.1
    actions.push(
      `Add at least ${monthsText(more)} more of hands-on USCE, ideally an externship or elective where you work in the EHR yourself. An observership would not count toward it: observing is not hands-on, whatever its length.`,
    );
  }
  const seen = givenText([...counted, ...named].find((u) => givenText(u.ehr))?.ehr);
  if (!ehrHandsOn) {
    actions.push(
      `${seen ? `You saw ${seen} without using it yourself; on` : 'On'} your next US rotation ask to help with EHR documentation, order entry or quality dashboards so you can describe US EHR workflows first-hand.`,
    );
  }
  if (named.some((u) => u.kind === 'observership')) {
    actions.push(
      'List your observership under its real name in ERAS, with what you saw and learned; never present it as hands-on care.',
    );
  }
  actions.push(
    workBarredNow(p.timeline)
      ? 'Your notes say your status allows no work in the US now, so a job is not open to you, remote or not: look for a genuinely unpaid US research collaboration or volunteer role instead, and check each one with your (or your spouse’s) international office before you start.'
      : 'Look for remote or hybrid US health IT work (analyst, data abstractor, QI assistant) or a US-based research collaboration.',
  );
  actions.push(
    'Study how US practice works (documentation standards, quality metrics, everyday EHR use) so it shows in interviews.',
  );
  actions.push(
    'In interviews name the limitation openly, then show you understand the US context and that your international background widens your systems view.',
  );
  actions.push(
    'An informatics mentor who supervised your real projects can write a letter that partly offsets little US exposure.',
  );

  return {
    flags: [
      {
        id: 'limited-usce',
        severity,
        title:
          total === 0
            ? 'No hands-on US clinical experience'
            : `Limited hands-on US clinical experience: ${monthsText(total)}`,
        why: parts.join(' '),
        actions,
        sources: [
          ref('red-flags', 'limited-usce'),
          ref('red-flags', 'usce-kinds'),
          ref('explaining-red-flags', 'international-experience-as-strength'),
          ref('letters', 'letters-and-red-flags'),
        ],
      },
    ],
    notGiven,
  };
}

/** Kinds that show informatics work; courses and certificates alone show learning, not doing. */
export const SUBSTANTIVE_INFORMATICS: ReadonlySet<InformaticsItem['kind']> = new Set([
  'project',
  'job',
  'research',
  'publication',
  'degree',
]);

export function weakInformaticsRule(p: Profile): RuleResult {
  const notGiven = p.informatics ? [] : [INFORMATICS_NOT_GIVEN];
  const items = p.informatics ?? [];
  if (items.some((i) => SUBSTANTIVE_INFORMATICS.has(i.kind))) return { flags: [], notGiven };

  const severity: Severity = items.length === 0 && p.target === 'ci-fellowship' ? 'high' : 'medium';
  let why = !p.informatics
    ? 'No informatics experience listed.'
    : items.length === 0
      ? 'Your informatics list is empty.'
      : `You list learning but no informatics work yet: ${joinAnd(items.map((i) => `"${i.title}" (${i.kind})`))}.`;
  if (p.target === 'ci-fellowship') why += ' For a clinical informatics fellowship the bar for shown interest is high.';
  else if (p.target === 'residency-informatics-track')
    why += ' An informatics track expects more than stated interest.';

  const actions: string[] = [];
  const course = items[0];
  actions.push(
    course
      ? `Turn "${course.title}" into a small project: pick a clinical question, apply what you learned to a real or public dataset, and state the result.`
      : 'Start one concrete informatics project with an outcome: a workflow map, an order set or documentation template, a QI project on EHR data, or a dashboard.',
  );
  actions.push('Join a hospital QI, analytics or EHR optimization team, even part-time or remotely.');
  actions.push(
    'Look for informatics research (EHR-based studies, decision support, EHR-related burnout, telehealth) where you hold a named role.',
  );
  actions.push('Aim for at least one letter writer who can describe exactly what you built or improved.');
  actions.push(
    'In your statement show you know the field: informatics improves care through systems, usability, data, safety and governance; it is not IT support.',
  );

  return {
    flags: [
      {
        id: 'weak-informatics',
        severity,
        title:
          items.length === 0
            ? 'Weak informatics exposure: none listed'
            : `Weak informatics exposure: only ${plural(items.length, 'course or certificate', 'courses or certificates')}`,
        why,
        actions,
        sources: [
          ref('red-flags', 'weak-informatics'),
          ref('explaining-red-flags', 'productive-gap-activities'),
          ref('explaining-red-flags', 'technical-credibility'),
          ref('letters', 'experiences-that-produce-letters'),
        ],
      },
    ],
    notGiven,
  };
}
