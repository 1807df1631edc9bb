/**
 * View → plain text for the local console: headings underlined, fields as "name: value" lines,
 * buttons listed with the command to type instead. Markdown emphasis is dropped and member-text
 * escapes are undone so the terminal shows what the member wrote.
 */
import { unescapeMarkdown, wordActions, type Action, type Section, type View } from '../app/view.js';

/** Drops the light markdown the views use (**bold**, *italic*, __underline__, `code`). */
export function plain(text: string): string {
  // Escaped characters (member text) are set aside first so no emphasis rule can touch them.
  const escaped: string[] = [];
  // Code fences (copyable emails and templates) mean nothing in a terminal: drop the fence lines.
  const guarded = text
    .replace(/^```[a-z]*[ \t]*(?:\n|$)/gm, '')
    .replace(/\\([^a-zA-Z0-9\s])/g, (_m, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
  const stripped = guarded
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/__(.+?)__/gs, '$1')
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
  return unescapeMarkdown(stripped.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? ''));
}

function renderSection(s: Section): string {
  const lines: string[] = [];
  if (s.title) {
    const title = plain(s.title);
    lines.push(title, '-'.repeat(Math.min(title.length, 72)));
  }
  if (s.body) lines.push(plain(s.body));
  for (const f of s.fields ?? []) {
    const value = plain(f.value);
    lines.push(value.includes('\n') ? `${plain(f.name)}:\n${indent(value)}` : `${plain(f.name)}: ${value}`);
  }
  if (s.footer) lines.push(`(${plain(s.footer)})`);
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Buttons become "→ Label: type /command"; actions with no typed equivalent are left out. */
function renderAction(a: Action): string | undefined {
  if (!a.hint) return undefined;
  if (a.kind === 'button') return `→ ${plain(a.label)}: type ${a.hint}`;
  // The option already shown (a select's default) is not offered as "another" one.
  const others = a.options.filter((o) => !o.default);
  const options = (others.length ? others : a.options).map((o) => o.label).join(', ');
  return `→ ${plain(a.placeholder ?? 'Choose')} (${options}): type ${a.hint}`;
}

/** "type /command" for an action the console can do, else "choose Label" (a console has no buttons to press). */
function consoleWording(v: View): View {
  const hints = new Map(
    (v.actions ?? []).flat().flatMap((a) => (a.kind === 'button' && a.hint ? [[a.label, a.hint] as const] : [])),
  );
  return wordActions(v, (label, capital) => {
    const hint = hints.get(label);
    if (hint) return `${capital ? 'Type' : 'type'} ${hint}`;
    return `${capital ? 'Choose' : 'choose'} "${label}"`;
  });
}

export function renderText(view: View): string {
  const v = consoleWording(view);
  const blocks: string[] = [];
  if (v.text) blocks.push(plain(v.text));
  for (const s of v.sections) {
    const block = renderSection(s);
    if (block) blocks.push(block);
  }
  const actions = (v.actions ?? []).flat().flatMap((a) => renderAction(a) ?? []);
  if (actions.length) blocks.push(actions.join('\n'));
  for (const f of v.files ?? []) blocks.push(`--- ${f.name} ---\n${f.content.trimEnd()}\n--- end of ${f.name} ---`);
  return blocks.join('\n\n');
}
