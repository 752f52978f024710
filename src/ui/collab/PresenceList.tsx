import type { Person } from '../../collab/index.ts';
import { useAppStore } from '../../store/index.ts';
import { useLibrary } from '../library/index.ts';
import { documentName } from '../common/index.ts';
import { useWorkspaceDrafts } from './useWorkspaceDrafts.ts';

/** Up to this many people are shown by name; the rest are counted. */
const SHOWN = 5;

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.[0] ?? '?') + (words.length > 1 ? (words[words.length - 1][0] ?? '') : '')).toUpperCase();
}

/** Where a person is, in words: "Resolution 130, resolves 3", "draft “Our text”", or "". */
function whereIs(person: Person, names: (kind: 'document' | 'draft', id: string) => string): string {
  if (!person.view) return '';
  const place = names(person.view.kind, person.view.id);
  if (!person.clause) return place;
  const clause = person.clause.startsWith(`${person.view.id}/`) ? person.clause.slice(person.view.id.length + 1) : person.clause;
  return `${place}, ${clause.replaceAll('/', ' ')}`;
}

/** Who is in the workspace, each with their colour and what they are looking at. */
export function PresenceList() {
  const people = useAppStore((state) => state.people);
  const workspace = useAppStore((state) => state.workspace);
  const { documents } = useLibrary();
  const drafts = useWorkspaceDrafts();
  if (!workspace) return null;
  const names = (kind: 'document' | 'draft', id: string): string => {
    if (kind === 'draft') return `draft “${drafts.find((draft) => draft.id === id)?.title ?? id}”`;
    const doc = documents.find((candidate) => candidate.id === id);
    return doc ? documentName(doc) : id;
  };
  const shown = people.slice(0, SHOWN);
  return (
    <ul className="presence-list" aria-label={`${people.length === 1 ? 'Only you are' : `${people.length} people are`} in this workspace`}>
      {shown.map((person) => {
        const where = whereIs(person, names);
        const name = person.self ? `${person.name} (you)` : person.name;
        return (
          <li key={person.clientId} className={`presence-person${person.self ? ' is-self' : ''}`} title={where ? `${name}: ${where}` : name} data-person={person.name}>
            <span className="presence-avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="presence-name">{name}</span>
            {where && <span className="visually-hidden">, {where}</span>}
          </li>
        );
      })}
      {people.length > SHOWN && <li className="presence-more">+{people.length - SHOWN}</li>}
    </ul>
  );
}
