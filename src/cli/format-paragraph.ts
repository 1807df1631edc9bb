/** Plain-text layout for terminal output: word-wrapped, indented paragraphs (no ANSI colours). */

/** Wrap text at `width` columns, every line prefixed with `indent`; blank lines are kept. */
export function wrapParagraph(text: string, indent = '  ', width = 92): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/\s+/).filter(Boolean);
    if (!words.length) {
      out.push('');
      continue;
    }
    let line = '';
    for (const w of words) {
      if (line && indent.length + line.length + 1 + w.length > width) {
        out.push(indent + line);
        line = w;
      } else {
        line = line ? `${line} ${w}` : w;
      }
    }
    if (line) out.push(indent + line);
  }
  return out;
}

/** A wrapped bullet: "  - first line", continuation lines aligned under the text. */
export function wrapBullet(text: string, width = 92): string[] {
  return wrapParagraph(text, '    ', width).map((line, i) => (i === 0 ? `  - ${line.slice(4)}` : line));
}
