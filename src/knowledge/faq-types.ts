/** The shape of a curated question (knowledge/faq.yaml); kept apart so retrieval need not load it. */
export interface FaqEntry {
  id: string;
  /** The question as members usually ask it. */
  q: string;
  /** Other ways members ask the same thing (matching only). */
  also: string[];
  /**
   * For a yes/no question: the answer to `q` as written (true = yes). A member who asks the
   * negated question ("is it true research does NOT count?") gets the other word.
   */
  yes?: boolean;
  /** The short answer, in our words, without the yes/no word (the composer adds it). */
  a: string;
  /** `doc#section` addresses of the guide passages the answer rests on, best first. */
  cites: string[];
  /**
   * Written for one kind of asker only (a US citizen, a physician already on a J-1): matched only
   * when the question says so.
   */
  asker?: 'us-citizen' | 'j1-holder';
  /** Topic for the eval's per-topic figures and the admin view. */
  topic: string;
}
