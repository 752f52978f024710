/**
 * Reads a file the user picked or dropped, reporting bytes read as it goes. Rejects with a
 * plain-words Error naming the file when the browser cannot read it.
 */
export function readFileWithProgress(file: File, onProgress: (loaded: number, total: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(new Error(`${file.name}: the browser could not read this file. It may have been moved, deleted or locked by another program.`));
    reader.readAsArrayBuffer(file);
  });
}
