import type { ItuDocument } from '../../core/model/index.ts';
import { documentName, Highlighted } from '../common/index.ts';
import type { TextMatcher } from '../common/index.ts';

const FORMAT_NAMES = { text: 'plain text', docx: 'Word', akn: 'Akoma Ntoso XML' } as const;

/** Title line centred in capitals, subject line in bold, then the opening formula. */
export function DocumentHeader({ doc, matcher, headingId }: { doc: ItuDocument; matcher: TextMatcher | null; headingId: string }) {
  const meta = [documentName(doc), doc.revision].filter(Boolean).join(' · ');
  return (
    <header className="doc-header">
      <p className="doc-meta">
        {meta}
        {doc.source && (
          <span className="doc-source">
            {' · from '}
            {doc.source.file} ({FORMAT_NAMES[doc.source.format]})
          </span>
        )}
      </p>
      <h2 className="doc-title-line" id={headingId}>
        <Highlighted text={doc.titleLine || documentName(doc)} matcher={matcher} />
      </h2>
      {doc.title && (
        <p className="doc-subject">
          <Highlighted text={doc.title} matcher={matcher} />
        </p>
      )}
      {doc.preamble && <p className="doc-formula">{doc.preamble}</p>}
    </header>
  );
}
