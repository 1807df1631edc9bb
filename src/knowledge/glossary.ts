/**
 * Glossary and synonym table. Two jobs: retrieval expands a query through it (an abbreviation
 * finds its expansion and the everyday words for it, and vice versa), and `/help glossary`
 * shows it to members. Definitions are our own one-sentence wording.
 *
 * Matching is on whole words after normalisation (`normalizeText` in text.ts), so "J1",
 * "J-1" and "j 1" are the same key, and multi-word forms ("time off", "first choice") match as
 * phrases.
 */
export interface GlossaryEntry {
  /** What members usually type: the abbreviation or the common word. */
  term: string;
  /** Spelled-out form ("" when the term is already a plain word). */
  expansion: string;
  /** Other words that mean the same thing here (all lower-case unless an acronym). */
  synonyms: string[];
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // Exams and certification
  { term: 'USMLE', expansion: 'United States Medical Licensing Examination', synonyms: ['boards', 'licensing exam'], definition: 'The three-step exam series a physician must pass to be licensed in the US; IMGs need it for ECFMG certification.' },
  { term: 'Step 1', expansion: 'USMLE Step 1', synonyms: ['step one'], definition: 'The first USMLE exam, on the basic sciences behind medicine; it is now reported only as pass or fail.' },
  { term: 'CK', expansion: 'Step 2 CK', synonyms: ['step 2', 'step two', 'clinical knowledge'], definition: 'The USMLE exam on clinical knowledge (Step 2 Clinical Knowledge); its numeric score is one of the first things programs see.' },
  { term: 'Step 3', expansion: 'USMLE Step 3', synonyms: ['step three'], definition: 'The last USMLE exam; programs that sponsor an H-1B for training need it passed before they file.' },
  { term: 'COMLEX', expansion: 'Comprehensive Osteopathic Medical Licensing Examination', synonyms: ['comlex level'], definition: 'The licensing exam series for osteopathic (DO) graduates, the counterpart of the USMLE.' },
  { term: 'OET', expansion: 'Occupational English Test', synonyms: ['english test', 'english proficiency'], definition: 'An English test for health professionals; for ECFMG certification it is pass/fail, with a minimum on every sub-test in one sitting.' },
  { term: 'ECFMG', expansion: 'Educational Commission for Foreign Medical Graduates', synonyms: ['ecfmg certification'], definition: 'The body that certifies IMGs as ready to enter US graduate medical education and sponsors J-1 visas for physicians in clinical training.' },
  // The Match and applications
  { term: 'match', expansion: 'the Match', synonyms: ['matching', 'matched', 'rank list', 'rank order list', 'ROL'], definition: 'A binding process that pairs applicants with programs from both sides\' rank lists: the NRMP for residencies, AMIA for CI fellowships.' },
  { term: 'NRMP', expansion: 'National Resident Matching Program', synonyms: ['main residency match', 'residency match', 'main match', 'match day', 'match week'], definition: 'The organisation that runs the Main Residency Match and sets its rules on what applicants and programs may say to each other.' },
  { term: 'AMIA match', expansion: 'AMIA Clinical Informatics Fellowship Match', synonyms: ['ci match', 'informatics match', 'fellowship match', 'commit deadline'], definition: 'The binding match for clinical informatics fellowships, run by AMIA; you apply through ERAS and results come in December.' },
  { term: 'MPA', expansion: 'Match Participation Agreement', synonyms: ['match rules', 'match violation', 'nrmp rules'], definition: 'The NRMP agreement every applicant and program signs; it forbids asking the other side for ranking information or a commitment.' },
  { term: 'SOAP', expansion: 'Supplemental Offer and Acceptance Program', synonyms: ['unmatched', 'unfilled positions'], definition: 'The NRMP process during Match Week that offers unfilled residency places to eligible applicants who did not match.' },
  { term: 'reapplicant', expansion: 'repeat Match attempt', synonyms: ['reapply', 'reapplying', 'unmatched', 'multiple attempts', 'second time', 'third time', '2nd time', '3rd time', 'previous cycle'], definition: 'Someone applying again after one or more Match or fellowship cycles that did not end in a position.' },
  { term: 'eligibility', expansion: 'eligibility inquiry', synonyms: ['eligible', 'before applying', 'before i apply', 'do they accept', 'do they take', 'accept imgs', 'consider imgs'], definition: 'Whether a program can take you at all (visa, prior training, certification), which is worth confirming by email before you pay to apply.' },
  { term: 'TMAY', expansion: 'tell me about yourself', synonyms: ['introduce yourself', 'walk me through your cv'], definition: 'The usual opening interview question, asking for a short professional story rather than your life history.' },
  { term: 'ERAS', expansion: 'Electronic Residency Application Service', synonyms: ['application portal', 'myeras'], definition: 'The online service through which you send your application, letters and personal statement to programs.' },
  { term: 'IMG', expansion: 'international medical graduate', synonyms: ['foreign medical graduate', 'fmg'], definition: 'A physician who earned their medical degree outside the US and Canada, whatever their citizenship.' },
  { term: 'YOG', expansion: 'year of graduation', synonyms: ['graduation year', 'years since graduation'], definition: 'The year you finished medical school; many programs screen on how long ago it was.' },
  { term: 'PGY', expansion: 'post-graduate year', synonyms: ['pgy1', 'pgy2', 'intern year'], definition: 'Your year of training after medical school (PGY-1 is the intern year).' },
  { term: 'PD', expansion: 'program director', synonyms: ['programme director', 'fellowship director', 'director'], definition: 'The physician who leads a residency or fellowship and has the final say on who is ranked.' },
  { term: 'PS', expansion: 'personal statement', synonyms: ['statement', 'essay'], definition: 'The one-page essay in your application that tells programs who you are and why this field.' },
  { term: 'USCE', expansion: 'US clinical experience', synonyms: ['externship', 'sub-internship', 'sub-i', 'elective', 'us rotation', 'hands-on'], definition: 'Hands-on clinical work in the US (electives, sub-internships, externships, residency); observerships and research are not hands-on.' },
  { term: 'observership', expansion: 'clinical observership', synonyms: ['observer', 'shadowing', 'shadow'], definition: 'Time spent watching US doctors at work without examining patients or writing orders; useful, but not hands-on clinical experience.' },
  { term: 'LOR', expansion: 'letter of recommendation', synonyms: ['letter', 'letters', 'recommendation', 'reference', 'rec letter', 'recommender'], definition: 'A letter in which a supervisor vouches for your work; for informatics it should describe what you actually did.' },
  { term: 'ACGME', expansion: 'Accreditation Council for Graduate Medical Education', synonyms: ['accredited', 'accreditation'], definition: 'The body that accredits US residencies and fellowships, including clinical informatics fellowships.' },
  { term: 'ABPM', expansion: 'American Board of Preventive Medicine', synonyms: ['board certification', 'informatics boards', 'board eligible', 'board eligibility'], definition: 'The board that certifies physicians in clinical informatics; it requires a current primary board certification and a US or Canadian licence.' },
  { term: 'ABMS', expansion: 'American Board of Medical Specialties', synonyms: ['member board', 'primary certification', 'primary board'], definition: 'The umbrella body of US specialty boards; a current certification from one of its boards is a route to CI board eligibility.' },
  { term: 'RCPSC', expansion: 'Royal College of Physicians and Surgeons of Canada', synonyms: ['royal college'], definition: 'The Canadian body whose accredited residencies and certification count like ACGME ones for CI fellowship and board eligibility.' },
  { term: 'CFPC', expansion: 'College of Family Physicians of Canada', synonyms: ['canadian family medicine'], definition: 'The Canadian family medicine college; its accredited residencies and certification also count for CI fellowship and board eligibility.' },
  { term: 'exceptionally qualified applicant', expansion: 'ACGME eligibility exception', synonyms: ['foreign residency', 'residency abroad', 'trained abroad', 'residency outside the us'], definition: 'An ACGME rule letting a fellowship take someone whose residency was abroad, with GMEC approval; it may not lead to board eligibility.' },
  // Informatics roles, organisations and concepts
  { term: 'informatics', expansion: 'clinical informatics', synonyms: ['health IT', 'HIT', 'health information technology', 'CI', 'medical informatics'], definition: 'The field that uses data, information systems and workflow design to improve care; CI for short.' },
  { term: 'CMIO', expansion: 'chief medical information officer', synonyms: ['informatics leader', 'physician informaticist'], definition: 'The physician executive in charge of clinical information systems, often an ideal letter writer for informatics.' },
  { term: 'CNIO', expansion: 'chief nursing information officer', synonyms: ['nursing informatics'], definition: 'The nursing counterpart of the CMIO, leading nursing informatics and clinical system use.' },
  { term: 'AMIA', expansion: 'American Medical Informatics Association', synonyms: ['informatics association', 'informatics conference'], definition: 'The main professional society for clinical informatics, with meetings, webinars and student programs.' },
  { term: 'HIMSS', expansion: 'Healthcare Information and Management Systems Society', synonyms: ['health it society'], definition: 'A large health IT organisation known for its conferences and industry networking.' },
  { term: 'EHR', expansion: 'electronic health record', synonyms: ['EMR', 'electronic medical record', 'Epic', 'Cerner', 'chart'], definition: 'The software in which patient records are kept and orders are written; EMR is an older near-synonym.' },
  { term: 'CPOE', expansion: 'computerized provider order entry', synonyms: ['order entry', 'electronic orders'], definition: 'Entering orders (medications, labs, imaging) directly in the EHR instead of on paper.' },
  { term: 'CDS', expansion: 'clinical decision support', synonyms: ['decision support', 'cdss', 'decision support tool'], definition: 'Tools in the EHR, such as alerts and order sets, that nudge clinicians toward the right action at the right time.' },
  { term: 'FHIR', expansion: 'Fast Healthcare Interoperability Resources', synonyms: ['interoperability', 'api'], definition: 'A modern HL7 standard for exchanging health data through web APIs.' },
  { term: 'HL7', expansion: 'Health Level Seven', synonyms: ['interoperability', 'interface', 'messaging standard'], definition: 'The family of standards for sending clinical data between systems; FHIR is its newest member.' },
  { term: 'SNOMED', expansion: 'SNOMED CT', synonyms: ['terminology', 'clinical terminology', 'coding'], definition: 'A large clinical terminology that gives diagnoses and findings standard codes.' },
  { term: 'LOINC', expansion: 'Logical Observation Identifiers Names and Codes', synonyms: ['lab codes', 'terminology'], definition: 'The standard code set for naming laboratory tests and clinical observations.' },
  { term: 'QI', expansion: 'quality improvement', synonyms: ['quality', 'patient safety', 'improvement project'], definition: 'Structured work to make care safer or better, measured before and after a change.' },
  { term: 'PDSA', expansion: 'Plan-Do-Study-Act', synonyms: ['pdsa cycle', 'improvement cycle'], definition: 'A small-test-of-change cycle used in QI: plan a change, try it, study the data, then act on what you learned.' },
  { term: 'STAR', expansion: 'Situation, Task, Action, Result', synonyms: ['star method', 'behavioral answer'], definition: 'A four-part structure for telling an interview story so it ends with a concrete result.' },
  // Visas
  { term: 'visa', expansion: 'visa sponsorship', synonyms: ['sponsorship', 'sponsor', 'immigration', 'work permit'], definition: 'The permission a non-US citizen needs to train in the US; programs must be willing and able to sponsor it.' },
  { term: 'J-1', expansion: 'J-1 exchange visitor visa', synonyms: ['j1 waiver', 'exchange visitor', 'home residency requirement', 'two year rule', '2 year rule', '2 year home rule', 'two year home rule', 'home rule', 'home country requirement', '212e'], definition: 'The training visa most IMGs use, sponsored by ECFMG; it needs a Statement of Need and brings a two-year home-country requirement.' },
  { term: 'SoN', expansion: 'Statement of Need', synonyms: ['letter of need', 'ministry of health letter'], definition: 'A letter from your home Ministry of Health, sent to ECFMG, saying your country needs the training you will get; required for a J-1.' },
  { term: 'H-1B', expansion: 'H-1B temporary worker visa', synonyms: ['work visa', 'cap exempt'], definition: 'An employer-filed work visa some programs sponsor; for training it needs all USMLE Steps including Step 3, and it lasts six years at most.' },
  { term: 'O-1', expansion: 'O-1 extraordinary ability visa', synonyms: ['extraordinary ability'], definition: 'A visa for people with documented extraordinary achievement; rare for trainees but sometimes possible.' },
  // Everyday words members use
  { term: 'fail', expansion: 'exam failure', synonyms: ['failed', 'failure', 'flunk', 'flunked', 'retake', 'attempt'], definition: 'Not passing an exam attempt; programs see every attempt, so it needs a short, honest explanation.' },
  { term: 'gap', expansion: 'gap in training', synonyms: ['break', 'time off', 'gap year', 'career break', 'stopped working', 'not working', 'out of work', 'unemployed', 'caring for', 'took care of', 'leave of absence'], definition: 'A period after graduation without clinical training or work, which programs will ask you to account for.' },
  { term: "master's", expansion: "master's degree in informatics", synonyms: ['masters', 'msc', 'mph', 'mhi', 'mmi', 'masters degree', 'graduate degree'], definition: "A degree in informatics, public health or data science: it builds skills and contacts but replaces no residency, ACGME fellowship or board eligibility." },
  { term: 'attire', expansion: 'what to wear to an interview', synonyms: ['wear', 'dress', 'outfit', 'clothes', 'clothing', 'suit', 'dress code'], definition: 'Business formal, also on camera: a suit jacket or blazer with a dress shirt or blouse.' },
  { term: 'non-English letter', expansion: 'a letter in a language other than English', synonyms: ['arabic', 'french', 'spanish', 'portuguese', 'russian', 'chinese', 'mandarin', 'urdu', 'hindi', 'bengali', 'persian', 'farsi', 'turkish', 'german', 'other language', 'native language', 'translated', 'translation', 'not in english'], definition: 'A letter of recommendation written in another language; programs expect letters in English.' },
  { term: 'resignation', expansion: 'leaving a residency early', synonyms: ['resigned', 'resign', 'resigned from residency', 'incomplete residency', 'did not complete residency', 'did not finish residency', 'dropped out'], definition: 'Leaving a training program before finishing it; programs will ask why, so explain it briefly and factually, without blaming anyone.' },
  { term: 'binding', expansion: 'binding match commitment', synonyms: ['back out', 'backing out', 'switch programs', 'switch to another program', 'go there instead', 'go elsewhere', 'break the match', 'break my match', 'decline the match', 'decline my match', 'withdraw after matching', 'leave the program i matched', 'not go to the program', 'better offer'], definition: 'A match result commits both sides: you are expected to start where you matched, and only the match can release you.' },
  { term: 'non-physician writer', expansion: 'a letter writer who is not a doctor', synonyms: ['non-physician', 'non physician', 'non-doctor', 'not a doctor', 'not md', 'not an md', 'phd', 'nurse informaticist', 'nurse', 'data scientist', 'it manager', 'analytics lead', 'pharmacist informaticist', 'engineer'], definition: 'A supervisor who is not a physician (a PhD, a nurse informaticist, a data scientist); useful as an extra letter beside physician letters.' },
  { term: 'clinical currency', expansion: 'recent clinical practice', synonyms: ['havent seen patients', 'not seen patients', 'no patients since', 'not practiced', 'not practicing', 'not practising', 'stopped practicing', 'stopped seeing patients', 'out of clinical practice', 'away from clinical work', 'no clinical work', 'not done clinical work', 'not worked clinically', 'clinical skills current', 'recent clinical experience', 'touched a patient', 'seen a patient', 'patient contact', 'last worked clinically', 'stay clinically current', 'stay current clinically', 'keep clinically current', 'clinically current', 'clinically active', 'out of practice', 'not done any clinical work', 'havent done any clinical work', 'not done any clinical', 'no clinical job', 'not worked as a doctor', 'not practised medicine', 'not practiced medicine', 'stopped working as a doctor'], definition: 'Whether your clinical skills are recent; programs ask about it after any time away from patients, even for informatics.' },
  { term: 'thank-you', expansion: 'thank-you note', synonyms: ['thank you', 'thanks note', 'thank you note'], definition: 'A short message after an interview thanking the people you met and recalling something specific you discussed.' },
  { term: 'top choice', expansion: 'first choice', synonyms: ['#1', 'number one', 'rank first', 'ranked first'], definition: 'Telling one program it is first on your rank list; say it to one program only, and only if true.' },
  { term: 'interview', expansion: 'interviewing', synonyms: ['interviewer', 'interview day', 'mock interview'], definition: 'The conversation with a program that, together with letters, decides most rankings.' },
  { term: 'email', expansion: 'e-mail', synonyms: ['message', 'messages'], definition: 'A written message to a program; before the Match, keep these few, short and specific.' },
];

/** `/help glossary`: one line per entry, abbreviations first as listed. */
export function glossaryText(): string {
  const lines = ['Glossary (terms the advisor understands)', ''];
  for (const e of GLOSSARY) {
    const name = e.expansion && e.expansion.toLowerCase() !== e.term.toLowerCase() ? `${e.term} (${e.expansion})` : e.term;
    lines.push(`${name}: ${e.definition}`);
  }
  return lines.join('\n');
}
