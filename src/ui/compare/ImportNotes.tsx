/** What the importer noted about a proposal (blocks about other texts, provisions it could not place). */
export function ImportNotes({ notes, proposalId }: { notes: readonly string[]; proposalId: string }) {
  if (notes.length === 0) return null;
  return (
    <div className="import-notes" role="note" aria-label={`Notes on importing ${proposalId}`}>
      <strong>Notes on importing {proposalId}:</strong>
      <ul>
        {notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
