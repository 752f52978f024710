import { mergeAttributes, Node } from '@tiptap/core';

/** The heading of a draft section ("resolves", "instructs the Secretary-General"), set in italics. */
export const SectionHeading = Node.create({
  name: 'sectionHeading',
  content: 'text*',
  defining: true,
  parseHTML() {
    return [{ tag: 'h3.draft-heading' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h3', mergeAttributes(HTMLAttributes, { class: 'draft-heading' }), 0];
  },
});
