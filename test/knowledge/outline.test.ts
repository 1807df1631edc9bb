import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/knowledge/load.js';
import { OUTLINE } from '../../src/knowledge/outline.js';
import { hasSection } from '../../src/knowledge/retrieval.js';

const guides = loadGuides();

describe('knowledge outline', () => {
  for (const [doc, sections] of Object.entries(OUTLINE)) {
    it(`knowledge/${doc}.md has every section code cites`, () => {
      expect(guides.map((g) => g.id)).toContain(doc);
      const missing = sections.filter((section) => !hasSection(guides, { doc, section }));
      expect(missing, `missing in knowledge/${doc}.md`).toEqual([]);
    });
  }
});
