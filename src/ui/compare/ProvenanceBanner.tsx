import type { ProposalProvenance } from '../../core/model/index.ts';

const MESSAGES: Record<ProposalProvenance, { title: string; text: string }> = {
  computed: {
    title: 'Computed from plain text',
    text: 'revision marks may differ from the official ones. Check wording against the proposal as circulated.',
  },
  'tracked-changes': {
    title: 'Read from tracked changes',
    text: 'the insertions and deletions are those of the Word file as circulated.',
  },
  blocks: {
    title: 'Read from the proposal’s MOD / ADD / SUP / NOC blocks',
    text: 'the word-level marks inside each clause are computed from plain text and may differ from the official ones.',
  },
};

/** Says where a proposal's revision marks come from, so that a computed comparison is never taken for the official one. */
export function ProvenanceBanner({ provenance, proposalId }: { provenance: ProposalProvenance; proposalId: string }) {
  const message = MESSAGES[provenance];
  return (
    <p className={`provenance provenance--${provenance}`} role="note" aria-label={`How the changes of ${proposalId} were obtained`}>
      <strong>{message.title}:</strong> {message.text}
    </p>
  );
}
