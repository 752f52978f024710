/** The rule of underscores after which the text parser reads footnotes ("1 These include ..."). */
export const FOOTNOTE_RULE = '____________________';
