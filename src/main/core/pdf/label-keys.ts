/** The label-sheet key of a shipped cluster's or pathway's name (a pathway's code has a dash). */
export function frameworkLabelKey(code: string): string {
  return `${code.includes('-') ? 'pathway' : 'cluster'}.${code}`;
}

/** The label-sheet key of a 2024 cluster's or sub-cluster's name (codes of three letters: no 16-cluster code is one). */
export function framework2024LabelKey(code: string): string {
  return `framework2024.${code}`;
}
