import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { describeRole, ROLES } from '../../collab/index.ts';
import type { Role } from '../../collab/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import type { CredentialsPrompt } from '../../store/index.ts';
import { loadName, saveCredentials, saveName } from './credentials.ts';
import { workspaceNameProblem, workspaceUrl } from './shareLink.ts';

/** Opens the app on a workspace: a reload when it is this page's workspace, so everything starts afresh. */
function openWorkspace(workspace: string | null): void {
  const target = workspaceUrl(window.location.origin, workspace);
  const here = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  if (target === here) window.location.reload();
  else window.location.assign(`${target}${window.location.hash}`);
}

function heading(prompt: CredentialsPrompt): { title: string; intro: string } {
  switch (prompt.reason) {
    case 'missing':
      return { title: `Join the workspace “${prompt.workspace}”`, intro: 'Say who you are to the team, and enter the token you were given (opening the share link again fills it in).' };
    case 'refused':
      return {
        title: `The server did not accept the token for “${prompt.workspace}”`,
        intro: 'It may be mistyped, revoked, or meant for another workspace. Ask the team for a new share link, or enter another token.',
      };
    case 'join':
      return { title: 'Work together in a workspace', intro: 'A workspace is shared with your team: its texts, drafts and annotations, live. Ask whoever runs the server for a token.' };
  }
}

/** The form itself; `prompt` is what it opened for. */
function CredentialsForm({ prompt }: { prompt: CredentialsPrompt }) {
  const id = useId();
  const [name, setName] = useState(() => loadName(window.localStorage));
  const [workspace, setWorkspace] = useState(prompt.workspace);
  const [token, setToken] = useState(prompt.reason === 'refused' ? '' : (prompt.token ?? ''));
  const [role, setRole] = useState<Role>(prompt.role ?? 'editor');
  const [problem, setProblem] = useState<string | null>(prompt.message ?? null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { title, intro } = heading(prompt);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const room = workspace.trim();
    const nameProblem = workspaceNameProblem(room);
    if (name.trim() === '') return setProblem('Enter your name: it is how the team sees you.');
    if (nameProblem) return setProblem(nameProblem);
    if (token.trim() === '') return setProblem('Enter the token for this workspace.');
    saveName(window.localStorage, name);
    saveCredentials(window.localStorage, room, { token: token.trim(), role });
    openWorkspace(room);
  };
  const workAlone = (): void => {
    appStore.getState().openCredentialsPrompt(null);
    if (prompt.reason !== 'join') openWorkspace(null);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && prompt.reason === 'join') {
      event.stopPropagation();
      workAlone();
    }
  };

  return (
    <div className="modal-backdrop">
      <form className="credentials-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-intro`} className="credentials-intro">
          {intro}
        </p>
        {problem && (
          <p className="credentials-problem" role="alert">
            {problem}
          </p>
        )}
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} ref={first} value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={60} />
        {prompt.reason === 'join' && (
          <>
            <label htmlFor={`${id}-workspace`}>Workspace</label>
            <input id={`${id}-workspace`} value={workspace} onChange={(event) => setWorkspace(event.target.value)} placeholder="pp26-preparations" spellCheck={false} autoCapitalize="off" />
          </>
        )}
        <label htmlFor={`${id}-token`}>Token</label>
        <input id={`${id}-token`} type="password" value={token} onChange={(event) => setToken(event.target.value)} autoComplete="off" spellCheck={false} />
        <label htmlFor={`${id}-role`}>The token lets you</label>
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {describeRole(option)} ({option})
            </option>
          ))}
        </select>
        <p className="credentials-note">The server checks what the token really allows; this only decides what the screen offers you.</p>
        <div className="credentials-actions">
          <button type="button" className="button button--quiet" onClick={workAlone}>
            {prompt.reason === 'join' ? 'Cancel' : 'Work alone instead'}
          </button>
          <button type="submit" className="button button--primary">
            Open the workspace
          </button>
        </div>
      </form>
    </div>
  );
}

/** The token prompt, shown whenever the store asks for credentials. */
export function CredentialsDialog() {
  const prompt = useAppStore((state) => state.credentialsPrompt);
  if (!prompt) return null;
  return <CredentialsForm key={`${prompt.reason}:${prompt.workspace}`} prompt={prompt} />;
}
