/**
 * A letter writer's name as members type it, often with who the writer is to them after it:
 * "Dr Ana Souza (CMIO, my boss)", "Paulo Lima - my PD", "Dr. Okafor, attending at Mercy". The name
 * is what the letter emails greet and the plan lists, so the remark must not stay inside it; the
 * role it names is read from it. Credentials ("MD", "PhD", "RN") and title-case words ("Chen, MD")
 * stay with the name: the greeting reads them (a PhD or a nurse is not greeted "Dr.").
 */

import { readCountry } from './country.js';

export interface WriterReading {
  /** The name to store, with any title and credentials the member typed. */
  name: string;
  /** What was taken out of the name, as typed (undefined when nothing was). */
  remark?: string;
  /** The one role the remark names, when it names exactly one. */
  role?: string;
}

/** Credentials and post-nominals: short abbreviations with capitals ("MD", "PhD", "M.D.", "FRCPC", "PA-C"). */
const CREDENTIAL = /^(?=[A-Za-z.-]*[A-Z][A-Za-z.-]*[A-Z])[A-Za-z][A-Za-z.-]{0,7}$/;

/** Words a remark begins with when it says who the writer is to the member. */
const LEAD_WORDS = /^(?:(?:he|she|they)(?:'s| is| was| are)?|is|was|my|our|the|a|an|current|former|ex)\s+/i;

/** One part of a remark, read: a role it names, and whether it belongs with the name after all. */
function readPart(
  part: string,
  readRole: (s: string) => string | undefined,
  bracketed = false,
): { keep: boolean; role?: string } {
  const p = part.trim();
  if (!p) return { keep: false };
  let bare = p;
  while (LEAD_WORDS.test(bare)) bare = bare.replace(LEAD_WORDS, '');
  // The role may lead a longer remark: "attending at Mercy", "chair of medicine back home".
  const lead = bare.split(/\s+/);
  let role = readRole(bare) ?? readRole(p);
  for (let n = Math.min(3, lead.length - 1); !role && n >= 1; n--) role = readRole(lead.slice(0, n).join(' '));
  if (role) return { keep: false, role };
  const tokens = p.split(/\s+/);
  // "MD", "PhD, FACP": credentials the greeting reads.
  if (tokens.every((t) => CREDENTIAL.test(t.replace(/[,;]$/, '')))) return { keep: true };
  // A place is a remark, as a role is ("(Lahore)", ", Lagos, Nigeria"): trial 17 kept "(Lahore)" in
  // the name while "(clinic manager)" was taken out.
  if (readCountry(p)) return { keep: false };
  // In brackets only credentials belong to the name: a capitalised word there is a remark (a place,
  // a hospital), never a name in another order.
  if (bracketed) return { keep: false };
  // "Lee, Sarah": a name in another order (every word capitalised, none a remark's small word).
  if (tokens.length <= 3 && tokens.every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t))) return { keep: true };
  return { keep: false };
}

/**
 * Split a writer answer into the name and a remark. Brackets, and what follows a comma or a
 * spaced dash, are read part by part; a part that names a role or says anything in ordinary
 * words ("my boss", "from my observership") is the remark, credentials stay. An answer that would
 * leave no name is returned whole.
 */
export function writerAndRemark(raw: string, readRole: (s: string) => string | undefined): WriterReading {
  const s = raw.trim();
  const removed: string[] = [];
  const roles = new Set<string>();
  const readParts = (text: string, bracketed = false): string[] => {
    const kept: string[] = [];
    for (const part of text.split(/\s*[,;/]\s*|\s+(?:and|&)\s+/)) {
      const r = readPart(part, readRole, bracketed);
      if (r.role) roles.add(r.role);
      if (r.keep) kept.push(part.trim());
      else if (part.trim()) removed.push(part.trim());
    }
    return kept;
  };
  // Bracketed remarks anywhere: "(CMIO, my boss)", "[my PD]".
  let name = s.replace(/\s*[([]([^)\]]*)[)\]]?/g, (_all, inner: string) => {
    const kept = readParts(inner, true);
    return kept.length ? ` (${kept.join(', ')})` : '';
  });
  // What follows the first comma, semicolon or spaced dash: "Ana Souza - my PD", "Dr. Lee, MD".
  const cut = /\s*(?:[,;]|\s[-–—]\s|:)\s*/.exec(name);
  if (cut && cut.index > 0) {
    const head = name.slice(0, cut.index);
    const kept = readParts(name.slice(cut.index + cut[0].length));
    name = kept.length ? `${head}, ${kept.join(', ')}` : head;
  }
  name = name.replace(/\s+/g, ' ').trim();
  if (!removed.length || !/\p{L}/u.test(name)) return { name: s };
  return {
    name,
    remark: removed.join(', '),
    ...(roles.size === 1 ? { role: [...roles][0] } : {}),
  };
}
