/** A DOCX file as mammoth reads it, for golden files and checks of what Word would show. */
import mammoth from 'mammoth';

/**
 * The document's HTML as mammoth converts it, with underlining kept (`<u>`; mammoth drops it by
 * default), the Title style as `<h1 class="title">`, and a line break after each block so that
 * a golden file's diff is readable. Strike-through is `<s>` by default.
 */
export async function docxAsHtml(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u', "p[style-name='Title'] => h1.title:fresh"] });
  return `${value.replace(/(<\/(?:p|h\d|tr|thead|tbody|table)>)/g, '$1\n')}`;
}
