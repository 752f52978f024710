export { DropZone } from './DropZone.tsx';
export { ImportButton } from './ImportButton.tsx';
export { ImportStatusBar, ImportStatusView } from './ImportStatusView.tsx';
export { useImporter } from './useImporter.ts';
