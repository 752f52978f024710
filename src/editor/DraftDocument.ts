import { Node } from '@tiptap/core';

/**
 * The top node of a draft: the header lines (title line, subject, opening formula), then the
 * sections. Every part is optional (`*`): a shared document must stay valid whatever two people
 * did to it at once, and an empty draft must not make each editor insert its own filler node.
 */
export const DraftDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'draftHeader* draftSection*',
});
