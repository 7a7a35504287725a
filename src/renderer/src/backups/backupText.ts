/** When a backup was taken, on the counselor's own clock: "Nov 22, 2026, 2:03 PM". */
export function whenText(takenAt: string): string {
  return new Date(takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function studentsText(n: number): string {
  return n === 1 ? '1 student' : `${n} students`;
}
