/**
 * Reads what a text claims about the member: exams (which one, passed or failed, how many
 * attempts, which score, when), visa and citizenship, professionalism events, residency, board
 * certification, ECFMG certification, earlier Match cycles, specialty, dates and durations.
 *
 * It works clause by clause on the canonical text (normalize.ts): first it decides whether the
 * clause is about the member at all (who it speaks of, whether it is a hypothetical or a rule
 * for everyone), then which topics it touches and which attributes go with each — attributes go
 * to the nearest topic word, so "passed Step 1 with 230 and failed Step 2 CK twice" gives two
 * claims. Anything number-like in such a clause that no attribute explains is kept as a claim of
 * its own, so an unknown kind of number can never slip through.
 */
import { MONTH_NUMBER } from '../../core/dates.js';
import { canonical } from './normalize.js';

export type ExamId = 'step1' | 'step2ck' | 'step2cs' | 'step3' | 'comlex1' | 'comlex2' | 'comlex3' | 'oet';
export type Status = 'us-citizen' | 'us-permanent-resident' | 'non-us' | 'j1' | 'h1b' | 'o1' | 'needs-visa';
/** `legal`: a criminal, malpractice or licensing matter; the profile has no such field. */
export type ConductKind = 'dismissal' | 'probation' | 'resignation' | 'report' | 'any' | 'legal';

interface Base {
  /** The clause, as written after folding, for messages. */
  quote: string;
  negated: boolean;
}

export type Claim =
  | (Base & {
      topic: 'exam';
      exam: ExamId | 'any';
      outcome?: 'pass' | 'fail';
      /** How many failures / attempts the clause states ('multiple' = more than one). */
      count?: { of: 'fail' | 'attempt'; n: number | 'multiple' };
      /** "on the 2nd attempt". */
      ordinal?: number;
      retake?: boolean;
      /** "never failed": no failed attempt at all. */
      noFail?: boolean;
      /** "has not passed yet", "never passed": no pass at all. */
      neverPassed?: boolean;
      score?: number;
      years: number[];
      months: string[];
      unverifiable?: string;
      /** "every exam", "all my exams", "both Step 1 attempts": the claim holds for each one. */
      all?: boolean;
      /** "you sat Step 3": at least one attempt. */
      attempted?: boolean;
      /** "your low Step 1 score": the exam was scored. */
      scored?: boolean;
    })
  | (Base & { topic: 'status'; status: Status })
  | (Base & { topic: 'conduct'; kind: ConductKind; remediated?: boolean })
  | (Base & {
      topic: 'residency';
      completed?: boolean;
      us?: boolean;
      countries: string[];
      unverifiable?: string;
    })
  | (Base & { topic: 'board'; eligible?: boolean })
  | (Base & { topic: 'ecfmg' })
  | (Base & { topic: 'match'; count?: number | 'multiple' })
  | (Base & { topic: 'specialty'; specialty: string })
  | (Base & { topic: 'when'; years: number[]; months: string[]; durations: number[] })
  | (Base & { topic: 'number'; value: string });

export interface ReadOptions {
  /** Whose voice the text speaks in: the member's ("I") or to the member ("you"). */
  voice: 'first' | 'second';
  /**
   * 'strict' (texts written around the member's profile): a clause is about the member unless
   * it clearly speaks of others, and hypotheticals count. 'lenient' (general advice: /ask, mock
   * coaching): a clause must name the member and state something, not suppose or advise it.
   */
  mode: 'strict' | 'lenient';
}

// ---- word classes -----------------------------------------------------------------------------

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const MEMBER = {
  first: set("i i'm i've i'd i'll me my mine myself"),
  second: set("you you're you've you'd you'll your yours yourself"),
};
const THIRD_MEMBER = /\b(?:the|this) (?:member|user|asker)\b/;
const GENERIC = set(
  'imgs img applicants applicant candidates candidate graduates students people programs program residents doctors physicians members many most some others anyone everyone someone somebody anybody nobody whoever those each every few they he she',
);
const HYPOTHETICAL =
  /\b(?:if|whether|unless|in case|suppose|supposing|assuming|even if|what if|should you|were you to|otherwise|either)\b|\bwhen (?:the|a|an|it|there)\b/;
const BACKREF =
  /\bas (?:you|i) (?:did|have|had|told|said|mentioned|noted|described|wrote|explained)\b|\bwhich (?:you|i) did\b|\blike (?:you|i) did\b|\b(?:you|i) did\s*[,.)]/;
const YES_NO =
  /^\s*(?:[-*•]\s*)?(?:have|has|had|did|do|does|were|was|are|is|could|can|would|will|must|should|may|might)\s+(?:you|your|i|my)\b[^?]*\?\s*$/;
/** Words that make what follows a topic to talk about, not a fact asserted ("mention of your …"). */
const TOPIC_OF = set(
  'mention mentions mentioning discuss discussing explain explaining describe describing list listing include including state confirm check know ask asking about regarding whether share highlight address of on',
);
const MODAL =
  /\b(?:will|would|can|cannot|can't|could|couldn't|won't|may|might|should|must|need to|needs to|have to|has to|going to|plan to|hope to|want to|'ll)\b/;
const NEGATOR = set(
  "not never no didn't don't doesn't haven't hasn't hadn't wasn't weren't isn't aren't cannot can't won't without nor neither",
);

const EXAMS = new Set<ExamId>(['step1', 'step2ck', 'step2cs', 'step3', 'comlex1', 'comlex2', 'comlex3', 'oet']);
const GENERIC_EXAM = set('usmle exam exams boards test tests examination examinations licensing score scores scored');
const PASS = set('pass passed passes passing cleared clear');
const FAIL = set('fail failed fails failing failure failures flunked flunk unsuccessful');
const RETAKE = set('retake retook retaken retakes retaking resit resat repeat repeated');
const COUNT_NOUN = set('times attempts attempt tries try goes sittings');
const FAIL_NOUN = set('failures fails');

const CONDUCT: Array<[RegExp, ConductKind]> = [
  [
    /\b(?:dismiss(?:ed|al)|terminat(?:ed|ion)|fired|expell?(?:ed)?|expulsion|let go|kicked out|asked to leave|forced (?:out|to leave)|removed from)\b/,
    'dismissal',
  ],
  [/\b(?:probation(?:ary)?)\b/, 'probation'],
  [/\b(?:resign(?:ed|ation|ing)?|quit|stepped down|withdr[ae]w(?:n)? from)\b/, 'resignation'],
  [/\bprofessionalism (?:report|reports)\b|\bincident report\b|\bwas reported\b|\breported for\b/, 'report'],
  [
    /\b(?:misconduct|disciplin(?:ed|ary)|reprimand(?:ed)?|complaints?|suspen(?:ded|sion)|written warning|unprofessional|professionalism (?:concern|concerns|issue|issues|lapse|lapses|problem|problems|flag|incident|record|matter))\b/,
    'any',
  ],
];
CONDUCT.push([
  /\b(?:criminal (?:record|charges?|conviction)|arrest(?:ed)?|convict(?:ed|ion)|felon(?:y|ies)|misdemeanou?rs?|malpractice|lawsuits?|sued|licen[cs]e (?:was |has been |got )?(?:revoked|suspended|restricted|withdrawn)|sanction(?:ed|s)?|disbarred|struck off)\b/,
  'legal',
]);
const CONDUCT_NONE =
  /\b(?:clean|spotless|unblemished) (?:record|history)\b|\bno (?:professionalism|disciplinary) (?:issues?|concerns?|problems?|record|history|actions?)\b/;
const REMEDIATED = /\bremediat(?:ed|ion)\b/;

const SPECIALTIES = [
  'internal medicine',
  'family medicine',
  'pediatrics',
  'paediatrics',
  'neurology',
  'psychiatry',
  'general surgery',
  'surgery',
  'emergency medicine',
  'radiology',
  'pathology',
  'anesthesiology',
  'anaesthesiology',
  'anesthesia',
  'obstetrics',
  'gynecology',
  'gynaecology',
  'ob-gyn',
  'obgyn',
  'dermatology',
  'ophthalmology',
  'cardiology',
  'oncology',
  'nephrology',
  'gastroenterology',
  'pulmonology',
  'critical care',
  'preventive medicine',
  'urology',
  'orthopedics',
  'orthopaedics',
  'otolaryngology',
  'physical medicine',
  'nuclear medicine',
  'medical genetics',
  'geriatrics',
  'rheumatology',
  'endocrinology',
  'infectious disease',
  'hematology',
  'neurosurgery',
];
const SPECIALTY_RE = new RegExp(`\\b(${SPECIALTIES.map((s) => s.replace(/-/g, '\\-')).join('|')})\\b`);
const SPECIALTY_CONTEXT =
  /\b(?:background|training|trained|residency|resident|specialist|board|certified|physician|doctor|internist|career|specialty|specialised|specialized|practice|practiced|practised|worked)\b/;

/**
 * Country names from the runtime's own ICU data, lower case (no list of our own to drift). Built
 * on first use (about 35 ms), so a command that never checks model output does not pay for it.
 */
let countries: readonly string[] | undefined;
const countryNames = (): readonly string[] => (countries ??= buildCountries());
function buildCountries(): readonly string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !/unknown/i.test(name)) out.add(name.toLowerCase().replace(/\s*\(.*\)$/, ''));
    }
  }
  for (const x of ['us', 'united states', 'america', 'united states of america']) out.delete(x);
  return [...out].filter((n) => n.length > 3);
}
export function countriesIn(canon: string): string[] {
  return countryNames().filter((c) => new RegExp(`\\b${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(canon));
}

// ---- clauses ----------------------------------------------------------------------------------

/** Sentences, then clauses at strong boundaries (semicolons, dashes, parentheses, "but", …). */
export function clauses(canon: string): string[] {
  return canon
    .split(/(?<!\b(?:dr|mr|mrs|ms|prof|st|vs|no|dept|e\.g|i\.e|approx|jr|sr)\.)(?<=[.!?])\s+|\n+|(?<=[.!?])"\s*/)
    .flatMap((s) =>
      // A short label before a colon ("Step 1: failed 3 times") stays with what follows it.
      s
        .replace(/^([a-z0-9' -]{1,30}):\s/, '$1 ')
        .split(/;|:\s|\s-\s|\s--\s|[()]|\b(?:but|however|although|though|whereas|while|whereby)\b|,\s*yet\b/),
    )
    .map((c) => c.trim())
    .filter((c) => /[a-z0-9]/.test(c));
}

interface Tok {
  t: string;
  i: number;
}
/** Character offset of token `i` in the clause. */
function tokenOffset(c: string, i: number): number {
  const m = [...c.matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)][i];
  return m?.index ?? c.length;
}

const tokens = (c: string): Tok[] => [...c.matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)].map((m, i) => ({ t: m[0], i }));

function negatedNear(toks: Tok[], at: number, span = 4): boolean {
  for (let k = Math.max(0, at - span); k < at; k++) if (NEGATOR.has(toks[k]!.t)) return true;
  return false;
}

/** Is this clause a statement about the member? */
/**
 * Lenient mode: does the clause assert the fact at `at` (a token index) of the member? The member
 * must come just before it ("you are a J-1", "your green card", "you completed residency"), not
 * as the topic of talk ("mention of your ECFMG status") nor in a list of examples ("such as").
 */
export function asserts(clause: string, at: number): boolean {
  const toks = tokens(clause);
  const window = toks.slice(Math.max(0, at - 5), at);
  const k = window.findIndex((y) => MEMBER.first.has(y.t) || MEMBER.second.has(y.t));
  if (
    /\bas an? (?:us citizen|greencard|non-us|foreign|j1|h1b|o1)\b/.test(clause) &&
    toks.some((y) => MEMBER.second.has(y.t) || MEMBER.first.has(y.t))
  )
    return true;
  // "With three failed cycles behind you", "Considering your dismissal": a fact taken as given.
  if (
    /^(?:with|given|considering|despite|because of|after|since|as)\b/.test(clause.trim()) &&
    toks.some((y) => MEMBER.second.has(y.t) || MEMBER.first.has(y.t))
  )
    return true;
  if (k < 0) return false;
  const between = window.slice(k + 1).map((y) => y.t);
  if (between.some((w) => /^(?:such|like|or|categories|types|options|e|g)$/.test(w) || GENERIC.has(w))) return false;
  const before = toks.slice(Math.max(0, at - 5 + k - 3), Math.max(0, at - 5 + k)).map((y) => y.t);
  return !before.some((w) => TOPIC_OF.has(w));
}

export function aboutMember(clause: string, opts: ReadOptions): boolean {
  const toks = tokens(clause);
  const ref = toks.some((x) => MEMBER[opts.voice].has(x.t)) || THIRD_MEMBER.test(clause);
  if (opts.mode === 'strict') {
    if (ref) return true;
    return !toks.some((x) => GENERIC.has(x.t)) && !/\bno 1\b/.test(clause);
  }
  if (!ref) return false;
  if (YES_NO.test(clause)) return false;
  // A question claims nothing, unless it presupposes the member's past ("why were you dismissed?").
  if (
    /\?\s*$/.test(clause) &&
    !/\b(?:why|how|when|where|what)\b.*\b(?:were|was|did|had|have)\s+(?:you|your|i)\b/.test(clause)
  )
    return false;
  if (HYPOTHETICAL.test(clause) && !BACKREF.test(clause)) return false;
  return true;
}

// ---- the reader -------------------------------------------------------------------------------

interface Mention {
  at: number;
  exam: ExamId | 'any';
  claim: Extract<Claim, { topic: 'exam' }>;
}

function readExams(clause: string, toks: Tok[], modal: boolean, lenient: boolean, out: Claim[]): Set<number> {
  const used = new Set<number>();
  const mentions: Mention[] = [];
  toks.forEach((x) => {
    const exam = EXAMS.has(x.t as ExamId) ? (x.t as ExamId) : GENERIC_EXAM.has(x.t) ? 'any' : undefined;
    if (!exam) return;
    if (exam === 'any' && x.t === 'boards' && /\bboard(?:s)? certif/.test(clause)) return;
    const all = toks.slice(Math.max(0, x.i - 3), x.i).some((y) => /^(?:every|all|each|both)$/.test(y.t));
    mentions.push({
      at: x.i,
      exam,
      claim: { topic: 'exam', exam, quote: clause, negated: false, years: [], months: [], ...(all ? { all } : {}) },
    });
  });
  // "Your Step 1 score": the generic word only names the specific exam beside it.
  if (mentions.some((m) => m.exam !== 'any'))
    mentions.splice(0, mentions.length, ...mentions.filter((m) => m.exam !== 'any'));
  const outcomeWords = toks.filter((x) => PASS.has(x.t) || FAIL.has(x.t) || RETAKE.has(x.t));
  // "failed twice", "3 attempts" with no exam named still speak of exams.
  const memberBefore = (at: number) =>
    toks.slice(Math.max(0, at - 3), at).some((y) => MEMBER.first.has(y.t) || MEMBER.second.has(y.t));
  const bare = outcomeWords.filter((x) => (FAIL.has(x.t) || RETAKE.has(x.t)) && x.t !== 'failing' && memberBefore(x.i));
  if (!mentions.length && (bare.length || /\b(?:you|your|i|my)\b[^.]{0,30}\b\d+th (?:attempt|try)\b/.test(clause))) {
    if (!/\bto match\b|\bmatch\b/.test(clause)) {
      const at = outcomeWords[0]?.i ?? 0;
      mentions.push({
        at,
        exam: 'any',
        claim: { topic: 'exam', exam: 'any', quote: clause, negated: false, years: [], months: [] },
      });
    }
  }
  if (!mentions.length) return used;
  const nearest = (at: number): Mention =>
    mentions.reduce((best, m) => (Math.abs(m.at - at) < Math.abs(best.at - at) ? m : best), mentions[0]!);

  let attributed = false;
  for (const w of outcomeWords) {
    const m = nearest(w.i).claim;
    used.add(w.i);
    attributed = true;
    if (RETAKE.has(w.t)) m.retake = true;
    else if (FAIL.has(w.t)) {
      // A verb takes any negation before it ("never failed"); a noun only its own ("no failures"),
      // so "don't mention the failure" is not a claim of no failure.
      const noun = /^failures?$/.test(w.t);
      const negated = noun ? /^(?:no|without|zero)$/.test(toks[w.i - 1]?.t ?? '') : negatedNear(toks, w.i);
      if (negated) m.noFail = true;
      else m.outcome = 'fail';
    } else if (PASS.has(w.t)) {
      if (negatedNear(toks, w.i)) {
        m.outcome = 'fail';
        if (/\b(?:yet|still|never)\b/.test(clause)) m.neverPassed = true;
      } else m.outcome ??= 'pass';
    }
  }
  toks.forEach((x, k) => {
    const next = toks[k + 1]?.t ?? '';
    const prev = toks[k - 1]?.t ?? '';
    let m: Mention['claim'] | undefined;
    if (x.t === 'multiple' && (COUNT_NOUN.has(next) || FAIL_NOUN.has(next))) {
      m = nearest(x.i).claim;
      m.count = {
        of: FAIL_NOUN.has(next) || (next === 'times' && m.outcome === 'fail') ? 'fail' : 'attempt',
        n: 'multiple',
      };
    } else if (/^\d+th$/.test(x.t) && (COUNT_NOUN.has(next) || COUNT_NOUN.has(toks[k + 2]?.t ?? ''))) {
      m = nearest(x.i).claim;
      m.ordinal = Number.parseInt(x.t, 10);
    } else if (/^\d+$/.test(x.t)) {
      const n = Number(x.t);
      m = nearest(x.i).claim;
      if (COUNT_NOUN.has(next) || FAIL_NOUN.has(next)) {
        m.count = { of: FAIL_NOUN.has(next) || (next === 'times' && m.outcome === 'fail') ? 'fail' : 'attempt', n };
      } else if (n >= 1900 && n <= 2100) {
        // A date goes with an exam only when written next to it; otherwise it dates something
        // else in the clause ("after graduating in Jul 2018, … Step 1") and the "when" reader
        // checks it against every date in the profile.
        const near = mentions.some((x) => Math.abs(x.at - k) <= 5);
        if (!near) {
          m = undefined;
          return;
        }
        if (MONTH_NUMBER[prev]) m.months.push(`${n}-${MONTH_NUMBER[prev]}`);
        else m.years.push(n);
      } else if (/^(?:percentile|percent|%)$/.test(next) || clause.includes(`${x.t}%`)) {
        m.unverifiable = `${x.t} percent`;
      } else if (/^(?:months?|years?|weeks?|days?)$/.test(next)) {
        m = undefined; // a duration: read by the "when" reader
        return;
      } else if (n > 0 && n <= 300) {
        m.score = n;
      } else {
        m.unverifiable = x.t;
      }
    } else return;
    used.add(x.i);
    attributed = true;
  });
  if (/\b(?:failed|failing|failure) (?:the )?(?:usmle|exams?|boards?)\b/.test(clause) && !attributed) attributed = true;
  toks.forEach((x) => {
    if (/^(?:sat|took|taken|attempted|wrote)$/.test(x.t)) nearest(x.i).claim.attempted = true;
    // "your low Step 1 score", "a strong score": an evaluation presumes a score exists.
    const judged =
      /^(?:low|lower|high|higher|strong|weak|poor|great|excellent|good|bad|borderline|competitive|average|modest|solid|impressive)$/;
    if (/^scores?$/.test(x.t) && [toks[x.i - 1]?.t, toks[x.i - 2]?.t].some((w) => judged.test(w ?? '')))
      nearest(x.i).claim.scored = true;
  });
  for (const m of mentions) {
    const c = m.claim;
    // General advice lists examples ("such as passing Step 3"): not a claim about this member.
    if (
      lenient &&
      /\b(?:such as|for example|e\.?g\.?|like|including)\b/.test(clause.slice(0, tokenOffset(clause, m.at)))
    )
      continue;
    const has =
      c.outcome ||
      c.noFail ||
      c.attempted ||
      c.scored ||
      c.count ||
      c.ordinal ||
      c.retake ||
      c.score !== undefined ||
      c.years.length ||
      c.months.length ||
      c.unverifiable;
    // A bare mention ("your Step 3", "the exam") claims nothing; advice in the future ("you will
    // pass Step 3") is not a statement of fact either.
    if (!has || (modal && !c.count && c.score === undefined && !c.years.length && !c.months.length && !c.unverifiable))
      continue;
    used.add(m.at);
    out.push(c);
  }
  return used;
}

function readStatus(clause: string, toks: Tok[], opts: ReadOptions, modal: boolean, out: Claim[]): void {
  const at = (re: RegExp) => {
    const m = re.exec(clause);
    return m ? tokens(clause.slice(0, m.index)).length : -1;
  };
  // General advice speaks of visas all the time ("programs that sponsor J-1s"): there a status
  // is a claim only when stated of the member, and not as a plan or a possibility.
  const presupposed =
    /\bas an? (?:us citizen|greencard|non-us|foreign|j1|h1b|o1)\b|\b(?:with|given|despite|because of) (?:your|my) /;
  const push = (status: Status, re: RegExp, negated?: boolean) => {
    const i = at(re);
    if (opts.mode === 'lenient') {
      // A plan or a possibility ("you will need a J-1") sits between the member and the status.
      const lead = toks
        .slice(Math.max(0, i - 5), i)
        .map((y) => y.t)
        .join(' ');
      const planned =
        modal &&
        /\b(?:you|i)\b.*\b(?:will|would|can|cannot|can't|could|couldn't|won't|may|might|should|must|need|needs|'ll|plan|hope|want)\b/.test(
          lead,
        );
      if (!presupposed.test(clause) && (planned || !asserts(clause, i))) return;
      if (planned && !/\bas an? /.test(clause)) return;
    }
    out.push({ topic: 'status', status, negated: negated ?? (i >= 0 && negatedNear(toks, i, 5)), quote: clause });
  };
  const nonUs = /\b(?:non-?us|foreign) (?:citizen|national)s?\b|\bnot an? us citizen\b|\binternational applicant\b/;
  if (nonUs.test(clause)) push('non-us', nonUs, false);
  else {
    const citizen = /\bus citizen(?:ship)?\b|\bamerican citizen\b|\bcitizen of the us\b|\bborn in the us\b/;
    if (citizen.test(clause)) push('us-citizen', citizen);
  }
  if (/\bgreencard\b/.test(clause)) push('us-permanent-resident', /\bgreencard\b/);
  for (const v of ['j1', 'h1b', 'o1'] as const) {
    const re = new RegExp(`\\b${v}\\b`);
    if (re.test(clause)) push(v, re);
  }
  const need =
    /\b(?:need|needs|needed|require|requires|required|requiring)\b[^.]{0,25}\b(?:visa|sponsorship|sponsor)\b|\bvisa sponsorship\b|\bsponsored\b/;
  const none = /\b(?:no|without (?:a )?|not need (?:a )?)(?:visa|sponsorship)\b|\bvisa-free\b/;
  if (need.test(clause))
    push(
      'needs-visa',
      need,
      at(need) >= 0 && negatedNear(toks, at(need), 5) ? true : /\bno (?:visa|sponsorship)\b/.test(clause),
    );
  else if (none.test(clause)) push('needs-visa', none, true);
}

function readConduct(clause: string, toks: Tok[], opts: ReadOptions, out: Claim[]): boolean {
  if (CONDUCT_NONE.test(clause)) {
    out.push({ topic: 'conduct', kind: 'any', negated: true, quote: clause });
    return true;
  }
  let found = false;
  for (const [re, kind] of CONDUCT) {
    const m = re.exec(clause);
    if (!m) continue;
    // "dismissed the idea", "quit smoking": only read as conduct near a training word or a member word.
    // A noun ("your dismissal") or a passive ("you were dismissed") is clear on its own.
    const clear =
      /^(?:dismissal|termination|resignation|expulsion)$/.test(m[0]) ||
      /\b(?:was|were|been|got|get|being) $/.test(clause.slice(0, m.index));
    if (
      !clear &&
      (kind === 'dismissal' || kind === 'resignation') &&
      !/\b(?:residency|program|programme|position|job|school|training|hospital|internship|post|role|fellowship|from)\b/.test(
        clause,
      )
    )
      continue;
    const at = tokens(clause.slice(0, m.index)).length;
    // General advice names conduct events generically ("how to explain a dismissal"); a definite
    // one ("the complaint on your record", "your probation") is this member's.
    const definite = [toks[at - 1]?.t, toks[at - 2]?.t].some((w) => /^(?:your|my|the|this|that)$/.test(w ?? ''));
    if (opts.mode === 'lenient' && !asserts(clause, at) && !definite) continue;
    out.push({
      topic: 'conduct',
      kind,
      negated: negatedNear(toks, at, 5),
      quote: clause,
      ...(REMEDIATED.test(clause)
        ? { remediated: !/\bnot (?:been |yet )?remediat|\bunremediated\b/.test(clause) }
        : {}),
    });
    found = true;
  }
  return found;
}

function readResidency(clause: string, toks: Tok[], opts: ReadOptions, modal: boolean, out: Claim[]): void {
  const mention = /\b(?:residency|residencies|resident|internship|intern|house officer|registrar|pgy\d)\b/.exec(clause);
  if (!mention) return;
  const after = clause.slice(mention.index + mention[0].length);
  if (
    /^\s*(?:application|applications|applicant|applicants|track|tracks|match|interview|interviews|position|positions|spot|spots|cycle|season|slot|slots|director|directors)\b/.test(
      after,
    )
  )
    return;
  if (
    /\b(?:apply|applying|applied|application|into|match into|matching into|get into|target)\b[^.]{0,30}\bresidenc/.test(
      clause,
    )
  )
    return;
  const countries = countriesIn(clause);
  const us = /\bus (?:residency|training)\b|\bacgme\b|\bresidency in the us\b/.test(clause) ? true : undefined;
  const chief = /\bchief resident\b|\bpgy\d\b/.exec(clause);
  let completed: boolean | undefined;
  if (/\b(?:completed|complete|finished|graduated from|completion of)\b/.test(clause))
    completed =
      !/\b(?:not|never|didn't|did not|without) (?:complete|completing|finish|finishing)\b|\bincomplete|\bunfinished/.test(
        clause,
      );
  else if (/\bincomplete|\bunfinished|\bleft (?:(?:my|your|the) )?residency\b/.test(clause)) completed = false;
  const possessive = new RegExp(
    `\\b(?:${opts.voice === 'first' ? 'my' : 'your'}) (?:[a-z-]+ ){0,3}(?:residency|internship)\\b`,
  ).test(clause);
  const trained =
    /\b(?:trained|training|did|doing|started|began|entered|attended|was|were|am|are|currently) (?:[a-z-]+ ){0,3}(?:residency|resident|intern)\b/.test(
      clause,
    );
  const specific = completed !== undefined || us !== undefined || countries.length > 0 || chief !== null;
  if (
    opts.mode === 'lenient' &&
    (modal || !specific || !asserts(clause, tokens(clause.slice(0, mention.index)).length))
  )
    return;
  if (modal && !specific) return;
  if (!specific && !possessive && !trained) return;
  out.push({
    topic: 'residency',
    negated: negatedNear(toks, tokens(clause.slice(0, mention.index)).length, 4) && completed === undefined,
    quote: clause,
    countries,
    ...(completed !== undefined ? { completed } : {}),
    ...(us !== undefined ? { us } : {}),
    ...(chief ? { unverifiable: chief[0] } : {}),
  });
}

function readOthers(clause: string, toks: Tok[], opts: ReadOptions, modal: boolean, out: Claim[]): Set<number> {
  const used = new Set<number>();
  const board =
    /\bboard[- ]certif(?:ied|ication)\b|\bboarded\b|\bdiplomate\b|\bboard[- ]eligible\b|\b(?:abms|abim|abfm|abp|aobim)\b/.exec(
      clause,
    );
  const lenientOk = (index: number) =>
    opts.mode !== 'lenient' || (!modal && asserts(clause, tokens(clause.slice(0, index)).length));
  if (
    board &&
    lenientOk(board.index) &&
    !/\babpm\b|\bclinical informatics\b/.test(clause.slice(board.index, board.index + 60))
  ) {
    out.push({
      topic: 'board',
      negated: negatedNear(toks, tokens(clause.slice(0, board.index)).length, 5),
      quote: clause,
      ...(/eligible/.test(board[0]) ? { eligible: true } : {}),
    });
  }
  const ecfmg = /\becfmg[- ](?:certified|certification|certificate)\b|\bcertified by (?:the )?ecfmg\b/.exec(clause);
  if (ecfmg && lenientOk(ecfmg.index)) {
    const negated =
      negatedNear(toks, tokens(clause.slice(0, ecfmg.index)).length, 5) ||
      /\b(?:pending|awaiting|yet to|not yet|still waiting)\b/.test(clause);
    out.push({ topic: 'ecfmg', negated, quote: clause });
  }
  const match =
    /\bunmatched\b|\b(?:did not|didn't|failed to|not) match\b|\bre-?appl(?:icant|ying|ied)\b|\bapplied (?:before|previously|once before)\b|\b(?:previous|prior|earlier|last) (?:match )?(?:cycle|cycles|application|applications|attempt|attempts)\b|\b\d+ (?:\w+ )?(?:match )?cycles\b|\bunsuccessful (?:match|application|applications|cycles?)\b|\bmatch attempts?\b|\bfirst-time applicant\b|\bnever applied\b/.exec(
      clause,
    );
  if (match && lenientOk(match.index)) {
    const n = /\b(\d+) (?:\w+ )?(?:match )?(?:cycles|times|attempts|previous|prior)\b/.exec(clause);
    const none =
      /\bfirst-time applicant\b|\bnever applied\b|\bno (?:previous|prior) (?:match )?(?:cycles|attempts|applications)\b/.test(
        clause,
      );
    out.push({
      topic: 'match',
      negated: none,
      quote: clause,
      ...(n
        ? { count: Number(n[1]) }
        : /multiple (?:times|cycles|attempts)/.test(clause)
          ? { count: 'multiple' as const }
          : {}),
    });
    for (const x of toks) if (n && x.t === n[1]) used.add(x.i);
  }
  const spec = SPECIALTY_RE.exec(clause);
  if (spec && SPECIALTY_CONTEXT.test(clause) && lenientOk(spec.index)) {
    out.push({
      topic: 'specialty',
      specialty: spec[1]!.replace('paediatrics', 'pediatrics'),
      negated: false,
      quote: clause,
    });
  }
  return used;
}

function readWhen(clause: string, toks: Tok[], skip: Set<number>, strict: boolean, out: Claim[]): void {
  const years: number[] = [];
  const months: string[] = [];
  const durations: number[] = [];
  const numbers: string[] = [];
  toks.forEach((x, k) => {
    if (skip.has(x.i) || !/^\d+$/.test(x.t)) return;
    const n = Number.parseInt(x.t, 10);
    const next = toks[k + 1]?.t ?? '';
    const prev = toks[k - 1]?.t ?? '';
    if (/^\d+$/.test(x.t) && MONTH_NUMBER[prev] && n >= 1900 && n <= 2100) months.push(`${n}-${MONTH_NUMBER[prev]}`);
    else if (/^\d+$/.test(x.t) && n >= 1900 && n <= 2100) years.push(n);
    else if (/^months?$/.test(next)) durations.push(n);
    else if (/^years?$/.test(next)) {
      const extra = toks[k + 2]?.t === 'and' ? toks[k + 3] : toks[k + 2];
      const more = extra && /^\d+$/.test(extra.t) && /^months?$/.test(toks[extra.i + 1]?.t ?? '') ? Number(extra.t) : 0;
      if (more && extra) skip.add(extra.i);
      durations.push(n * 12 + more);
    } else if (/^weeks?$/.test(next)) durations.push(Math.round(n / 4.345));
    else numbers.push(x.t);
  });
  if (years.length || months.length || durations.length)
    out.push({ topic: 'when', years, months, durations, negated: false, quote: clause });
  if (strict) for (const value of numbers) out.push({ topic: 'number', value, negated: false, quote: clause });
}

/** Every claim about the member in `text`. */
export function readClaims(text: string, opts: ReadOptions): Claim[] {
  const out: Claim[] = [];
  let canon = canonical(text).replace(/\bre-(sit|sat|take|took|taken)\b/g, 're$1');
  // General advice quotes example answers ("say: \"I failed Step 1 once …\""): a script to adapt,
  // not a statement about this member.
  if (opts.mode === 'lenient') canon = canon.replace(/"[^"\n]{0,400}"/g, '""');
  for (const clause of clauses(canon)) {
    if (!aboutMember(clause, opts)) continue;
    const toks = tokens(clause);
    const modal = MODAL.test(clause);
    const before = out.length;
    const used = readExams(clause, toks, modal, opts.mode === 'lenient', out);
    readStatus(clause, toks, opts, modal, out);
    const conduct = readConduct(clause, toks, opts, out);
    readResidency(clause, toks, opts, modal, out);
    for (const i of readOthers(clause, toks, opts, modal, out)) used.add(i);
    // Dates and counts only matter in a clause that is about the member's record.
    const topical =
      out.length > before ||
      conduct ||
      /\b(?:gap|graduat\w*|since|ago|off|out of|break|unemployed|away from)\b/.test(clause);
    if (topical) readWhen(clause, toks, used, opts.mode === 'strict', out);
  }
  return out;
}

export const GENERIC_WORDS = GENERIC;
