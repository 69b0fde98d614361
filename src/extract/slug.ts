import { foldDiacritics } from '../facts/aliases';

/** An id-safe form of a name or article id: lower-case letters, digits and dashes. */
export function slug(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
