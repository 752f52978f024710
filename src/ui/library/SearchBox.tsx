import { useAppStore } from '../../store/index.ts';

/** ID of the search field, which the `/` key focuses. */
export const SEARCH_INPUT_ID = 'library-search';

/** The library search field: filters live as you type; Escape clears it. */
export function SearchBox() {
  const query = useAppStore((state) => state.query);
  const setQuery = useAppStore((state) => state.setQuery);
  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the library by number, title or text
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={query}
        placeholder="Search number, title, text   /"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
    </div>
  );
}
