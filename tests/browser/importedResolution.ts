/**
 * A resolution written for the browser test (invented wording, ITU layout): imported through the
 * file picker, it must appear in the library and open at its clauses.
 */
export const IMPORTED_NUMBER = '950';

export const IMPORTED_TEXT = [
  `RESOLUTION ${IMPORTED_NUMBER} (DUBAI, 2018)`,
  'Reading rooms for delegations',
  'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
  'considering',
  'a) that delegations read many texts in a short time;',
  'b) that quiet rooms help them read carefully,',
  'resolves',
  '1 to open a reading room on every floor;',
  '2 to keep the reading rooms open late, bearing in mind considering b) above;',
  '3 to stock each room with:',
  'i) printed copies of the texts;',
  'ii) lamps that do not flicker,',
  'instructs the Secretary-General',
  '1 to report on the use of the reading rooms.',
  '',
].join('\n');
