import { useRef } from 'react';
import { isImporting, useAppStore } from '../../store/index.ts';
import { DropZone } from '../import/index.ts';
import { BaseChoiceDialog } from './BaseChoiceDialog.tsx';
import { useProposalImporter } from './useProposalImporter.ts';

/** Proposal files the picker offers: ITU proposal documents as text or Word, revised texts as Akoma Ntoso. */
const ACCEPTED = '.txt,.docx,.xml,.akn,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/xml,text/xml';

/**
 * "Import a proposal…": the file picker, and the whole window as a drop target while comparing.
 * Asks which text the proposal amends when the file does not say.
 */
export function ProposalImportButton({ defaultBaseId }: { defaultBaseId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const busy = useAppStore((state) => isImporting(state.importStatus));
  const { importFiles, question } = useProposalImporter(defaultBaseId);
  return (
    <div className="proposal-import">
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
        Import a proposal…
      </button>
      <input
        ref={input}
        id="import-proposal"
        type="file"
        accept={ACCEPTED}
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Import a proposal (ITU proposal document, Word file with tracked changes, or revised text)"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
      <DropZone onFiles={(files) => void importFiles(files)} />
      {question && <BaseChoiceDialog key={question.file} question={question} />}
    </div>
  );
}
