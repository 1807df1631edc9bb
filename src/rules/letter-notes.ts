/**
 * What the member's own words say about a letter that the letter fields cannot hold: a writer who
 * asked the member to draft the letter themselves, and a letter already written, received or
 * uploaded. The contract's letter entry has no status or remark field, so these live in timeline
 * notes (or a remark typed beside the writer's name). Read by meaning, clause by clause: a request
 * verb with the member as the one who writes the letter ("asked me to send him a draft of his own
 * letter", "wants a draft from me", "write it and she will sign"); a letter told as in hand or
 * uploaded ("got 1 LOR", "she uploaded my letter in ERAS", "letter received"). A plan, a wish, a
 * denial or a pending letter is not either ("will upload next week", "still waiting for her
 * letter"), and a writer who offers to show the member her own draft is not asking for one. Pure.
 */
import type { Letter, Profile, TimelineEntry } from '../core/profile/schema.js';
import { escapeRegExp as escape } from '../core/regex.js';

/** Clauses: a new statement starts after a full stop, a semicolon or ", but". */
function clauses(text: string): string[] {
  return text
    .split(/(?<!\b(?:Dr|Drs|Prof|Mr|Mrs|Ms|Mx|St|vs|e\.g|i\.e))[.;!?](?:\s+|$)|,\s*but\s+|\s+but\s+/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Words that make what follows a plan, a wish, a denial or a thing still awaited. */
const NOT_DONE =
  /\b(?:not|never|no|yet to|will|would|shall|going to|plan(?:s|ned|ning)? to|hope(?:s|d)? to|intend(?:s|ed)? to|want(?:s|ed)? to|waiting|awaiting|pending|still to|until|unless|if|before|promised)\b|n['’]t\b/i;

/** A letter of recommendation named as such (never an offer, waiver, intent or cover letter). */
const LOR =
  /\b(?:LoRs?|LORs?|lors?|rec(?:ommendation)? letters?|letters? of (?:recommendation|reference|support)|reference letters?|recommendations?)\b/i;
/** "letter" as the member's letter of recommendation: a possessive or article before it, no other kind. */
const PLAIN_LETTER =
  /\b(?:my|his|her|their|the|a|1|one|this)\s+(?:own\s+)?(?:(?:19|20)\d\d\s+|old\s+|original\s+|earlier\s+)?(?:draft\s+)?letters?\b(?!\s+(?:of\s+(?:intent|offer|acceptance|no objection)|request))/i;
const OTHER_LETTER =
  /\b(?:offer|acceptance|waiver|intent|cover|motivation|support(?:ing)? visa|visa|NOS|no objection|ministry)\s+letter/i;

/** "Dr. Cole letter", "Cole's letter": a writer's name right before the word. */
const NAMED_LETTER = /\b\p{Lu}[\p{L}'’-]+(?:['’]s)?\s+letter\b/u;

function namesLetter(clause: string): boolean {
  if (LOR.test(clause)) return true;
  if (NAMED_LETTER.test(clause) && !OTHER_LETTER.test(clause)) return true;
  return PLAIN_LETTER.test(clause) && !OTHER_LETTER.test(clause);
}

// ── A writer who asked the member to write the letter ────────────────────────────────────────

/** A request (asked, wants, told, expects …) whose doer is the writer and whose writer of the text is the member. */
const ASKED_ME =
  /\b(?:asked|asks|asking|wants?|wanted|would like|'d like|told|tells|requested|requests|expects?|expected|suggested|suggests|said|invited|needs?|needed|prefers?|preferred)\s+(?:me|that I|if I could|whether I could|for me)\s+(?:to\s+|could\s+|would\s+|should\s+)?(?:just\s+|first\s+|please\s+)?(?:write|draft|prepare|compose|send|give|provide|submit|put together|produce|type|do)\b/i;
/** A draft of the letter asked of the member ("wants a draft from me", "asked me for a draft"). */
const DRAFT_FROM_ME =
  /\b(?:asked|asks|wants?|wanted|would like|requested|requests|expects?|needs?|needed)\s+(?:me\s+for\s+|for\s+)?(?:a|the|my)?\s*(?:first\s+|rough\s+)?draft\b[^.;]{0,60}?\b(?:from\s+me|by\s+me|I\s+(?:write|prepare|draft))\b|\b(?:asked|asks|wants?|wanted)\s+me\s+for\s+(?:a|the)\s+(?:first\s+|rough\s+)?draft\b/i;
/** "write it (myself) and he will sign", "I write, she signs", "sign whatever I write". */
const I_WRITE_THEY_SIGN =
  /\b(?:write|draft|prepare)\s+(?:it|the letter|my (?:own )?(?:letter|LOR)|one|the LOR)\b[^.;]{0,40}?\b(?:sign|signs|signed|signing)\b|\bsign\s+(?:whatever|what(?:ever)?|anything)\s+(?:I|you)\s+(?:write|draft|send)\b/i;
/** "ghostwrite", "ghost-write", "write my own letter", "draft my own LOR", "self-written letter". */
const OWN_LETTER =
  /\bghost[- ]?writ\w*\b|\b(?:write|draft|prepare|compose)\s+(?:my|his|her|their)\s+own\s+(?:letter|LOR|recommendation)\b|\b(?:write|draft)\s+(?:it|the letter|the LOR)\s+(?:myself|yourself|on my own|on your own)\b/i;
/** What the member is asked to send that is the package, not the letter ("a draft of my personal statement"). */
const PACKAGE_THING =
  /\bdraft\s+of\s+(?:my|the|a)\s+(?:personal statement|PS|CV|resume|statement|essay|email|request)|\b(?:bullet(?:\s+points)?|list|examples|summary|highlights|talking points|brag sheet|CV|resume|personal statement)\b/i;

/** The member's clause says a writer asked them to write the letter; the clause, or undefined. */
function asksMeToDraft(clause: string): boolean {
  const own = OWN_LETTER.exec(clause) ?? I_WRITE_THEY_SIGN.exec(clause);
  const asked = ASKED_ME.exec(clause) ?? DRAFT_FROM_ME.exec(clause);
  const hit = own ?? asked;
  if (!hit) return false;
  if (NOT_DONE.test(clause.slice(0, hit.index).replace(/\bwould like\b|'d like/gi, ''))) return false;
  if (own) return true;
  // "wants a draft from me", "asked me for a first draft": a draft of the letter unless it names another thing.
  const fromMe = DRAFT_FROM_ME.exec(clause);
  if (fromMe && fromMe.index === hit.index) {
    const of = /\bdraft\s+of\s+([^,;]{0,40})/i.exec(clause.slice(hit.index))?.[1];
    return of === undefined || namesLetter(of) || /^(?:it|his|her|their)\b/i.test(of.trim());
  }
  // "asked me to send …": what comes after must be the letter or a draft of it, not the package.
  const after = clause.slice(hit.index);
  const rest = after.slice(
    after.search(/\b(?:write|draft|prepare|compose|send|give|provide|submit|put together|produce|type|do|draft)\b/i),
  );
  if (/^(?:write|draft|prepare|compose)\b/i.test(rest) && !PACKAGE_THING.test(rest.slice(0, 60))) {
    // "asked me to write it" / "to draft the letter" / "to write one": a letter, or "it" in a note about one.
    return namesLetter(rest) || /^\w+\s+(?:it|one|a first version)\b/i.test(rest);
  }
  const draft = /\b(?:a|the|my|first|rough)\s+draft\b(?:\s+of\s+([^,;]{0,40}))?/i.exec(rest.slice(0, 80));
  if (!draft) return namesLetter(rest.slice(0, 60)) && /\b(?:own|text|wording|draft)\b/i.test(rest.slice(0, 60));
  const of = draft[1];
  return of === undefined ? true : namesLetter(of) || /^(?:it|his|her|their)\b/i.test(of.trim());
}

// ── A letter already written, received or uploaded ───────────────────────────────────────────

/** The letter told as in hand: "got 1 LOR", "have her letter", "received Dr. X's letter". */
const HAVE_LETTER =
  /\b(?:got|received|have|has|obtained|secured|collected|hold)\s+(?:\w+['’]s\s+|\w+\s+){0,3}?(?:LoRs?|LORs?|lors?|letters?|recommendations?)\b/i;
/** The letter told as done or in ERAS: "letter uploaded", "LOR is in ERAS", "letter arrived". */
const LETTER_DONE =
  /\b(?:LoRs?|LORs?|lors?|letters?|recommendations?)\b[\s\w.'’-]{0,40}?\s(?:(?:was|is|were|are|has been|have been|got|already|now)\s+)*(?:uploaded|submitted|received|arrived|written|done|finished|completed?|in\s+(?:ERAS|MyERAS|the portal)|in hand|on file|sent)\b/i;
/**
 * Someone uploaded or wrote it: "she uploaded my letter", "Dr. X wrote my LOR", "he submitted the letter"; or
 * the member carried it over from an earlier season ("I re-used (imported) his 2019 letter in ERAS").
 */
const WROTE_IT =
  /\b(?:uploaded|submitted|wrote|sent in|finished|completed|imported|re-?used|carried over)\s+(?:\(\w+\)\s+)?(?:\w+\s+){0,2}?(?:LoRs?|LORs?|lors?|letters?|recommendations?)\b/i;

/** A clause telling a letter as in hand or uploaded, with nothing before it that undoes it. */
function tellsReceived(clause: string): boolean {
  if (!namesLetter(clause) && !/\bLoRs?\b|\bLORs?\b/i.test(clause)) return false;
  // A request made, or one not answered, is no letter received ("did not reply to my letter request").
  if (/\b(?:letter|LOR)\s+requests?\b|\brequest(?:ed)?\s+(?:a\s+)?(?:letter|LOR)\b/i.test(clause)) return false;
  for (const re of [HAVE_LETTER, LETTER_DONE, WROTE_IT]) {
    const m = re.exec(clause);
    if (!m) continue;
    // A denial, a plan or a wait anywhere up to the act undoes it ("has not uploaded her letter yet").
    if (NOT_DONE.test(clause.slice(0, m.index + m[0].length))) continue;
    if (/\b(?:yet|soon|next|later|tomorrow)\b/i.test(clause.slice(m.index))) continue;
    return true;
  }
  return false;
}

// ── Tying a clause to a writer ───────────────────────────────────────────────────────────────

/** Role words as members write them, for the one writer of that role. */
const ROLE_WORDS: [Letter['role'], RegExp][] = [
  ['program-director', /\b(?:PD|APD|program director|residency director|fellowship director)\b/],
  [
    'department-chair',
    /\b(?:chair(?:man|woman|person)?|chief of (?:service|medicine|staff)|head of (?:department|unit))\b/i,
  ],
  ['cmio', /\b(?:CMIO|CNIO|CHIO|CMO|chief medical information officer)\b/i],
  ['informatics-faculty', /\binformatics\s+(?:faculty|mentor|attending|professor|director)\b/i],
  ['research-supervisor', /\b(?:PI|research (?:supervisor|mentor|director)|principal investigator)\b/i],
  ['qi-lead', /\b(?:QI|quality)\s+(?:lead|director|mentor)\b/i],
  ['attending', /\b(?:attending|consultant|preceptor)\b/i],
  ['non-physician-supervisor', /\b(?:manager|supervisor|boss|team lead)\b/i],
];

function surname(writer: string): string {
  return (
    writer
      .replace(/\([^)]*\)/g, ' ')
      .split(',')[0]!
      .trim()
      .split(/\s+/)
      .pop() ?? ''
  );
}

/** The writer a clause names: by surname, else by a role only one writer holds. */
function namedWriter(clause: string, letters: readonly Letter[]): Letter | undefined {
  const byName = letters.filter((l) => {
    const s = surname(l.writer);
    return s.length > 2 && new RegExp(`\\b${escape(s)}\\b`, 'i').test(clause);
  });
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) return undefined;
  for (const [role, re] of ROLE_WORDS) {
    if (!re.test(clause)) continue;
    const holders = letters.filter((l) => l.role === role);
    if (holders.length === 1) return holders[0];
    if (holders.length > 1) return undefined;
  }
  return undefined;
}

/** The one writer whose time with the member falls in this entry (its years, its side of the border). */
function writerOfEntry(e: TimelineEntry, letters: readonly Letter[], today: string): Letter | undefined {
  const from = Number(e.from.slice(0, 4));
  const to = e.to === 'present' ? Number(today.slice(0, 4)) : Number(e.to.slice(0, 4));
  const side = e.activity === 'us-clinical' ? 'us' : e.activity === 'clinical' ? 'abroad' : undefined;
  const fits = letters.filter((l) => l.year >= from && l.year <= to && (!side || l.setting === side));
  return fits.length === 1 ? fits[0] : undefined;
}

export interface NoteReading {
  /** The writer the words are about; undefined when they name none the profile lists. */
  writer?: Letter;
  /** The member's words, as typed (the clause). */
  words: string;
}

/** Every clause of the member's notes (and remarks beside a writer's name) a reader finds. */
function readNotes(
  profile: Profile,
  today: string,
  test: (clause: string) => boolean,
  byEntry: boolean,
): NoteReading[] {
  const letters = profile.letters ?? [];
  const out: NoteReading[] = [];
  for (const l of letters) {
    // A remark typed beside the name ("Dr. Hughes (wants me to draft it)") is about that writer.
    const remark = /\(([^()]+)\)/.exec(l.writer)?.[1];
    if (remark && test(remark)) out.push({ writer: l, words: remark.trim() });
  }
  for (const e of profile.timeline ?? []) {
    for (const c of clauses(e.note ?? '')) {
      if (!test(c)) continue;
      // The clause, else its note, names the writer ("PD Dr. Hughes agreed to write, but asked me to
      // draft it": the name is in the clause before the "but").
      const writer =
        namedWriter(c, letters) ??
        namedWriter(e.note ?? '', letters) ??
        (byEntry ? writerOfEntry(e, letters, today) : undefined);
      if (writer && out.some((r) => r.writer === writer)) continue;
      out.push({ ...(writer ? { writer } : {}), words: c });
    }
  }
  return out;
}

/** Writers (or an unnamed writer) the member says asked them to draft the letter. */
export function draftRequests(profile: Profile, today: string): NoteReading[] {
  return readNotes(profile, today, asksMeToDraft, false);
}

/** The member's words saying this writer asked them to draft the letter, if any. */
export function draftRequestBy(l: Letter, profile: Profile, today: string): NoteReading | undefined {
  return draftRequests(profile, today).find((r) => r.writer === l);
}

/**
 * The member's words saying this writer's letter is written, received or uploaded. A clause that
 * names no writer is tied to the one writer of its entry's time and place ("3 month observership,
 * Houston, got 1 LOR" and the one US writer of that year).
 */
export function letterReceived(l: Letter, profile: Profile, today: string): NoteReading | undefined {
  return readNotes(profile, today, tellsReceived, true).find((r) => r.writer === l);
}

// ── A letter carried over from an earlier season ─────────────────────────────────────────────

/**
 * Carried over: imported, re-used or carried into this season's application ("I re-used (imported)
 * his 2019 letter", "I will import last year's LoRs", "re-using the letters from my first cycle").
 * A plan counts as much as a deed: the advice (the watermark programs see) comes before the import.
 */
const CARRIED =
  /\b(?:import(?:ed|ing|s)?|re-?us(?:e|ed|ing)|re-?submit(?:ted|ting)?|re-?assign(?:ed|ing)?|carr(?:y|ied|ying)\s+(?:it\s+|them\s+)?over|reuse)\b/i;
/** An earlier season named: "last season", "last year's", "my 2025 application", "from my first cycle", "previous Match". */
const EARLIER_SEASON =
  /\b(?:last|previous|prior|earlier|first|past|old)\s+(?:season|cycle|year|application|match|ERAS)(?:['’]s)?\b|\b(?:(?:19|20)\d\d)\s+(?:season|cycle|application|match|ERAS)\b|\bfrom\s+(?:(?:19|20)\d\d|my\s+(?:last|first|previous|earlier)\s+(?:application|cycle|season))\b/i;
/** Uploaded or written then ("uploaded last season", "were in ERAS last cycle", "written for my 2025 application"). */
const UPLOADED_THEN = /\b(?:uploaded|submitted|written|sent|in\s+(?:ERAS|MyERAS))\b/i;
/** Words that make it a new letter, not the old one carried over ("she updated it", "a fresh letter this year"). */
const NEW_LETTER =
  /\b(?:updated|update[sd]?\s+(?:it|her|his|their|the)|new\s+(?:version|letter|LOR|LoR)|fresh\s+(?:letter|LOR|LoR)|re-?wr(?:ote|ite|itten)|refresh(?:ed)?)\b/i;
/** A denial of the carry-over ("I did not import it", "rather than re-using", "instead of importing"). */
const NOT_CARRIED =
  /\b(?:not|never|no longer|rather than|instead of|won['’]t|don['’]t|didn['’]t|avoid)\s+(?:\w+\s+){0,2}?(?:import|re-?us|carr|re-?submit|re-?assign)/i;

/** A clause telling a letter (or letters) of an earlier season as carried into this application. */
function tellsCarriedOver(clause: string): boolean {
  if (!namesLetter(clause) && !/\b(?:LoRs?|LORs?|letters)\b/i.test(clause) && !/\bthem\b/i.test(clause)) return false;
  if (NOT_CARRIED.test(clause) || NEW_LETTER.test(clause)) return false;
  const carried = CARRIED.exec(clause);
  // "imported" about anything but letters ("imported my application data") is no letter carried.
  if (carried && (namesLetter(clause) || /\b(?:LoRs?|LORs?|letters|them|it)\b/i.test(clause.slice(carried.index)))) {
    return true;
  }
  // "Dr. Kapoor's letter was uploaded last season": a letter of an earlier season, which ERAS carries
  // into a new application only by import.
  return (
    EARLIER_SEASON.test(clause) && UPLOADED_THEN.test(clause) && (namesLetter(clause) || /\bLoRs?\b/i.test(clause))
  );
}

/** Every writer a clause names by surname (a clause may name two: "Dr. Kapoor's and Dr. Park's letters"). */
function namedWriters(clause: string, letters: readonly Letter[]): Letter[] {
  return letters.filter((l) => {
    const s = surname(l.writer);
    return s.length > 2 && new RegExp(`\\b${escape(s)}\\b`, 'i').test(clause);
  });
}

/**
 * The member's words saying this writer's letter comes from an earlier season and is (or will be)
 * imported into this application. A clause naming no writer is tied to the writers its note names,
 * or the one writer of the role it names ("his 2019 letter" in a note about "my residency PD");
 * "them" after such a clause keeps its writers ("… uploaded last season; I plan to import them").
 */
export function importedLetter(l: Letter, profile: Profile, today: string): NoteReading | undefined {
  void today;
  const letters = profile.letters ?? [];
  const remark = /\(([^()]+)\)/.exec(l.writer)?.[1];
  if (remark && tellsCarriedOver(remark)) return { writer: l, words: remark.trim() };
  for (const e of profile.timeline ?? []) {
    const note = e.note ?? '';
    let previous: { writers: Letter[]; words: string } = { writers: [], words: '' };
    for (const c of clauses(note)) {
      const named = namedWriters(c, letters);
      if (tellsCarriedOver(c)) {
        // "them" after a clause naming writers: those writers, quoted with that clause.
        const back = !named.length && /\b(?:them|they|both|these|those)\b/i.test(c) && previous.writers.length > 0;
        const writers = named.length
          ? named
          : back
            ? previous.writers
            : [namedWriter(c, letters) ?? namedWriter(note, letters)].filter((w): w is Letter => w !== undefined);
        if (writers.includes(l)) return { writer: l, words: back ? `${previous.words}; ${c}` : c };
      }
      if (named.length) previous = { writers: named, words: c };
    }
  }
  return undefined;
}

// ── A writer who has retired ──────────────────────────────────────────────────────────────────

/** Retired (or emeritus) told as done: "retired in 2024", "has retired", "now emeritus", "(retired PD)". */
const RETIRED = /\b(?:retired|emerit(?:us|a)|stepped down and retired|in retirement)\b/i;
/** A retirement still ahead or denied ("retiring next year", "not retired", "will retire"). */
const NOT_RETIRED = /\b(?:not|never|yet to|will|going to|plans? to|about to)\s+(?:\w+\s+)?retir/i;

/**
 * The member's words saying this writer has retired, from a remark beside the name ("Dr. Hayes (my FM
 * PD, retired 2024)") or a note clause naming them or the one writer of the role it names ("My
 * residency PD, Dr. Robert Hale, retired in 2024"). A retired writer can still write, but saw none of
 * the member's recent work, and a new letter from them may not be possible.
 */
export function writerRetired(l: Letter, profile: Profile): NoteReading | undefined {
  const said = (text: string) => RETIRED.test(text) && !NOT_RETIRED.test(text);
  if (said(l.writer)) return { writer: l, words: (/\(([^()]+)\)/.exec(l.writer)?.[1] ?? l.writer).trim() };
  // The retirement is the writer's, not the member's ("I retired from surgery" names no writer).
  const c = clausesAbout(l, profile).find(said);
  return c ? { writer: l, words: c } : undefined;
}

/** Exposed for tests: the clause readers, one string at a time. */
export const READERS = { asksMeToDraft, tellsReceived, tellsCarriedOver };

// ── A writer who can no longer be asked ───────────────────────────────────────────────────────

/**
 * The writer has died, is gravely ill, or cannot be reached, told as a fact ("Dr. Alvarez died in
 * January", "my PD passed away", "the late Dr. Cole", "Dr. Ruiz is in hospice", "lost touch with my
 * chief, no reply to any email since 2025", "cannot reach Dr. Lee"). Judge of p424: a thank-you and
 * "ask him for an updated letter" were drafted to a writer who had died.
 */
const GONE =
  /\b(?:died|dead|deceased|passed\s+away|passed\s+on|(?:has|had)\s+passed|the\s+late\s+(?=(?:Dr|Prof|Mr|Mrs|Ms)\b|\p{Lu})|killed|lost\s+(?:his|her|their)\s+(?:life|battle)|in\s+(?:hospice|palliative care|a coma|intensive care)|(?:gravely|seriously|critically|terminally|very)\s+ill|(?:incapacitated|unreachable|unresponsive)|no\s+longer\s+(?:reachable|contactable|alive|with us|responding)|(?:can(?:no|')?t|could(?:\s+not|n't)|unable\s+to)\s+(?:reach|contact|find|get\s+hold\s+of|locate)|lost\s+(?:touch|contact)\s+with|out\s+of\s+(?:touch|contact)|(?:not|never)\s+(?:answered|replied|responded)\s+(?:to\s+)?(?:any|my)\b|no\s+(?:reply|answer|response)\s+(?:to\s+)?(?:any|since|for)\b|whereabouts\s+unknown)/iu;
/** Someone else's death or illness ("his father died", "Dr. X's patient died"), or reachability affirmed. */
const NOT_THE_WRITER =
  /\b(?:(?:his|her|their|my|our|a|the|whose|the\s+writer['’]s|\w+['’]s)\s+(?:father|mother|wife|husband|son|daughter|child|parent|spouse|brother|sister|patient|partner|family|dog|colleague|friend|relative|baby|neighbou?r)s?\b[^;]{0,40}?\b(?:died|passed|ill|hospice|dead|deceased)|(?:still|is|remains|stays)\s+(?:reachable|in\s+touch|responsive|contactable|answering)|reachable\s+by|replies|answers\s+(?:my\s+)?emails|not\s+(?:dead|deceased|ill|unreachable)|recovered|nearly\s+died|almost\s+died)/i;

/**
 * The member's words saying this writer can no longer be asked for anything (died, gravely ill,
 * unreachable), from a remark beside the name or a note clause that names them (or the one writer of
 * the role it names). A writer on sabbatical or travelling who still answers email is reachable.
 * Such a writer gets no email: a letter already uploaded stays with this season's applications, and
 * a later season needs another writer.
 */
export function writerUnavailable(l: Letter, profile: Profile): NoteReading | undefined {
  const said = (text: string) => GONE.test(text) && !NOT_THE_WRITER.test(text);
  // Only the part about the writer: "Dr. Alvarez, my externship attending, died in January 2027"
  // is his clause; a clause that names no writer (or two) is not read as about one.
  const c = clausesAbout(l, profile).find(said);
  return c ? { writer: l, words: c } : undefined;
}

/**
 * The clauses of the member's words about this writer: the remark beside the name, and each note
 * clause that names them by surname or by a role only they hold. For readers outside this module
 * (letter-aim.ts) that judge what a letter was written for.
 */
export function clausesAbout(l: Letter, profile: Profile): string[] {
  const letters = profile.letters ?? [];
  const remark = /\(([^()]+)\)/.exec(l.writer)?.[1];
  const out = remark ? [remark.trim()] : [];
  for (const e of profile.timeline ?? []) {
    for (const c of clauses(e.note ?? '')) if (namedWriter(c, letters) === l) out.push(c);
  }
  return out;
}
