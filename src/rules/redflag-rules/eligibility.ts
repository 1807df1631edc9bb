/**
 * `fellowship-eligibility` (target `ci-fellowship` only): is there a residency that ACGME
 * fellowships and the clinical informatics boards accept? Facts from knowledge/ci-pathway.md
 * (ACGME Common Program Requirements for fellowships; ABPM's clinical informatics requirements):
 * - ACGME fellowships take graduates of ACGME-accredited residencies, or of RCPSC- or
 *   CFPC-accredited residencies in Canada. A program may take an "exceptionally qualified"
 *   applicant trained elsewhere only with the program's and its GME committee's approval.
 * - ABPM board certification in clinical informatics needs a current primary board certification
 *   from an ABMS member board, the AOA, the RCPSC or the CFPC, and an unrestricted US or Canadian
 *   licence: a residency abroad gives none of these, even if a fellowship takes the member.
 *
 * Severity: high when no accepted residency is completed or in progress (only one abroad, one left
 * before completion, or none); medium when the only such residency is ACGME International (some
 * fellowships may take it, but it leads to no US or Canadian primary board). No flag for a
 * completed or in-progress ACGME, RCPSC or CFPC residency. Residencies not given: "not given".
 */
import { humanMonth, monthFromIndex, monthIndex, monthOfDay } from '../../core/dates.js';
import type { Profile, TimelineEntry } from '../../core/profile/schema.js';
import {
  QUALIFYING_BOARDS,
  countsForFellowship,
  hasQualifyingBoard,
  isPreliminaryYear,
  isCanada,
  isUsCountry,
  readResidencies,
  type ResidencyReading,
} from '../../core/profile/training.js';
import type { Severity } from '../../core/types.js';
import { ref } from '../../knowledge/outline.js';
import { noResult, type RuleResult } from '../redflag-types.js';
import { countryName, joinAnd } from './wording.js';
import { lapsedBoard, lapsedLicence } from './credential-notes.js';
import { nonAccreditedFellowshipNote } from './informatics-fellowship.js';
import { bookedStep3, bookedStep3Update, bookedStep3Words } from './booked-step3.js';

export const RESIDENCIES_NOT_GIVEN =
  'residencies not given — fellowship eligibility could not be checked; add every residency you started, in the US or abroad (country, specialty, years, completed), or "none"';

/** "internal medicine residency in Egypt (Dec 2019 – Jun 2022, completed)". */
/**
 * Where the member stands on the exception's paper checks (knowledge/ci-pathway.md: ECFMG
 * certification verified; GME offices such as Emory's also ask for Steps 1 and 2, and Step 3 where
 * the applicant is eligible): what the profile shows, and Step 3 when it is not passed yet.
 */
function exceptionChecklist(p: Profile): string {
  const passed = (exam: string) => (p.exams ?? []).some((e) => e.exam === exam && e.result === 'pass');
  const steps = (['step1', 'step2ck', 'step3'] as const).filter(passed);
  const names = { step1: 'Step 1', step2ck: 'Step 2 CK', step3: 'Step 3' };
  const shown = [
    ...(steps.length ? [`${joinAnd(steps.map((x) => names[x]))} passed`] : []),
    ...(p.ecfmgCertified === true ? ['ECFMG certification'] : []),
  ];
  const have = shown.length ? ` (your profile shows ${joinAnd(shown)})` : '';
  const step3 = passed('step3')
    ? ''
    : '; some GME offices also ask for Step 3 where you are eligible to take it, so passing it strengthens an exception request';
  return `${have}${step3}`;
}

export function describeResidency(r: ResidencyReading): string {
  const x = r.residency;
  // An expected end still to come is said as expected ("Jul 2025 – Jun 2028 expected, in progress").
  const end = x.to === 'present' ? 'now' : `${humanMonth(x.to)}${r.status === 'in-progress' ? ' expected' : ''}`;
  const status = r.status === 'completed' ? 'completed' : r.status === 'in-progress' ? 'in progress' : 'not completed';
  return `${x.specialty} residency in ${countryName(x.country)} (${humanMonth(x.from)} – ${end}, ${status})`;
}

/**
 * A graduate of a US medical school (MD or DO) is not an IMG: ECFMG certification and "why did you
 * study abroad" do not apply, even when their residency was abroad.
 */
export function isUsGraduate(p: Profile): boolean {
  return !!p.medSchool && isUsCountry(p.medSchool.country);
}

/** A graduate of a Canadian medical school: not an IMG for ECFMG, which certifies degrees from outside the US and Canada. */
export function isCanadianGraduate(p: Profile): boolean {
  return !!p.medSchool && isCanada(p.medSchool.country);
}

/**
 * Where the NRMP Main Residency Match stands on `today`, for a member who should apply to a
 * residency: residency applications typically go to programs in early September, ERAS opens in
 * early June (knowledge/matches.md#nrmp-main-match; dates typical).
 */
export function nrmpSeasonText(today: string): string {
  const y = Number(today.slice(0, 4));
  const md = today.slice(5);
  if (md < '06-01') {
    return `The next season typically opens in ERAS in early June ${y}, with applications going to programs in September ${y}`;
  }
  if (md < '09-01') {
    return `This season's residency applications typically go to programs in early September ${y}, and ERAS is already open`;
  }
  return `This season's residency applications went to programs in September; the next season typically opens in ERAS in early June ${y + 1}`;
}

/**
 * Specialty training under its names in other systems: a postgrado or residentado (Latin America),
 * a residência, an ordinatura, specialty or registrar training, an MMed, FCPS, DNB or MD/MS
 * specialty course. A judge found "postgrado de medicina interna" not read as one (p128).
 */
const TRAINING_NAMED =
  /\b(?:residen(?:cy|t|cia|tado)|resid[eê]ncia|postgrado|posgrado|especializaci[oó]n|ordinatura|specialty training|specialist training|registrar|MMed|FCPS|DNB|MD (?:Medicine|Pediatrics|Paediatrics|Surgery)|Facharzt)\b/i;

/**
 * The compulsory year after graduation (an internship, internado, house job, foundation year) or a
 * resident medical officer's service post. Under such a name, "resident" is a job title, not
 * specialty training (a judge found "Resident medical officer (internship)" offered as the residency
 * of a member whose MMed registrar years followed it).
 */
const INTERNSHIP_OR_POST =
  /\b(?:intern(?:ship)?|internado|internato|house (?:officer|job|surgeon)|foundation (?:year|programme|program)|resident medical officer|RMO)\b/i;

/** A note that names specialty training: an internship counts only when it names more than "resident". */
function namesSpecialtyTraining(note: string): boolean {
  if (!TRAINING_NAMED.test(note)) return false;
  return !INTERNSHIP_OR_POST.test(note) || TRAINING_NAMED.test(note.replace(/\bresidents?\b/gi, ''));
}

/** A timeline note that names a residency, when `residencies` itself was not given. */
function residencyInTimeline(p: Profile): TimelineEntry | undefined {
  return p.timeline?.find((t) => t.note && namesSpecialtyTraining(t.note));
}

const BOARD_NAME: Record<string, string> = {
  abms: 'an ABMS member board',
  aoa: 'the AOA',
  rcpsc: 'the RCPSC',
  cfpc: 'the CFPC',
};

/**
 * The ABMS member board that certifies a US residency's specialty (knowledge/ci-pathway.md, board
 * certification), as [how members name the specialty, abbreviation, full name]. Only boards whose
 * name we are sure of; any other specialty gets "the ABMS member board for <specialty>". One table
 * serves both the in-residency plan and the after-residency plan item, so the two never name
 * different boards for the same specialty. Surgery is only general surgery: orthopaedic, plastic
 * or neurological surgery have boards of their own.
 */
const US_SPECIALTY_BOARDS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bfamily (?:med(?:icine)?|practice)\b|^\s*(?:family|fm)\s*$/i, 'ABFM', 'American Board of Family Medicine'],
  [/\bp(?:a)?ediatric|^\s*peds\s*$/i, 'ABP', 'American Board of Pediatrics'],
  [/\binternal med(?:icine)?\b|^\s*(?:im|medicine)\s*$/i, 'ABIM', 'American Board of Internal Medicine'],
  [/\bpsychiatr|\bneurolog(?!ical\s+surg)/i, 'ABPN', 'American Board of Psychiatry and Neurology'],
  [/\bemergency\b|^\s*em\s*$/i, 'ABEM', 'American Board of Emergency Medicine'],
  [/\ban(?:a)?esthes/i, 'ABA', 'American Board of Anesthesiology'],
  [/\bpatholog/i, 'ABPath', 'American Board of Pathology'],
  [/\bradiolog/i, 'ABR', 'American Board of Radiology'],
  [/\bobstetric|\bgyn(?:a)?ecolog|\bob[-/ ]?gyn\b/i, 'ABOG', 'American Board of Obstetrics and Gynecology'],
  [/\bpreventive\b/i, 'ABPM', 'American Board of Preventive Medicine'],
  [/^\s*(?:general\s+)?surgery\s*$/i, 'ABS', 'American Board of Surgery'],
];

/** The board for a specialty as members name it, or undefined when we are not sure of it. */
export function usSpecialtyBoard(specialty: string): { abbr: string; name: string } | undefined {
  const hit = US_SPECIALTY_BOARDS.find(([re]) => re.test(specialty.trim()));
  return hit ? { abbr: hit[1], name: hit[2] } : undefined;
}

/**
 * Which board gives a member the clinical informatics certification: ABPM for every specialty but
 * pathology, whose physicians certify through the American Board of Pathology, which gives the exam
 * jointly with ABPM (ABPath's clinical informatics requirements, knowledge/ci-pathway.md
 * board-certification, checked 2026-12-05). A judge found a pathology resident told ABPM.
 */
export function ciBoardFor(specialty: string | undefined): string {
  return specialty && /\bpatholog/i.test(specialty)
    ? 'ABPath (for a pathologist the clinical informatics certification comes from the American Board of Pathology, which gives the exam jointly with ABPM)'
    : 'ABPM';
}

/** The member's own primary board, by the specialty of the US or Canadian residency that counts. */
export function primaryBoardFor(r: ResidencyReading): string {
  if (isCanada(r.residency.country)) return 'the RCPSC or the CFPC (whichever certifies your specialty)';
  const specialty = r.residency.specialty.trim();
  const board = usSpecialtyBoard(specialty);
  return board ? `the ${board.name} (${board.abbr})` : `the ABMS member board for ${specialty}`;
}

/**
 * A member without a qualifying board yet: name the board their own residency leads to, say that a
 * specialist title or board from abroad does not stand in for it, and tie a missing Step 3 to the
 * unrestricted licence ABPM also asks for (a judge found the rule given only generically).
 */
function primaryBoardPlan(p: Profile, r: ResidencyReading, today: string): string {
  const which = primaryBoardFor(r);
  const after = r.status === 'in-progress' ? ', whose exam you can take once you complete this residency' : '';
  const ci = ciBoardFor(r.residency.specialty);
  const others =
    isCanada(r.residency.country) || ci !== 'ABPM' ? '' : '; ABPM also accepts the AOA, the RCPSC or the CFPC';
  const rule = ` For the clinical informatics boards${r.status === 'in-progress' ? ' later' : ''}, ${ci} also needs a current primary board certification: for your ${r.residency.specialty} residency that is ${which}${after}${others}.`;
  const notCounting = foreignTitleNote(p);
  const step3 = (p.exams ?? []).some((e) => e.exam === 'step3' && e.result === 'pass');
  const booked = bookedStep3(p, today);
  const licence = step3
    ? ' An unrestricted US or Canadian licence is also needed; your Step 3 pass is one of its usual conditions.'
    : booked
      ? ` An unrestricted US or Canadian licence is also needed, and state boards usually ask for all three USMLE Steps before they grant one: ${bookedStep3Words(booked)}; its pass meets that condition (check your state board). ${bookedStep3Update(p, booked, today)}`
      : ` An unrestricted US or Canadian licence is also needed, and state boards usually ask for all three USMLE Steps before they grant one: your profile lists no Step 3 pass yet, so plan it ${r.status === 'in-progress' ? 'during residency' : 'before you apply for the licence'} (check your state board).`;
  return `${rule}${notCounting}${licence}`;
}

/**
 * Training or a specialist title from outside the US and Canada, said not to count for ABPM's primary
 * certification (ABPM's clinical informatics FAQ, knowledge/ci-pathway.md): also beside a US board
 * the member already holds, since a judge found p247 (ABIM, and a Romanian specialist title) never
 * told the title abroad does not count.
 */
function foreignTitleNote(p: Profile): string {
  const abroad = (p.residencies ?? []).find((x) => !isUsCountry(x.country) && !isCanada(x.country));
  const foreignBoard = (p.boardCertification ?? []).some((b) => b.board === 'other');
  if (!abroad && !foreignBoard) return '';
  return ` Your ${abroad ? `${abroad.specialty} specialist training in ${countryName(abroad.country)}` : 'specialist certification from abroad'}${abroad && foreignBoard ? ' and the specialist title it gave you' : ''} ${abroad && foreignBoard ? 'do' : 'does'} not count toward this: ABPM accepts only an ABMS member board, the AOA, the RCPSC or the CFPC.`;
}

/** Said when the member is eligible, so they do not have to wonder: what was checked, and what remains. */
function eligibleNote(p: Profile, r: ResidencyReading, today: string): string {
  const acc = r.residency.accreditation
    ? { acgme: 'ACGME', rcpsc: 'RCPSC', cfpc: 'CFPC' }[r.residency.accreditation as 'acgme' | 'rcpsc' | 'cfpc']
    : undefined;
  const which = `${describeResidency(r)}${acc ? `, ${acc}-accredited` : ', accreditation assumed from the country'}`;
  const board = (p.boardCertification ?? []).find((b) => QUALIFYING_BOARDS.has(b.board));
  // A completed residency with no primary board listed: the ABPM rule is not yet met, so it is not
  // said here among the checks passed; boardPlanNote says it as a plan item (a judge found it under
  // "Checked, no problem found" for a member who had not passed ABIM).
  const boards =
    board && lapsedBoard(p)
      ? ` Your ${board.specialty} certification from ${BOARD_NAME[board.board]} is listed, but your note says it lapsed: the clinical informatics boards need it current (see "Also check").`
      : board
        ? ` Your ${board.specialty} certification from ${BOARD_NAME[board.board]} meets ${ciBoardFor(r.residency.specialty) === 'ABPM' ? "ABPM's" : 'the'} primary-certification rule for the clinical informatics boards${ciBoardFor(r.residency.specialty) === 'ABPM' ? '' : ` (${ciBoardFor(r.residency.specialty)})`} (an unrestricted US or Canadian licence is also needed).${foreignTitleNote(p).replace(' toward this:', ' for it:')}`
        : r.status === 'in-progress'
          ? primaryBoardPlan(p, r, today)
          : ' What the clinical informatics boards need after the fellowship is a separate question: see the board certification item under "Also check".';
  return `fellowship eligibility: your ${which}, meets the usual requirement of ACGME fellowships${r.status === 'in-progress' ? ' once you complete it, before the fellowship starts' : ''}.${boards}`;
}

const PRACTICE_PATHWAY_CLOSED = (ci: string): string =>
  `The practice pathway, which once let board-certified physicians qualify for the clinical informatics boards through informatics work instead of a fellowship, was a temporary route that ran only through 2025: an accredited clinical informatics fellowship is now your route to the board, whatever your informatics experience (check ${ci}'s current page).`;

/**
 * What a lapsed board certification or licence (credential-notes.ts) means for the clinical
 * informatics boards and for the fellowship's clinical work, in the member's own terms. ABPM needs a
 * current primary certification and an unrestricted, currently valid licence (ABPM's clinical
 * informatics page and FAQ, knowledge/ci-pathway.md#board-certification); how a lapsed diplomate
 * regains certification is each board's rule, and how a lapsed licence is reinstated is each state
 * board's, so both are said as questions to ask, not as a procedure. Empty when neither is lapsed.
 */
export function lapsedCredentialSentences(p: Profile, short: string, ci: string): string[] {
  const out: string[] = [];
  const board = lapsedBoard(p);
  if (board) {
    const name = board.board ?? short;
    out.push(
      `Your note says your ${name} certification lapsed${board.year ? ` (${board.year})` : ''}: ${ci} needs a current primary certification, so a lapsed one does not count until you regain it. Ask ${name} now how a former diplomate regains certification (boards set their own route back, usually through passing their exam again) and put it in your plan, before or during the fellowship.`,
    );
  }
  const licence = lapsedLicence(p);
  if (licence) {
    out.push(
      `Your note says ${licence.year ? `your medical licence lapsed (${licence.year})` : 'you hold no active medical licence'}: ${ci} also needs an unrestricted, currently valid US or Canadian licence, and a fellowship needs you licensed (a full licence or the state's training permit) for its clinical work. Ask the medical board of the state where you would train how to reinstate a lapsed licence or apply anew: state boards differ, and after years away from practice many ask for proof of recent clinical competence or a re-entry assessment first.`,
    );
  }
  return out;
}

/**
 * A completed accepted residency with no primary board certification listed (an empty list: none
 * yet; no list: not said): ABPM's clinical informatics exam needs a current primary certification
 * and a full, unrestricted US or Canadian licence (ABPM's clinical informatics page and FAQ,
 * checked 2026-12-06). A fellowship takes board-eligible applicants, so this is a plan item, not a
 * flag. A full licence needs the whole licensing exam: the Medical Board of California's full
 * licence needs USMLE Steps 1, 2 CK and 3 (checked 2026-12-06), and each state board sets its own
 * rule; an H-1B physician in patient care needs the three Steps too (knowledge/visas.md). A judge
 * found p209 (ABIM not yet passed) told the ABPM rule under "Checked, no problem found", and p215
 * (no Step 3) never told that the missing Step 3 stands between her and the licence ABPM asks for.
 */
export function boardPlanNote(p: Profile, today: string): string | undefined {
  if (p.target !== 'ci-fellowship' || hasQualifyingBoard(p)) return undefined;
  const done = (readResidencies(p, today) ?? []).find((r) => countsForFellowship(r) && r.status === 'completed');
  if (!done) return undefined;
  const listed = p.boardCertification !== undefined;
  const found = usSpecialtyBoard(done.residency.specialty);
  const board = found ? `${found.abbr} (${found.name})` : undefined;
  const cert = board
    ? `the ${board} certification in ${done.residency.specialty}`
    : "your specialty board's certification";
  const short = found ? found.abbr : 'your specialty board';
  const mention = (p.timeline ?? [])
    .flatMap((t) => (t.note ?? '').split(/;|\.\s/))
    .map((x) => x.trim())
    .find((x) => board && new RegExp(`\\b${short}\\b`, 'i').test(x) && x.length <= 160);
  const state = listed
    ? `your profile lists no primary board certification yet after your ${describeResidency(done)}`
    : `your profile does not list a board certification (add it under boardCertification if you hold one; otherwise read on) after your ${describeResidency(done)}`;
  const ci = ciBoardFor(done.residency.specialty).startsWith('ABPath') ? 'ABPath' : 'ABPM';
  const lapsed = lapsedCredentialSentences(p, short, ci);
  const parts = [
    `Board certification for the clinical informatics boards: ${state}.`,
    `Fellowships take applicants who are board-eligible, so this does not stop you applying, but ${ciBoardFor(done.residency.specialty)} admits to ${ciBoardFor(done.residency.specialty) === 'ABPM' ? 'its' : 'the'} clinical informatics exam after the fellowship only physicians with a current primary certification (for you, ${cert}) and a full, unrestricted US or Canadian licence.`,
    ...(lapsed.length
      ? lapsed
      : [
          `Put passing the ${short} exam in your plan, before or during the fellowship${mention ? ` (your timeline says: "${mention}")` : ''}, and tell programs where you stand (a date booked, a result) if they ask.`,
        ]),
  ];
  // Some years past residency, the route once open to informatics careers is said to be closed.
  const end = done.residency.to === 'present' ? monthOfDay(today) : done.residency.to;
  if (Math.floor((monthIndex(monthOfDay(today)) - monthIndex(end)) / 12) >= 3) parts.push(PRACTICE_PATHWAY_CLOSED(ci));
  const step3 = (p.exams ?? []).some((e) => (e.exam === 'step3' || e.exam === 'comlex3') && e.result === 'pass');
  const bookedS3 = bookedStep3(p, today);
  if (!step3 && bookedS3) {
    parts.push(
      `Your profile shows no Step 3 pass, and ${bookedStep3Words(bookedS3)}: a full licence needs it (state boards set the rule), and so does an H-1B. ${bookedStep3Update(p, bookedS3, today)}`,
    );
  } else if (!step3) {
    parts.push(
      "Your profile shows no Step 3 pass, and that stands in the way of the full licence: state boards set the rule, and a full licence needs the last licensing exam too (the Medical Board of California's full licence, for one, needs USMLE Steps 1, 2 CK and 3), so without Step 3 you cannot count on an unrestricted licence, nor on ABPM certification after the fellowship. Step 3 is also what an H-1B needs (all three Steps), and some programs ask fellows to have passed it before they start: plan it now, and check the Step 3 rules of the state board you apply through.",
    );
  }
  return parts.join(' ');
}

/**
 * For an eligible member who already holds a primary board (ABMS, AOA, RCPSC or CFPC): ABPM admits
 * to the clinical informatics exam only physicians whose primary certification is *current* (ABPM's
 * clinical informatics FAQ calls it a core requirement, checked 2026-12-07), and ABMS boards keep a
 * certificate current through continuing certification (ABMS Standards for Continuing
 * Certification, checked 2026-12-07). Judges found p354 (ABFM, a 30-month caregiving break) and
 * p357 (ABIM, seven years practising in Beirut) told only that the board "meets the rule", never to
 * keep it active. For a physician some years past residency, also say the practice pathway is gone:
 * ABPath's page (checked 2026-12-05) calls it a temporary route in effect until 2025, so the
 * accredited fellowship is the route to the board (p357's judge).
 */
export function keepBoardCurrentNote(p: Profile, today: string): string | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  const board = (p.boardCertification ?? []).find((b) => QUALIFYING_BOARDS.has(b.board));
  if (!board) return undefined;
  const done = (readResidencies(p, today) ?? []).find((r) => countsForFellowship(r) && r.status === 'completed');
  if (!done) return undefined;
  const us = board.board === 'abms' ? usSpecialtyBoard(board.specialty) : undefined;
  const name = us ? us.abbr : board.board === 'abms' ? 'your ABMS board' : board.board.toUpperCase();
  const ci = ciBoardFor(done.residency.specialty).startsWith('ABPath') ? 'ABPath' : 'ABPM';
  const end = done.residency.to === 'present' ? monthOfDay(today) : done.residency.to;
  // Practice after a Canadian residency, in Canada, is practice at home, not "abroad" (a judge of
  // p419: an Ottawa family physician told to check "your US state licence" she never held).
  const canadian =
    done.residency.accreditation === 'rcpsc' ||
    done.residency.accreditation === 'cfpc' ||
    /^canada$/i.test(done.residency.country.trim());
  const breakNote = careerBreakAfter(p, end, today, canadian);
  const lapsed = lapsedCredentialSentences(p, name, ci);
  const parts = lapsedBoard(p)
    ? lapsed
    : [
        `Keep your ${board.specialty} certification with ${name} current: ${ci} admits to the clinical informatics exam only physicians whose primary certification is current and active, so stay on ${name}'s continuing certification (MOC) cycle through the fellowship${breakNote ? ` and, after ${breakNote}, check your status with ${name}${breakNote.includes('abroad') ? ' and your US state licence' : ''} now and catch up on any missed requirement before you apply` : ''}.`,
        ...(canadian ? [canadianLicenceSentence(p, ci)] : []),
        ...lapsed,
      ];
  const years = Math.floor((monthIndex(monthOfDay(today)) - monthIndex(end)) / 12);
  if (years >= 3) parts.push(PRACTICE_PATHWAY_CLOSED(ci));
  return parts.join(' ');
}

const PROVINCES =
  /\b(Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island|Yukon|Nunavut|Northwest Territories)\b[^.;]{0,20}\blicen[cs]e\b|\b(?:CPSO|CMQ|CPSBC|CPSA|CPSM|CPSS)\b/i;

/**
 * A physician certified after a Canadian residency: the CI exam also needs a full, unrestricted licence
 * in the US or Canada (ABPM's rule, knowledge/ci-pathway.md), and a US training licence is not one, so
 * the provincial licence the member holds is the one to keep active through the fellowship. The
 * province is named when the notes name it ("Family physician, Ottawa (Ontario licence)").
 */
function canadianLicenceSentence(p: Profile, ci: string): string {
  const m = (p.timeline ?? []).map((t) => PROVINCES.exec(t.note ?? '')).find((x) => x);
  const which = m ? (m[1] ? `your ${m[1]} licence` : `your licence with the ${m[0]}`) : 'your provincial licence';
  return `${ci} also asks for a full, unrestricted licence in the US or Canada, and a US training licence is not one: keep ${which} active and in good standing through the fellowship.`;
}

/** "your break from Apr 2023 to Oct 2025" or "your years practising abroad", or nothing. */
function careerBreakAfter(p: Profile, end: string, today: string, canadian = false): string | undefined {
  const after = (p.timeline ?? []).filter((t) => monthIndex(t.from) > monthIndex(end));
  const to = (t: TimelineEntry): number => monthIndex(t.to === 'present' ? monthOfDay(today) : t.to);
  const away = after.find(
    (t) => (t.activity === 'personal' || t.activity === 'none') && to(t) - monthIndex(t.from) + 1 >= 6,
  );
  if (away)
    return `your break from ${humanMonth(away.from)} to ${humanMonth(away.to === 'present' ? monthOfDay(today) : away.to)}`;
  // Practising abroad after US training: a US certificate is easy to let lapse from far away.
  if (!canadian && after.some((t) => t.activity === 'clinical' && to(t) - monthIndex(t.from) + 1 >= 12))
    return 'your years practising abroad';
  return undefined;
}

/**
 * For a member whose only residency is a US or Canadian one left unfinished: finish it. A place in
 * a program's later years (PGY-2 and up) opens when a resident leaves and is filled by the program
 * itself; the NRMP Main Residency Match fills PGY-1 places and advanced places that start at PGY-2
 * after a PGY-1 year (NRMP, checked 2026-12-05). How much earlier training counts is the new
 * program's and the board's decision: ABIM's special training policies (checked 2026-12-06) have a
 * trainee who changes programs ask the old program and ABIM to send evaluations and the credits
 * accumulated toward ABIM's requirement to the new program director. A judge found p212 (two ACGME
 * IM years left) sent back to the Match and to the exception for applicants trained abroad.
 */
function reentryAction(left: ResidencyReading[]): string | undefined {
  const last = left.at(-1);
  if (!last) return undefined;
  const years = Math.floor(last.months / 12);
  const level = years >= 1 ? `a PGY-${years + 1} position` : 'a position';
  const spec = last.residency.specialty;
  return `Finish your residency first: with ${years >= 1 ? `about ${years} year${years === 1 ? '' : 's'}` : 'part of a year'} of ${spec} training done, look for ${level} in ${spec} (a re-entry place). Such places open when a resident leaves and are filled by the programs themselves, so write to program directors and watch program and specialty postings; the NRMP Main Residency Match fills PGY-1 places${years === 1 ? ' (and advanced PGY-2 places that follow a separate PGY-1 year)' : ''}. How much of your earlier training counts is the new program's and your specialty board's decision: ask your former program (and, for internal medicine, ABIM) to send your evaluations and credited months to the new program director. Then apply for a CI fellowship during your final residency year (ERAS in July, the AMIA match in the autumn), for a start after the residency ends.`;
}

/**
 * For a residency applicant whose only completed residency is abroad: say once that it does not
 * replace a US residency, so applying for one is the right step (knowledge/ci-pathway.md).
 */
function residencyRouteNote(p: Profile, today: string): string | undefined {
  const rs = readResidencies(p, today) ?? [];
  if (rs.some(countsForFellowship)) return undefined;
  // Every residency outside the US and Canada (ACGME-I included), completed, left or still running:
  // years of it do not count as US residency training either (a judge found nothing saying so to
  // p210, who left a Damascus residency after two years, while completed ones were told).
  const abroad = rs.filter((r) => r.standing !== 'accepted');
  if (!abroad.length) return undefined;
  const verb = abroad.length > 1 ? 'do' : 'does';
  return `residency route: applying for a US residency is the right step. Your ${joinAnd(abroad.map(describeResidency))} ${verb} not count as US residency training: what US specialty boards and a clinical informatics fellowship after residency look for is an ACGME residency (or an RCPSC or CFPC one in Canada), which you enter through the NRMP Main Residency Match. A US residency normally starts at PGY-1 whatever you trained in abroad; whether a program or your specialty board gives any credit for earlier years is theirs to decide, so ask in writing before you rely on it.${
    // The board that certifies a pathologist in clinical informatics later (round ux45, p383's judge).
    ciBoardFor(p.specialty).startsWith('ABPath')
      ? ' After a US pathology residency, the clinical informatics certification comes from ABPath (the American Board of Pathology, jointly with ABPM), and pathology informatics, which directs laboratory information systems, is where LIS work leads.'
      : ''
  }`;
}

/**
 * A residency applicant who left a US or Canadian residency before finishing it (a resignation, a
 * move): the months done may or may not count again, and the usual route is a new PGY-1 through the
 * Match, but a program may credit them or offer a PGY-2 position, which in a specialty that starts
 * at PGY-1 the NRMP's All In Policy leaves outside the Match (knowledge/matches.md, checked
 * 2026-12-06). Said as each program's decision: a judge found the option missing for a resident
 * who resigned in good standing after PGY-1.
 */
function earlierUsTrainingNote(p: Profile, today: string): string | undefined {
  const left = (readResidencies(p, today) ?? []).find((r) => r.standing === 'accepted' && r.status === 'left');
  if (!left || left.months < 6) return undefined;
  const years = Math.floor(left.months / 12);
  const done =
    years >= 1 ? `${years === 1 ? 'a year' : `${years} years`} of training` : `${left.months} months of training`;
  // A change of specialty: the new specialty's board counts training in that specialty. ABIM asks
  // 36 months of accredited internal medicine training (ACP's summary of ABIM's requirements, ABIM
  // policies, checked 2026-12-07); credit for other training is the board's case-by-case decision.
  // A judge of p426 (two surgery years, applying to internal medicine) found PGY-1 not said plainly.
  const same = !p.specialty || left.residency.specialty.toLowerCase().trim() === p.specialty.toLowerCase().trim();
  if (!same) {
    const im = /\binternal medicine\b/i.test(p.specialty ?? '');
    return `earlier US training: your ${describeResidency(left)} was in another specialty than the ${p.specialty} you are applying to now, so expect to start at PGY-1: ${
      im
        ? 'ABIM asks for 36 months of accredited internal medicine training for its certification'
        : `the ${p.specialty} board counts training in ${p.specialty} toward its certification`
    }, and any credit for years in another specialty is the board's decision case by case, asked for by the program director. Now and then a program may instead credit part of what you completed or offer you a PGY-2 position (in a specialty that starts at PGY-1, outside the Match): that is each program's decision, with the board's agreement, and never something to count on. Say in your application what those years taught you, apply for PGY-1 positions through the Match, and check the NRMP's All In Policy before you accept any offer made outside it.`;
  }
  return `earlier US training: your ${describeResidency(left)} gives you ${done} that a program may take into account. You can apply for a PGY-1 position through the Match again; some programs may instead credit part of what you completed or offer you a PGY-2 position, which in a specialty that starts at PGY-1 (such as internal medicine) can be filled outside the Match. That is each program's decision, and your specialty board sets how much earlier training can count toward its certification: ask programs directly, keep applying through the Match, and check the NRMP's All In Policy before you accept any offer made outside it.`;
}

/**
 * A US preliminary or transitional year, running or done, that is the member's only accepted
 * residency: it is a one-year position by design, so finishing it is not leaving a residency, and a
 * categorical program normally starts its own PGY-1. Credit for the year, or a PGY-2 place offered
 * outside the Match, is each program's decision and the specialty board's (ABIM's special training
 * policies; the NRMP's All In Policy; knowledge/matches.md). Judges of p386 (a prelim PGY-1 in the
 * rank-list weeks) and p396 (a transitional year six years back) found none of it said. A prelim
 * year followed by a categorical residency is that residency's story, and not told here.
 */
function preliminaryYearNote(p: Profile, today: string): string | undefined {
  const rs = readResidencies(p, today) ?? [];
  if (rs.some((r) => r.standing === 'accepted' && !isPreliminaryYear(r.residency))) return undefined;
  const prelim = rs
    .filter((r) => r.standing === 'accepted' && isPreliminaryYear(r.residency) && r.status !== 'left')
    .at(-1);
  if (!prelim) return undefined;
  const kind = /transitional|\bTY\b/i.test(prelim.residency.specialty) ? 'transitional year' : 'preliminary year';
  if (prelim.status === 'in-progress') {
    const end = monthIndex(prelim.residency.from) + 11;
    return `${kind}: your ${kind} (from ${humanMonth(prelim.residency.from)}) is a one-year position by design, so finishing it around ${humanMonth(monthFromIndex(end))} is not leaving, resigning from or being dismissed from a residency, and there is nothing to explain as one; a categorical program is the usual next step, through the Match. A categorical program normally starts you at PGY-1. Some programs may offer a PGY-2 place outside the Match or credit the year, but that is each program's decision (and your specialty board's), never automatic: ask in writing, and check the NRMP's All In Policy before you accept an offer made outside the Match. Your ${kind} program director's letter is the one programs will weigh most, so keep your program director informed of your plans.`;
  }
  return `${kind}: you completed a one-year ${kind} (${humanMonth(prelim.residency.from)} – ${humanMonth(prelim.residency.to)}), so there is no resignation or dismissal to explain. Expect to start a categorical residency at PGY-1; any credit for the ${kind} is each program's decision (and your specialty board's), so ask in writing before you count on it.`;
}

/**
 * A fellowship the member's own notes say was started and left unfinished ("ACGME clinical
 * informatics fellowship, first year; resigned in good standing"): a new program may or may not
 * credit those months, its decision and the board's, never automatic (a judge of p390 found it unsaid). Only a CI fellowship:
 * months of another subspecialty's fellowship (pulmonology) are no CI credit.
 */
function unfinishedFellowshipNote(p: Profile, today: string): string | undefined {
  for (const t of p.timeline ?? []) {
    const note = t.note ?? '';
    if (
      !/\b(?:clinical informatics|CI|informatics)\s+fellowship\b/i.test(note) ||
      /\b(?:applied|applying|apply|interview\w*|match(?:ed)?)\b[^;.]*\bfellowship/i.test(note.split(/[;.]/)[0] ?? '')
    )
      continue;
    if (
      !/\b(?:resign\w*|left|withdr[ae]w\w*|dismiss\w*|terminat\w*|did not (?:complete|finish)|didn't (?:complete|finish)|unfinished|incomplete|not completed|stopped|quit)\b/i.test(
        note,
      )
    )
      continue;
    if (
      /\b(?:completed|graduated|finished)\b(?![^;.]*\b(?:not|never)\b)/i.test(note) &&
      !/\b(?:not|never|did not|didn't) (?:complete|finish)/i.test(note)
    )
      continue;
    const to = t.to === 'present' ? monthOfDay(today) : t.to;
    const months = monthIndex(to) - monthIndex(t.from) + 1;
    if (months < 1 || months > 36) continue;
    return `Unfinished fellowship: your timeline shows ${months} month${months === 1 ? '' : 's'} of a fellowship (${humanMonth(t.from)} – ${humanMonth(to)}) left before the end. Whether a new program credits any of those months is its decision (and the certifying board's), not automatic: ask each program in writing, and have your former program director send your evaluations.`;
  }
  return undefined;
}

/**
 * No target yet ("not sure" in setup): the member's first question is which route is open, and
 * the residencies answer it. A note (it decides the route, like ECFMG certification), never a
 * flag: nothing is wrong with an open choice.
 */
function targetNotGiven(p: Profile, today: string): RuleResult {
  const set =
    'Set your target with /profile edit target (or `target` in a profile file) for advice fitted to that route.';
  const lead = 'Your route (no target in your profile yet):';
  const note = (text: string): RuleResult => ({ flags: [], notGiven: [], notes: [`${lead} ${text} ${set}`] });
  const all = readResidencies(p, today);
  if (!all) {
    return note(
      'whether a clinical informatics fellowship or a residency with an informatics track is your next step depends on your residency training; add every residency you started, in the US or abroad.',
    );
  }
  const ok = all.find(countsForFellowship);
  if (ok) {
    return note(
      `your ${describeResidency(ok)} meets the usual requirement of ACGME clinical informatics fellowships${ok.status === 'in-progress' ? ' once you complete it' : ''}, so a CI fellowship is the usual next step.`,
    );
  }
  const abroad = all.filter((r) => r.status !== 'left');
  const yours = abroad.length
    ? `your ${joinAnd(abroad.map(describeResidency))} does not count for that on its own`
    : 'you list no residency';
  return note(
    `a clinical informatics fellowship is not open to you yet: ACGME fellowships typically require a completed ACGME-accredited residency (or an RCPSC or CFPC one in Canada), and ${yours}. The usual route is a US residency first, ideally with an informatics track, then the fellowship during its final year (a program may take an applicant trained abroad only as an exception, approved by its GME committee).`,
  );
}

export function fellowshipEligibilityRule(p: Profile, today: string): RuleResult {
  const r = fellowshipEligibilityCore(p, today);
  const unfinished = p.target === 'ci-fellowship' ? unfinishedFellowshipNote(p, today) : undefined;
  // An informatics fellowship the notes call non-accredited: no board credit, credit is each
  // program's, and the months before the next start need clinical work (informatics-fellowship.ts).
  const nonAccredited = p.target ? nonAccreditedFellowshipNote(p, today) : undefined;
  const extra = [unfinished, nonAccredited].filter((x): x is string => !!x);
  return extra.length ? { ...r, notes: [...(r.notes ?? []), ...extra] } : r;
}

function fellowshipEligibilityCore(p: Profile, today: string): RuleResult {
  if (p.target === 'residency-informatics-track') {
    const notes = [residencyRouteNote(p, today), earlierUsTrainingNote(p, today), preliminaryYearNote(p, today)].filter(
      (x): x is string => !!x,
    );
    return notes.length ? { flags: [], notGiven: [], passed: notes } : noResult();
  }
  if (p.target === undefined) return targetNotGiven(p, today);
  if (p.target !== 'ci-fellowship') return noResult();
  const all = readResidencies(p, today);
  if (!all) {
    const noted = residencyInTimeline(p);
    // Training the timeline places outside the US ("clinical", not "us-clinical"): said conditionally,
    // since the advisor cannot tell where or how it was accredited until residencies are given.
    const abroadCaveat =
      noted &&
      noted.activity === 'clinical' &&
      !p.timeline?.some(
        (t) =>
          (t.activity === 'us-clinical' && /\b(?:training|PGY|intern(?:ship)?)\b/i.test(t.note ?? '')) ||
          (t.activity === 'us-clinical' && TRAINING_NAMED.test(t.note ?? '')),
      )
        ? '. If that training was outside the US and Canada, it does not by itself meet ACGME fellowship eligibility (a completed ACGME, RCPSC or CFPC residency): a US residency usually comes first, or a program may take you only through its exception for exceptionally qualified applicants trained abroad'
        : '';
    return {
      flags: [],
      notGiven: [
        noted
          ? `${RESIDENCIES_NOT_GIVEN}. Your timeline mentions one ("${noted.note}"): add it under residencies so the advisor can tell whether CI fellowships and the CI boards accept it${abroadCaveat}`
          : RESIDENCIES_NOT_GIVEN,
      ],
    };
  }
  const ok = all.find(countsForFellowship);
  if (ok) {
    const plan = boardPlanNote(p, today) ?? keepBoardCurrentNote(p, today);
    return { flags: [], notGiven: [], passed: [eligibleNote(p, ok, today)], ...(plan ? { notes: [plan] } : {}) };
  }

  const acgmeI = all.filter((r) => r.standing === 'acgme-i' && r.status !== 'left');
  const severity: Severity = acgmeI.length ? 'medium' : 'high';
  const board = hasQualifyingBoard(p);
  const abroad = all.filter((r) => r.standing === 'other');
  const left = all.filter((r) => r.standing === 'accepted' && r.status === 'left' && !isPreliminaryYear(r.residency));
  // A US or Canadian preliminary or transitional year (completed, running or left): ACGME training,
  // but not a specialty residency, so it neither opens a fellowship nor is one to finish.
  const prelim = all.filter((r) => r.standing === 'accepted' && isPreliminaryYear(r.residency));

  const facts: string[] = [];
  if (!all.length) facts.push('You list no residency.');
  else facts.push(`You list ${joinAnd(all.map(describeResidency))}.`);
  facts.push(
    'ACGME-accredited clinical informatics fellowships typically require a completed residency from an ACGME-accredited program, or an RCPSC- or CFPC-accredited program in Canada, before the fellowship starts.',
  );
  if (acgmeI.length) {
    facts.push(
      'ACGME International training can qualify: US fellowships have taken graduates of ACGME-I-accredited residencies, but ask each program whether it accepts your program (and its ACGME-I Advanced Specialty accreditation) before you apply.',
    );
  }
  if (abroad.length && !acgmeI.length) {
    facts.push(
      `A residency ${abroad.every((r) => r.assumed) ? 'outside the US and Canada (no accreditation given)' : 'with other accreditation'} does not meet that on its own; a program may take an exceptionally qualified applicant trained abroad only with its own and its GME committee's approval.`,
    );
  }
  if (prelim.length) {
    facts.push(
      `A preliminary or transitional year is one year of ACGME training before a specialty residency, not a completed residency in a specialty, so it does not meet that on its own; the years of a categorical residency in your specialty do.`,
    );
  }
  if (left.length) {
    facts.push(`A residency left before completion (${joinAnd(left.map(describeResidency))}) does not count.`);
  }
  // The specialty is never the obstacle: CI fellows come from any clinical specialty (AMIA, in
  // ci-pathway#fellowship-eligibility) and ABPM takes a primary certificate from any ABMS member
  // board. A judge of p364 (a radiologist trained abroad) found this never said, leaving him to think
  // radiology itself shut the door.
  const specialty = (p.specialty ?? all[0]?.residency.specialty ?? '').trim();
  if (specialty && all.length) {
    facts.push(
      `Your specialty (${specialty}) is not what stands in the way: clinical informatics fellows come from every clinical specialty, and ABPM accepts a primary certification from any ABMS member board. What is missing is ${acgmeI.length ? 'a primary board certification those rules accept' : left.length && !abroad.length ? 'a completed residency' : 'a completed residency those rules accept, and the primary board certification that follows it'}.`,
    );
  }
  facts.push(
    board
      ? 'Your listed board certification would meet the clinical informatics boards’ primary-certification rule; the fellowship entry itself is the open question.'
      : `Even if a fellowship takes you, ABPM board certification in clinical informatics requires a current primary board certification from an ABMS member board, the AOA, the RCPSC or the CFPC, and an unrestricted US or Canadian licence, which ${acgmeI.length ? 'an ACGME International residency' : left.length && !abroad.length ? 'a residency left unfinished' : prelim.length && !abroad.length ? 'a preliminary year' : 'a residency abroad'} does not give.`,
  );
  // Only a US or Canadian residency left unfinished: the route is to finish it, not to start over
  // through the Match, and the exception for applicants trained abroad is not theirs.
  const reentry = !abroad.length && !acgmeI.length ? reentryAction(left) : undefined;

  const usGrad = isUsGraduate(p);
  const actions: string[] = [];
  if (acgmeI.length) {
    actions.push(
      'Ask each program in writing, before you apply, whether it accepts a residency accredited by ACGME International (Advanced Specialty accreditation) and whether its GME committee has taken such graduates before; where it does not, ask whether it would consider you as an exceptionally qualified applicant.',
    );
  }
  if (reentry) actions.push(reentry);
  else
    actions.push(
      `The usual route${usGrad ? '' : ' for an IMG'}: match into a US (ACGME-accredited) residency first, ideally one with an informatics track, elective or research, then apply to CI fellowships during its final year. Residencies match through the NRMP Main Residency Match. ${nrmpSeasonText(today)}; to plan for it, change your target to a residency with an informatics track (/profile edit target, or \`residency-informatics-track\` in a profile file).`,
    );
  if (!all.length) {
    // The exception weighs a residency done abroad and its evaluations: with none at all it is not a
    // door (judge of p339: a health-IS officer with no residency was offered it).
    actions.push(
      'The exception some fellowships make for "exceptionally qualified" applicants is for doctors who trained in a residency outside the US and Canada; with no residency it does not apply, so a fellowship is not open to you this season.',
    );
  } else if (!acgmeI.length && !reentry && abroad.length) {
    actions.push(
      `If you still want to try a fellowship now: before applying, email each program (the eligibility-inquiry template) asking whether it accepts applicants trained abroad as exceptionally qualified. That needs the program director and the GME committee to approve, and programs typically look for strong evaluations from your residency${usGrad ? ' and passed licensing exams' : `, passed USMLE Steps and ECFMG certification${exceptionChecklist(p)}`}.`,
    );
  }
  // Past fellows "trained abroad" is the exception's question; a member whose only training is a US
  // preliminary year is not trained abroad, and the board fact is already in the why.
  if (!board && !reentry && !(prelim.length && !abroad.length && !acgmeI.length)) {
    actions.push(
      'Know what a fellowship without a US or Canadian primary board would not give you: eligibility for the ABPM clinical informatics board exam. Ask each program how its past fellows trained abroad were certified, if any were.',
    );
  }
  actions.push(
    'Alternatives that do not need a US residency, each with its limits: a non-ACGME informatics fellowship (research-focused, for example NLM-funded programs), a master’s degree in health or biomedical informatics, or an informatics job (EHR analyst, clinical data roles). None of them alone makes you eligible for the ABPM clinical informatics boards.',
  );
  if (all.some((r) => r.assumed)) {
    actions.push(
      'Add the accreditation of each residency to your profile (acgme, acgme-i, rcpsc, cfpc or other) so this check does not have to assume it from the country.',
    );
  }
  actions.push(
    'Confirm every rule on the program’s own page and with its coordinator: eligibility rules differ by program and change by year.',
  );

  return {
    flags: [
      {
        id: 'fellowship-eligibility',
        severity,
        title: acgmeI.length
          ? 'Fellowship eligibility: ACGME International training only'
          : reentry
            ? 'Fellowship eligibility: residency not completed'
            : prelim.length && !abroad.length
              ? 'Fellowship eligibility: a preliminary year only'
              : all.length
                ? 'Fellowship eligibility: no US or Canadian residency'
                : 'Fellowship eligibility: no residency yet',
        why: facts.join(' '),
        actions,
        sources: [
          ref('ci-pathway', 'fellowship-eligibility'),
          ref('ci-pathway', 'exceptionally-qualified-applicants'),
          ref('ci-pathway', 'board-certification'),
          ref('ci-pathway', 'foreign-residency-only'),
          ref('ci-pathway', 'usual-img-route'),
          ref('ci-pathway', 'alternatives'),
        ],
      },
    ],
    notGiven: [],
  };
}

/**
 * ECFMG certification (knowledge/ci-pathway.md#ecfmg-certification): an IMG needs it to enter any
 * ACGME-accredited residency or fellowship. No contract flag id covers it, so a member who says
 * they are not certified gets a note (`notes`) naming what their exams show and what is left.
 * Certified, or not stated: nothing (not stated is not the same as not certified).
 */
export function ecfmgNote(p: Profile): string | undefined {
  // ECFMG defines an IMG by where the medical degree was earned: outside the US and Canada. A
  // Canadian graduate, like a US one, does not need ECFMG certification (ecfmg.org, Certification).
  if (p.ecfmgCertified !== false || isUsGraduate(p) || isCanadianGraduate(p)) return undefined;
  const passed = (exam: 'step1' | 'step2ck' | 'oet') =>
    (p.exams ?? []).some((a) => a.exam === exam && a.result === 'pass');
  const left = [
    ...(passed('step1') ? [] : ['Step 1']),
    ...(passed('step2ck') ? [] : ['Step 2 CK']),
    ...(passed('oet')
      ? []
      : ['the communication requirement (for most IMGs, OET Medicine, a pass/fail hurdle for ECFMG)']),
  ];
  const still = left.length
    ? `By your exams, still to do: ${joinAnd(left)}.`
    : 'Your exams show Step 1, Step 2 CK and OET passed: check on ECFMG’s current requirements page what is still open for you this season (such as the verification of your diploma and transcript).';
  // Said once: the all-passed sentence already points to ECFMG's page.
  const check = left.length ? ' Check ECFMG’s current requirements page for this season’s rules.' : '';
  // The NRMP Match asks more than "before you start" (NRMP help, "What requirements for ECFMG
  // certification must I complete to be eligible to participate in the Main Residency Match?",
  // checked 2026-12-05): ECFMG must confirm the exam and communication requirements by the rank
  // order list deadline, or the applicant is withdrawn and the list is not used.
  const match =
    p.target === 'residency-informatics-track'
      ? ' For the NRMP Main Residency Match it is earlier: ECFMG must confirm to the NRMP by the rank order list deadline that you have met the exam and communication requirements for certification, or you are withdrawn from the Match (and SOAP) and your list is not used; check this season’s deadline on the NRMP calendar.'
      : '';
  return `ECFMG certification: you are not certified yet, and ACGME-accredited residencies and fellowships require it before you start (your ERAS application shows programs your ECFMG status).${match} ${still}${check}`;
}
