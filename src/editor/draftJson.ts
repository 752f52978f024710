/** Node names and small helpers shared by the two draft converters. */
import type { JSONContent } from '@tiptap/core';

/** The node types of a draft, as the converters and the schema name them. */
export const DRAFT_NODES = {
  doc: 'doc',
  header: 'draftHeader',
  section: 'draftSection',
  heading: 'sectionHeading',
  clause: 'clause',
  paragraph: 'paragraph',
  text: 'text',
} as const;

/** Text content for a node: none for "" (ProseMirror has no empty text nodes). */
export function textContent(text: string): JSONContent[] {
  return text === '' ? [] : [{ type: DRAFT_NODES.text, text }];
}

/** All the text inside a node, marks dropped. */
export function textOf(node: JSONContent): string {
  if (node.type === DRAFT_NODES.text) return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/** An attribute as a string, or `fallback` when it is missing or not a string. */
export function stringAttr(node: JSONContent, name: string, fallback: string): string {
  const value: unknown = node.attrs?.[name];
  return typeof value === 'string' ? value : fallback;
}
