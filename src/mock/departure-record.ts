/**
 * A departure the profile records, held against an answer about leaving. A newcomer's answer to
 * "why did you leave your residency?" that never said she had resigned (the profile said so) was
 * accepted without a word: programs see how a training ended (the application, the former program
 * director's verification), so an answer that leaves it out reads as hiding it. The advice is
 * gentle and factual: name it in a plain sentence, then move on.
 */
import { humanMonth } from '../core/dates.js';
import { programBehind, programLeft } from '../core/profile/resignation.js';
import type { Profile } from '../core/profile/schema.js';
import type { TextDoc } from '../text/document.js';

/** The program's decision told in any words: dismissed, terminated, let go, not renewed, asked to leave. */
const DISMISSAL_TOLD =
  /\b(?:dismiss\w*|terminat\w*|fired|let (?:me )?go|asked (?:me )?to (?:leave|go|resign)|made me (?:leave|resign)|(?:not|never) (?:renewed|reappointed|re-?appointed|promoted|allowed to (?:continue|stay|finish))|non-?renewal|non-?reappointment|released|removed|expelled|discharged|kicked (?:me )?out|(?:contract|position) (?:was )?(?:ended|terminated|not renewed|withdrawn)|ended my (?:contract|position|training))\b/;

/** The member's own step told in any words: resigned, left, quit, stepped away, withdrew, gave notice. */
const RESIGNATION_TOLD =
  /\b(?:resign\w*|stepp?(?:ed)? (?:down|away|back|out)|left|leave|leaving|quit\w*|withdr[ae]w\w*|walked away|gave (?:my )?notice|handed in (?:my )?(?:notice|resignation)|(?:chose|decided|made the decision) to (?:stop|end|leave|step|withdraw|not continue)|did not (?:finish|complete|continue)|ended (?:my )?(?:residency|training|contract))\b/;

/** The member says the program is what ended it, as a choice of theirs ("I decided to leave"). */
const TOLD_AS_CHOICE = /\b(?:i|we) (?:\w+ ){0,2}(?:decided|chose|resigned|left|quit|stepped)\b/;

/**
 * Advice when the profile records a resignation or dismissal and the answer does not name it (a
 * dismissal told only as the member's own choice to leave does not name it either); undefined
 * otherwise.
 */
export function departureAdvice(p: Profile, doc: TextDoc): string | undefined {
  const exits = (p.professionalism ?? [])
    .filter((e) => e.kind === 'resignation' || e.kind === 'dismissal')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const exit = exits.at(-1);
  if (!exit) return undefined;
  const text = doc.sentences.map((s) => s.canon).join(' ');
  const program = programBehind(exit, p)?.program ?? programLeft(exit, p);
  const when = humanMonth(exit.date);
  if (exit.kind === 'dismissal') {
    if (DISMISSAL_TOLD.test(text)) return undefined;
    const asChoice = TOLD_AS_CHOICE.test(text);
    return (
      `Your profile records that ${program} ended with a dismissal in ${when}, and your answer ${asChoice ? 'tells it as your own choice to leave' : 'does not say so'}. ` +
      'Programs will know how it ended (your application and a call to your former program director show it), and they expect you to name it yourself. ' +
      'Say it early in one plain sentence (that the program dismissed you, and when), then spend the answer on your part in it and what you have changed since. Named by you, it reads as honesty; left for them to raise, it reads as hiding it.'
    );
  }
  if (RESIGNATION_TOLD.test(text)) return undefined;
  return (
    `Your profile records that you resigned from ${program} in ${when}, and your answer does not say so. ` +
    'Programs will know how your training ended, and they expect you to name it: say early in one plain sentence that you resigned and when, give the reason briefly without blaming anyone, then move on to what you did next and why you are ready now.'
  );
}
