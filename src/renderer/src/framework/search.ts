import { frameworkWords } from '../../../shared/domain/framework-names';

/**
 * Framework names are written several ways in the source documents; the shared rule
 * (shared/domain/framework-names.ts) says which spellings match, here and in imports alike.
 * The page's search is the shared one (shared/domain/framework-search.ts).
 */
export const normaliseFrameworkText = frameworkWords;

/** Spellings worth showing next to a name: the ones that differ by more than "&" and punctuation. */
export function distinctAliases(item: { name: string; aliases: readonly string[] }): string[] {
  const seen = new Set([normaliseFrameworkText(item.name)]);
  const out: string[] = [];
  for (const a of item.aliases) {
    const n = normaliseFrameworkText(a);
    if (!seen.has(n)) {
      seen.add(n);
      out.push(a);
    }
  }
  return out;
}
