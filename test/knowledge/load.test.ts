import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, knowledgeDir, loadGuides, parseGuide } from '../../src/knowledge/load.js';
import { SOURCE_TITLES } from '../../src/knowledge/sources.js';
import { scratchDir } from '../helpers/cli.js';

const SOURCE = SOURCE_TITLES.letters;

function guide(front: string, body = '## First section {#first}\nSome text.\n'): string {
  return `---\n${front}\n---\n${body}`;
}
const FRONT = `id: sample\ntitle: A sample guide\naudience: all\ntags: [LOR, letters]\nsource: "${SOURCE}"`;

/** The problems a KnowledgeError reports for this guide text (fails the test if it parses). */
function problems(file: string, text: string): string[] {
  try {
    parseGuide(file, text);
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    return (e as KnowledgeError).problems;
  }
  throw new Error('expected the guide to be rejected');
}

describe('parseGuide', () => {
  it('reads front matter, intro and slugged sections', () => {
    const g = parseGuide(
      'knowledge/sample.md',
      guide(FRONT, 'An intro line.\n\n## First section {#first}\nBody one.\n\n### A sub-heading\nStill first.\n## Second {#second-part}\nBody two.\n'),
    );
    expect(g).toMatchObject({ id: 'sample', title: 'A sample guide', audience: 'all', tags: ['LOR', 'letters'], source: [SOURCE] });
    expect(g.intro).toBe('An intro line.');
    expect(g.sections.map((s) => [s.doc, s.slug, s.heading])).toEqual([
      ['sample', 'first', 'First section'],
      ['sample', 'second-part', 'Second'],
    ]);
    expect(g.sections[0]!.text).toContain('### A sub-heading\nStill first.');
  });

  it('accepts a list of source titles', () => {
    const g = parseGuide('sample.md', guide(FRONT.replace(/source: .*/, `source:\n  - "${SOURCE}"\n  - "${SOURCE_TITLES.preMatch}"`)));
    expect(g.source).toEqual([SOURCE, SOURCE_TITLES.preMatch]);
  });

  it('ignores ## lines inside code fences', () => {
    const g = parseGuide('sample.md', guide(FRONT, '## Only {#only}\n```\n## not a heading\n```\n'));
    expect(g.sections).toHaveLength(1);
  });

  it('names the file and field for a missing front-matter field', () => {
    const p = problems('knowledge/sample.md', guide(FRONT.replace(/title: .*\n/, '')));
    expect(p).toEqual(['knowledge/sample.md: title: is required']);
  });

  it('names the file and field for an audience outside all|non-us|us-citizen', () => {
    const [line] = problems('knowledge/sample.md', guide(FRONT.replace('audience: all', 'audience: everyone')));
    expect(line).toMatch(/^knowledge\/sample\.md: audience: /);
  });

  it('rejects an unknown front-matter field by name (a typo must not be dropped)', () => {
    expect(problems('sample.md', guide(`${FRONT}\naudiance: all`))).toEqual([
      expect.stringMatching(/^sample\.md: front matter: unknown field "audiance"/),
    ]);
  });

  it('rejects tags that are not a list', () => {
    expect(problems('sample.md', guide(FRONT.replace('tags: [LOR, letters]', 'tags: LOR'))).join()).toMatch(/^sample\.md: tags: /);
  });

  it('says which source title is unknown', () => {
    const raw = SOURCE.replace('International Medical Graduate', 'IMG');
    const p = problems('knowledge/sample.md', guide(FRONT.replace(/source: .*/, `source:\n  - "${SOURCE}"\n  - "${raw}"`)));
    expect(p).toEqual([expect.stringContaining(`knowledge/sample.md: source[1]: unknown source title "${raw}"`)]);
  });

  it('requires the id to equal the file name', () => {
    expect(problems('knowledge/other.md', guide(FRONT))).toEqual([
      'knowledge/other.md: id: "sample" must equal the file name ("other")',
    ]);
  });

  it('rejects a heading without a {#slug}, naming the line', () => {
    const p = problems('sample.md', guide(FRONT, '## Good {#good}\nText.\n## No slug here\nText.\n'));
    expect(p).toEqual([expect.stringMatching(/^sample\.md: line 10: heading "No slug here" has no \{#slug\}/)]);
  });

  it('rejects slugs that are not lower-case-hyphenated', () => {
    for (const bad of ['Ideal_Mix', 'ideal mix', '-ideal', 'ideal--mix', '']) {
      const p = problems('sample.md', guide(FRONT, `## Heading {#${bad}}\nText.\n`));
      expect(p.join('\n')).toMatch(/slug .* must be lower-case words joined by hyphens/);
    }
  });

  it('rejects a duplicate slug, naming both lines', () => {
    const p = problems('sample.md', guide(FRONT, '## One {#same}\nText.\n## Two {#same}\nText.\n'));
    expect(p).toEqual(['sample.md: line 10: duplicate slug "same" (first used on line 8)']);
  });

  it('rejects an empty section and a guide with no sections', () => {
    expect(problems('sample.md', guide(FRONT, '## Empty {#empty}\n\n## Full {#full}\nText.\n'))).toEqual([
      'sample.md: line 8: section #empty has no text',
    ]);
    expect(problems('sample.md', guide(FRONT, 'Only an intro.\n'))).toEqual([expect.stringContaining('has no "## Heading {#slug}" sections')]);
  });

  it('rejects missing or unclosed front matter and invalid YAML', () => {
    expect(problems('sample.md', '## A {#a}\nText.')).toEqual([expect.stringMatching(/^sample\.md: front matter: missing/)]);
    expect(problems('sample.md', '---\nid: sample\n## A {#a}\n')).toEqual([expect.stringMatching(/^sample\.md: front matter: not closed/)]);
    expect(problems('sample.md', guide('id: [unclosed'))).toEqual([expect.stringMatching(/^sample\.md: front matter: invalid YAML/)]);
  });
});

describe('parseGuide: primary sources (sources:)', () => {
  const ENTRY = [
    '  - url: https://www.amia.org/membership/academic-forum/amia-clinical-informatics-fellowship-match',
    '    title: AMIA, AMIA Clinical Informatics Fellowship Match',
    '    checked: 2026-12-03',
    '    facts: binding match; ERAS first',
  ].join('\n');
  const withSources = (front: string, entries: string): string => guide(`${front}\nsources:\n${entries}`);
  const NO_SEED = FRONT.replace(/\nsource: .*/, '');

  it('reads each entry (url, title, checked, facts) alongside the seed titles', () => {
    const g = parseGuide('sample.md', withSources(FRONT, ENTRY));
    expect(g.source).toEqual([SOURCE]);
    expect(g.sources).toEqual([
      {
        url: 'https://www.amia.org/membership/academic-forum/amia-clinical-informatics-fellowship-match',
        title: 'AMIA, AMIA Clinical Informatics Fellowship Match',
        checked: '2026-12-03',
        facts: 'binding match; ERAS first',
      },
    ]);
  });

  it('makes facts optional and gives an empty list when a guide has no sources', () => {
    const g = parseGuide('sample.md', withSources(FRONT, ENTRY.replace(/\n {4}facts: .*/, '')));
    expect(g.sources[0]).not.toHaveProperty('facts');
    expect(parseGuide('sample.md', guide(FRONT)).sources).toEqual([]);
  });

  it('lets a guide written only from primary sources omit the seed source:', () => {
    const g = parseGuide('sample.md', withSources(NO_SEED, ENTRY));
    expect(g.source).toEqual([]);
    expect(g.sources).toHaveLength(1);
  });

  it('still requires source: when there is no sources: list, and says what to give', () => {
    expect(problems('knowledge/sample.md', guide(NO_SEED))).toEqual([
      expect.stringMatching(/^knowledge\/sample\.md: source: is required \(list the seed article titles, or give "sources:"/),
    ]);
  });

  it('names the file and the entry field for a bad URL, date, title or facts', () => {
    const cases: Array<[string, RegExp]> = [
      [ENTRY.replace('https://www.amia.org', 'www.amia.org'), /^sample\.md: sources\[0\]\.url: must be the page address/],
      [ENTRY.replace('2026-12-03', '03/12/2026'), /^sample\.md: sources\[0\]\.checked: must be the day the page was read, as YYYY-MM-DD/],
      [ENTRY.replace('2026-12-03', '2026-02-30'), /^sample\.md: sources\[0\]\.checked: /],
      [ENTRY.replace(/title: .*/, 'title: ""'), /^sample\.md: sources\[0\]\.title: must not be empty/],
      [ENTRY.replace(/facts: .*/, 'facts: "  "'), /^sample\.md: sources\[0\]\.facts: must not be empty when given/],
      [ENTRY.replace(/\n {4}checked: .*/, ''), /^sample\.md: sources\[0\]\.checked: is required/],
    ];
    for (const [entry, message] of cases) expect(problems('sample.md', withSources(FRONT, entry))).toEqual([expect.stringMatching(message)]);
  });

  it('points at the right entry when a later one is bad', () => {
    const second = ENTRY.replace('2026-12-03', '2026-13-01');
    expect(problems('sample.md', withSources(FRONT, `${ENTRY}\n${second}`))).toEqual([expect.stringMatching(/^sample\.md: sources\[1\]\.checked: /)]);
  });

  it('rejects an unknown field inside an entry and a sources: that is empty or not a list', () => {
    expect(problems('sample.md', withSources(FRONT, `${ENTRY}\n    checkd: 2026-12-03`))).toEqual([
      'sample.md: sources[0]: unknown field "checkd" (allowed: url, title, checked, facts)',
    ]);
    expect(problems('sample.md', guide(`${FRONT}\nsources: []`))).toEqual([
      expect.stringMatching(/^sample\.md: sources: must list at least one primary source when given/),
    ]);
    expect(problems('sample.md', guide(`${FRONT}\nsources: https://www.amia.org`)).join()).toMatch(/^sample\.md: sources: /);
  });
});

describe('loadGuides', () => {
  it('reports every bad guide in the directory together, each with its file', () => {
    const dir = join(scratchDir(), 'knowledge');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.md'), guide(FRONT.replace('id: sample', 'id: good')));
    writeFileSync(join(dir, 'bad-id.md'), guide(FRONT));
    writeFileSync(join(dir, 'bad-audience.md'), guide(FRONT.replace('id: sample', 'id: bad-audience').replace('all', 'nobody')));
    writeFileSync(join(dir, 'notes.txt'), 'not a guide');
    let error: KnowledgeError | undefined;
    try {
      loadGuides(dir);
    } catch (e) {
      error = e as KnowledgeError;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error!.problems).toHaveLength(2);
    expect(error!.problems[0]).toMatch(/^knowledge\/bad-audience\.md: audience: /);
    expect(error!.problems[1]).toMatch(/^knowledge\/bad-id\.md: id: /);
  });

  it('fails clearly on a missing or empty directory', () => {
    const dir = scratchDir();
    expect(() => loadGuides(dir)).toThrow(/no knowledge guides/);
    expect(() => loadGuides(join(dir, 'nope'))).toThrow(/cannot read the knowledge directory/);
  });

  it('finds <repo>/knowledge from the source tree and loads every real guide', () => {
    expect(knowledgeDir()).toMatch(/[/\\]knowledge$/);
    const guides = loadGuides();
    expect(guides.length).toBeGreaterThan(0);
    for (const g of guides) expect(g.sections.length).toBeGreaterThan(0);
  });
});
