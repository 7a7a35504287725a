import type { Paper, PrintLanguageChoice } from '../../../shared/domain/print';

/** The shipped printout languages: what the print choices offer until the school's settings arrive with any added ones. */
export { BUILT_IN_PRINT_LANGUAGES as BUILT_IN_LANGUAGES } from '../../../shared/domain/print';

/** How a language reads on screen: English and Español as shipped, an added one by the name the school gave it, else its code. */
export function langLabel(code: string, languages: readonly PrintLanguageChoice[] = []): string {
  if (code === 'en') return 'English';
  if (code === 'es') return 'Español';
  return languages.find((l) => l.code === code)?.name ?? code;
}
export const paperLabels: Record<Paper, string> = { letter: 'Letter', a4: 'A4' };

export { familyLanguage } from '../../../shared/domain/print';

/** "Printed Nov 22, 2026, 3:05 PM" from an ISO instant. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

export function pagesText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'page' : 'pages'}`;
}

export function studentsText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'student' : 'students'}`;
}

/** Pasted student numbers: separated by spaces, commas, semicolons or new lines; repeats dropped, order kept. */
export function parseStudentNumbers(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const n = part.trim();
    if (n) seen.add(n);
  }
  return [...seen];
}
