import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusSelect } from './StatusSelect.tsx';

describe('StatusSelect', () => {
  it('is editable with no note when working alone', () => {
    const html = renderToStaticMarkup(<StatusSelect proposalId="EUR/44A7/1" status="adopted" onChange={() => {}} />);
    expect(html).toContain('<select id="status-EUR-44A7-1">');
    expect(html).not.toContain('status-note');
  });

  it('says who set the status in a workspace, and is read-only for someone who may not change it', () => {
    const html = renderToStaticMarkup(
      <StatusSelect proposalId="EUR/44A7/1" status="rejected" note={{ by: 'Ana <b>', at: '2026-11-29T10:00:00.000Z' }} readOnly onChange={() => {}} />,
    );
    expect(html).toMatch(/<select id="status-EUR-44A7-1" disabled="" aria-describedby="status-EUR-44A7-1-hint">/);
    expect(html).toContain('Set by <span class="status-by">Ana &lt;b&gt;</span>');
    expect(html).toContain('<time dateTime="2026-11-29T10:00:00.000Z">');
    expect(html).toContain('Only editors can change it.');
  });
});
