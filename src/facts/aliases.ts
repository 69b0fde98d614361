/**
 * Names resolve through alias keys: lower-case, trimmed, inner white space
 * folded. Each name is stored under two keys, as written and with its
 * diacritics removed, so that a lookup needs nothing but Cypher's own
 * `toLower(trim($name))` to find "Türkiye" from "TÜRKIYE" or "turkiye".
 */
export function aliasKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The keys a name is found under. */
export function aliasKeys(name: string): string[] {
  const key = aliasKey(name);
  return [...new Set([key, foldDiacritics(key)])];
}
