// Turning ids people typed (session and expert ids, which may be Chinese) into parts of file and folder
// names that every file system we meet takes: NTFS and FAT on a USB stick refuse `<>:"/\|?*` and control
// characters, hide or drop leading and trailing dots, and treat `CON.x` as a device. Keeping only letters,
// marks, digits, `_` and `-` avoids all of that at once (and path traversal with it), and drops bidi and
// other invisible characters that could make a name read differently from what it is.
const UNSAFE = /[^\p{L}\p{M}\p{N}_-]+/gu;

/**
 * `text` with every run of other characters replaced by one `-`, trimmed of `-` at both ends, NFC (macOS
 * writes names decomposed; one spelling keeps names comparable), and at most `maxChars` code points so
 * a whole name stays under the 255-byte limit of ext4 even in Chinese. Never empty.
 */
export function safeNamePart(text: string, maxChars: number): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, '-').replace(/^-+|-+$/g, '');
  const cut = [...cleaned].slice(0, maxChars).join('').replace(/-+$/, '');
  return cut === '' ? '-' : cut;
}
