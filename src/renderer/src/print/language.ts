import type { Paper, PrintLang } from '../../../shared/domain/print';

/** How the choices read on screen. */
export const langLabels: Record<PrintLang, string> = { en: 'English', es: 'Español' };
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
