// Files operating systems add by themselves when a folder is zipped or copied (macOS resource forks and
// folder settings, Windows thumbnails, Office lock files). They are not material: the packer leaves them
// out and the importer passes over them, so a package zipped on a Mac is not refused for a .DS_Store.
const SYSTEM_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

export function isSystemFile(path: string): boolean {
  const segments = path.split('/');
  if (segments.includes('__MACOSX')) return true;
  const name = (segments.at(-1) ?? '').toLowerCase();
  return SYSTEM_NAMES.has(name) || name.startsWith('._') || name.startsWith('~$');
}
