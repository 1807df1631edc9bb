/**
 * Checks each claim read from a model's text against what the code knows about the member: the
 * structured profile fields (never their free-text notes, which a member — or someone planting
 * an instruction — could fill with anything) and, where a feature allows it, what the member
 * said about themselves in the text sent with this request (a mock answer, an /ask question).
 * A claim nothing supports is unverifiable, and the caller rejects the output.
 */
import { monthIndex, monthOfDay } from '../../core/dates.js';
import { gaps, monthsSinceGraduation, periods } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import { canonical } from './normalize.js';
import { countriesIn, readClaims, type Claim, type ExamId } from './read.js';

/** Profile fields added by the schema's newer parts are read loosely, so this works before and after. */
interface Residency {
  country?: string;
  specialty?: string;
  completed?: boolean;
  accreditation?: string;
  from?: string;
  to?: string;
}
interface LooseProfile {
  residencies?: Residency[];
  boardCertification?: Array<{ board?: string; specialty?: string }>;
}

export interface FactBase {
  /** The member's profile, only when they agreed to share it with the model. */
  profile?: Profile;
  today: string;
  /** Claims the member made about themselves in text sent with this request. */
  statements: Claim[];
  /** Free-text profile notes that mention a residency (the member's own words), canonical. */
  residencyNotes: string[];
}

export function factBase(opts: {
  profile?: Profile | undefined;
  today: string;
  memberText?: readonly string[];
}): FactBase {
  const statements = (opts.memberText ?? []).flatMap((t) => readClaims(t, { voice: 'first', mode: 'strict' }));
  const notes = (opts.profile?.timeline ?? []).flatMap((t) => (t.note ? [canonical(t.note)] : []));
  return {
    ...(opts.profile ? { profile: opts.profile } : {}),
    today: opts.today,
    statements,
    residencyNotes: notes.filter((n) => /\bresiden|\binternship\b/.test(n)),
  };
}

const same = <T>(a: T | undefined, b: T | undefined) => a === undefined || a === b;

/** Does a claim the member made (statement) carry everything the model's claim says? */
function statedBy(c: Claim, s: Claim): boolean {
  if (c.topic !== s.topic) return false;
  switch (c.topic) {
    case 'exam': {
      const t = s as typeof c;
      if (c.exam !== 'any' && t.exam !== 'any' && c.exam !== t.exam) return false;
      return (
        same(c.outcome, t.outcome) &&
        (!c.count || t.count?.n === c.count.n) &&
        same(c.ordinal, t.ordinal) &&
        (!c.retake || t.retake === true || (t.count !== undefined && t.count.n !== 1)) &&
        same(c.score, t.score) &&
        c.years.every((y) => t.years.includes(y) || t.months.some((m) => m.startsWith(String(y)))) &&
        c.months.every((m) => t.months.includes(m)) &&
        !c.unverifiable &&
        same(c.noFail, t.noFail)
      );
    }
    case 'status':
      return c.status === (s as typeof c).status && c.negated === s.negated;
    case 'conduct':
      return (c.kind === 'any' || c.kind === (s as typeof c).kind) && c.negated === s.negated;
    case 'residency': {
      const t = s as typeof c;
      return (
        !c.unverifiable &&
        same(c.completed, t.completed) &&
        same(c.us, t.us) &&
        c.countries.every((x) => t.countries.includes(x))
      );
    }
    case 'board':
    case 'ecfmg':
      return c.negated === s.negated;
    case 'match':
      return c.negated === s.negated && same(c.count, (s as typeof c).count);
    case 'specialty':
      return c.specialty === (s as typeof c).specialty;
    case 'when': {
      const t = s as typeof c;
      return (
        c.years.every((y) => t.years.includes(y)) &&
        c.months.every((m) => t.months.includes(m)) &&
        c.durations.every((d) => t.durations.some((x) => Math.abs(x - d) <= 1))
      );
    }
    case 'number':
      return s.quote.includes(c.value);
  }
}

function checkExam(c: Extract<Claim, { topic: 'exam' }>, p: Profile): string | undefined {
  if (c.all && c.exam === 'any') {
    // "every exam": each exam the member took must bear the claim on its own.
    const taken = [...new Set((p.exams ?? []).map((e) => e.exam))];
    if (!taken.length) return 'the profile lists no exam attempt';
    for (const exam of taken) {
      const why = checkExam({ ...c, exam, all: false }, p);
      if (why) return why;
    }
    return undefined;
  }
  const all = [...(p.exams ?? [])].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const byExam = new Map<string, typeof all>();
  for (const e of all) byExam.set(e.exam, [...(byExam.get(e.exam) ?? []), e]);
  const groups = c.exam === 'any' ? [...byExam.values()] : [byExam.get(c.exam as ExamId) ?? []];
  const label = c.exam === 'any' ? 'the exams' : c.exam;
  if (!all.length || (c.exam !== 'any' && !groups[0]?.length)) return `the profile lists no ${label} attempt`;
  if (c.unverifiable) return `"${c.unverifiable}" about ${label} is not in the profile`;
  const entries = groups.flat();
  const fails = (g: typeof all) => g.filter((e) => e.result === 'fail').length;
  const countOk = (n: number | 'multiple', value: (g: typeof all) => number, total: number) => {
    const ok = (v: number) => (n === 'multiple' ? v >= 2 : v === n);
    return c.exam === 'any' ? ok(total) || groups.some((g) => ok(value(g))) : ok(value(groups[0]!));
  };
  if (c.outcome === 'fail' && !entries.some((e) => e.result === 'fail'))
    return `the profile shows no failed ${label} attempt`;
  if (c.outcome === 'pass' && !entries.some((e) => e.result === 'pass'))
    return `the profile shows no passed ${label} attempt`;
  if (c.noFail && entries.some((e) => e.result === 'fail')) return `the profile shows a failed ${label} attempt`;
  if (c.neverPassed && entries.some((e) => e.result === 'pass')) return `the profile shows ${label} passed`;
  if (c.count?.of === 'fail' && !countOk(c.count.n, fails, fails(all)))
    return `the number of failed ${label} attempts does not match the profile`;
  if (c.count?.of === 'attempt' && !countOk(c.count.n, (g) => g.length, all.length))
    return `the number of ${label} attempts does not match the profile`;
  if (c.retake && !groups.some((g) => g.length >= 2)) return `the profile shows no retake of ${label}`;
  if (c.ordinal !== undefined) {
    const fits = groups.some((g) => {
      const e = g[c.ordinal! - 1];
      return e !== undefined && (!c.outcome || e.result === c.outcome);
    });
    if (!fits) return `attempt ${c.ordinal} of ${label} is not as the profile shows`;
  }
  if (c.score !== undefined && !entries.some((e) => e.score === c.score))
    return `${c.score} is not a ${label} score in the profile`;
  if (c.scored && !entries.some((e) => e.score !== undefined)) return `the profile gives no ${label} score`;
  if (c.all && c.exam !== 'any' && c.outcome && !entries.every((e) => e.result === c.outcome))
    return `not every ${label} attempt is as the profile shows`;
  for (const y of c.years)
    if (!entries.some((e) => e.date.startsWith(String(y)))) return `${label} in ${y} is not in the profile`;
  for (const m of c.months) if (!entries.some((e) => e.date === m)) return `${label} in ${m} is not in the profile`;
  return undefined;
}

function profileMonths(p: Profile, today: string): string[] {
  const loose = p as Profile & LooseProfile;
  const out = [
    ...(p.exams ?? []).map((e) => e.date),
    ...(p.timeline ?? []).flatMap((t) => [t.from, t.to === 'present' ? monthOfDay(today) : t.to]),
    ...(p.professionalism ?? []).map((x) => x.date),
    ...(loose.residencies ?? []).flatMap((r) => [r.from ?? '', r.to ?? '']),
    ...(p.medSchool ? [p.medSchool.graduated] : []),
    ...(p.deadline ? [p.deadline.slice(0, 7)] : []),
  ];
  return out.filter((m) => /^\d{4}-\d{2}$/.test(m));
}

function profileDurations(p: Profile, today: string): number[] {
  const out = [
    ...(gaps(p, today) ?? []).flatMap((g) => [g.months, g.uncoveredMonths]),
    ...periods(p, today).map((x) => x.to - x.from + 1),
    ...(p.usce ?? []).map((u) => u.months),
  ];
  const since = monthsSinceGraduation(p, today);
  if (since !== undefined) out.push(since);
  return out;
}

function checkWithProfile(c: Claim, p: Profile, base: FactBase): string | undefined {
  const loose = p as Profile & LooseProfile;
  switch (c.topic) {
    case 'exam':
      return checkExam(c, p);
    case 'status': {
      const has = (() => {
        switch (c.status) {
          case 'us-citizen':
          case 'us-permanent-resident':
          case 'non-us':
            return p.citizenship === undefined ? undefined : p.citizenship === c.status;
          case 'needs-visa':
            if (p.visa) return ['j1', 'h1b', 'o1', 'undecided'].includes(p.visa);
            return p.citizenship === undefined ? undefined : p.citizenship === 'non-us';
          default:
            return p.visa === undefined ? undefined : p.visa === c.status;
        }
      })();
      if (has === undefined)
        return `the profile does not say the member's ${c.status === 'needs-visa' ? 'visa needs' : 'status'}`;
      return has === !c.negated ? undefined : `"${c.negated ? 'not ' : ''}${c.status}" contradicts the profile`;
    }
    case 'conduct': {
      if (c.kind === 'legal') return 'the profile records no legal or licensing matter';
      const list = p.professionalism;
      if (!list) return 'the profile does not list professionalism records';
      if (c.negated) return list.length ? 'the profile lists a professionalism record' : undefined;
      const match = list.filter((x) => c.kind === 'any' || x.kind === c.kind);
      if (!match.length) return `the profile lists no ${c.kind === 'any' ? 'professionalism record' : c.kind}`;
      if (c.remediated !== undefined && !match.some((x) => x.remediated === c.remediated))
        return 'the remediation is not as the profile shows';
      return undefined;
    }
    case 'residency': {
      if (c.unverifiable) return `"${c.unverifiable}" is not in the profile`;
      const list = loose.residencies;
      if (list) {
        if (c.negated) return list.length ? 'the profile lists a residency' : undefined;
        const fits = list.filter(
          (r) =>
            same(c.completed, r.completed) &&
            (!c.us || /^(?:us|u\.s\.|usa|united states)\b/i.test(r.country ?? '') || r.accreditation === 'acgme') &&
            c.countries.every((x) => canonical(r.country ?? '').includes(x)),
        );
        return fits.length ? undefined : 'no residency in the profile fits it';
      }
      const notes = base.residencyNotes;
      if (
        !c.negated &&
        c.completed === undefined &&
        !c.us &&
        notes.some((n) => c.countries.every((x) => n.includes(x)))
      )
        return undefined;
      return 'the profile does not show that residency';
    }
    case 'board': {
      if (c.eligible) return 'board eligibility is not in the profile';
      const list = loose.boardCertification;
      if (!list) return 'the profile does not list board certification';
      return list.length > 0 === !c.negated ? undefined : 'board certification is not as the profile shows';
    }
    case 'ecfmg':
      if (p.ecfmgCertified === undefined) return 'the profile does not say whether the member is ECFMG certified';
      return p.ecfmgCertified === !c.negated ? undefined : 'ECFMG certification is not as the profile shows';
    case 'match': {
      const n = p.matchAttempts;
      if (n === undefined) return 'the profile does not give earlier Match cycles';
      if (c.negated) return n === 0 ? undefined : 'the profile lists earlier Match cycles';
      if (c.count === 'multiple') return n >= 2 ? undefined : 'the number of Match cycles does not match the profile';
      if (c.count !== undefined)
        return n === c.count ? undefined : 'the number of Match cycles does not match the profile';
      return n >= 1 ? undefined : 'the profile lists no earlier Match cycle';
    }
    case 'specialty': {
      const known = [
        p.specialty ?? '',
        ...(loose.residencies ?? []).map((r) => r.specialty ?? ''),
        ...(loose.boardCertification ?? []).map((b) => b.specialty ?? ''),
        ...(p.timeline ?? []).map((t) => t.note ?? ''),
      ].map((x) => canonical(x));
      return known.some((k) => k.includes(c.specialty))
        ? undefined
        : `the specialty "${c.specialty}" is not in the profile`;
    }
    case 'when': {
      const months = profileMonths(p, base.today);
      for (const y of c.years)
        if (!months.some((m) => m.startsWith(String(y)))) return `${y} is not a date in the profile`;
      for (const m of c.months) if (!months.includes(m)) return `${m} is not a date in the profile`;
      const durations = profileDurations(p, base.today);
      for (const d of c.durations) {
        const fits = durations.some((x) => Math.abs(x - d) <= 1 || (d % 12 === 0 && Math.round(x / 12) * 12 === d));
        if (!fits) return `a period of ${d} months is not in the profile`;
      }
      return undefined;
    }
    case 'number': {
      const numbers = new Set(
        [
          ...(p.exams ?? []).flatMap((e) => (e.score !== undefined ? [e.score] : [])),
          ...(p.usce ?? []).map((u) => u.months),
          ...(p.letters ?? []).map((l) => l.year),
          ...(p.matchAttempts !== undefined ? [p.matchAttempts] : []),
        ].map(String),
      );
      return numbers.has(c.value) ? undefined : `the number ${c.value} is not in the profile`;
    }
  }
}

/** Why the claim cannot be verified, or undefined when it can. */
export function unverified(c: Claim, base: FactBase): string | undefined {
  if (base.statements.some((s) => statedBy(c, s))) return undefined;
  if (!base.profile) return 'nothing the member shared supports it';
  return checkWithProfile(c, base.profile, base);
}

/** Country names (any case) in `text` that appear in none of the sources. */
export function unknownCountries(text: string, sources: readonly string[]): string[] {
  const known = canonical(sources.join('\n'));
  return countriesIn(canonical(text)).filter((c) => !known.includes(c));
}
