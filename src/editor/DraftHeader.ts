import { mergeAttributes, Node } from '@tiptap/core';

/** Which header line a draftHeader node holds. */
export type DraftHeaderField = 'titleLine' | 'title' | 'preamble';

const FIELDS: readonly DraftHeaderField[] = ['titleLine', 'title', 'preamble'];

/**
 * One header line of a draft: the title line ("RESOLUTION 130 (REV. …)"), the subject line, or
 * the opening formula. Editable like any text; the `field` attribute says which one it is.
 */
export const DraftHeader = Node.create({
  name: 'draftHeader',
  content: 'text*',
  defining: true,
  addAttributes() {
    return {
      field: {
        default: 'title' satisfies DraftHeaderField,
        parseHTML: (element) => {
          const field = element.getAttribute('data-draft-header');
          return FIELDS.find((known) => known === field) ?? 'title';
        },
        renderHTML: (attributes) => ({ 'data-draft-header': String(attributes.field) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'p[data-draft-header]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { class: `draft-header draft-header--${String(node.attrs.field)}` }), 0];
  },
});
