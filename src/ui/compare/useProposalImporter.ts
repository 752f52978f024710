import { useCallback, useState } from 'react';
import type { ItuDocument } from '../../core/model/index.ts';
import { appStore, isImporting } from '../../store/index.ts';
import { readImportFile } from '../import/readImportFile.ts';
import { useLibraryStore } from '../library/index.ts';
import { navigateTo } from '../routing/index.ts';
import { citedBases } from './citedBase.ts';
import { compareHash } from './compareRoute.ts';
import { useProposalStore } from './ProposalContext.tsx';
import { readProposalText } from './readProposalText.ts';


/** A file waiting for the analyst to say which text it amends. */
export interface BaseQuestion {
  file: string;
  /** The library texts to choose from, and the one pre-selected (cited by the file, or the open one). */
  documents: ItuDocument[];
  preselected: string;
  /** Texts the file cites, when more than one. */
  cited: string[];
  answer: (baseId: string | null) => void;
}

/**
 * Imports proposal files against a base text from the library: the text the file cites when it
 * cites exactly one, otherwise the analyst is asked (`question`), with the cited or open text
 * pre-selected. Progress and errors go to the import status bar; the new proposal opens in the redline.
 */
export function useProposalImporter(openBaseId: string): { importFiles: (files: File[]) => Promise<void>; question: BaseQuestion | null } {
  const library = useLibraryStore();
  const proposals = useProposalStore();
  const [question, setQuestion] = useState<BaseQuestion | null>(null);

  const importOne = useCallback(
    async (file: File): Promise<boolean> => {
      const { setImportStatus } = appStore.getState();
      try {
        const buffer = await readImportFile(file);
        if (buffer === null) return false;
        const bytes = new Uint8Array(buffer);
        const { documents } = library.getSnapshot();
        const cited = citedBases(await readProposalText(file.name, bytes), documents);
        let baseId: string | null = cited.length === 1 ? cited[0] : null;
        if (baseId === null) {
          setImportStatus({ phase: 'idle' });
          const preselected = cited[0] ?? (documents.some((doc) => doc.id === openBaseId) ? openBaseId : documents[0]?.id ?? '');
          baseId = await new Promise<string | null>((resolve) =>
            setQuestion({ file: file.name, documents, preselected, cited, answer: (id) => (setQuestion(null), resolve(id)) }),
          );
          if (baseId === null) return false;
        }
        const base = documents.find((doc) => doc.id === baseId);
        if (!base) throw new Error(`${file.name}: the text it amends, “${baseId}”, is not in the library. Import that text first.`);
        setImportStatus({ phase: 'parsing', file: file.name, fraction: 0 });
        // Loaded on first use: the proposal readers (Word, XML) stay out of the page's first load.
        const { importProposal } = await import('../../core/proposal/index.ts');
        const imported = await importProposal(file.name, bytes, { base });
        const { proposal } = imported;
        const { replaced } = proposals.add([imported]);
        setImportStatus({ phase: 'done', file: file.name, documents: [`proposal ${proposal.id}`], replaced });
        navigateTo(compareHash({ baseId: base.id, mode: 'redline', proposalId: proposal.id }));
        return true;
      } catch (error) {
        setImportStatus({ phase: 'error', file: file.name, message: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [library, proposals, openBaseId],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (isImporting(appStore.getState().importStatus)) return;
      for (const file of files) {
        if (!(await importOne(file))) return;
      }
    },
    [importOne],
  );
  return { importFiles, question };
}
