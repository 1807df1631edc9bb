/**
 * Fencing variable data in a prompt: everything a member or a guide wrote goes between these
 * markers, so the model reads it as data, never as instructions. Kept apart from prompts.ts so
 * the features can fence a repair turn without loading the prompt parser (YAML) with them.
 */
export const FENCE_OPEN = (id: string): string => `<<<DATA id=${id}>>>`;
export const FENCE_CLOSE = '<<<END DATA>>>';

/**
 * Data can never close its fence or open a new one: runs of three or more angle brackets become
 * look-alike guillemets, so `<<<END DATA>>>` inside member text is just text.
 */
export function escapeData(text: string): string {
  return text.replace(/<{3,}/g, (m) => '‹'.repeat(m.length)).replace(/>{3,}/g, (m) => '›'.repeat(m.length));
}

export function fenceData(id: string, text: string): string {
  return `${FENCE_OPEN(id)}\n${escapeData(text)}\n${FENCE_CLOSE}`;
}
