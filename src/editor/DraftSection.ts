import { mergeAttributes, Node } from '@tiptap/core';

/** A text attribute stored as `data-<name>` in HTML; null when absent. */
function textAttribute(name: string, fallback: string | null) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
      return value === null || value === undefined ? {} : { [`data-${name}`]: String(value) };
    },
  };
}

/**
 * A section of a draft: an optional heading, then its clauses. Carries the section's ID and its
 * normalised heading (part, kind, verb, addressee, further) so that the draft converts back to a
 * document section by section. Isolating: typing or deleting never merges two sections.
 */
export const DraftSection = Node.create({
  name: 'draftSection',
  content: 'sectionHeading? clause*',
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      sectionId: textAttribute('section-id', null),
      part: textAttribute('part', 'operative'),
      kind: textAttribute('kind', ''),
      verb: textAttribute('verb', ''),
      addressee: textAttribute('addressee', ''),
      further: {
        default: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-further') === 'true',
        renderHTML: (attributes: Record<string, unknown>) => (attributes.further === true ? { 'data-further': 'true' } : {}),
      },
      annexTitle: textAttribute('annex-title', null),
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-section-id]' }, { tag: 'section.draft-section' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { class: 'draft-section' }), 0];
  },
});
