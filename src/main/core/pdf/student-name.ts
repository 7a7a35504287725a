import type { Student } from '../../../shared/domain/student';

/**
 * A student's name as the family writes it, for the page a family takes home: given names first
 * in most languages, the family name first where the family's own order puts it there (Chinese,
 * Japanese and Korean written in their scripts — without spaces — and Vietnamese and Hungarian
 * in Latin letters: "Nguyễn Thị Ánh", "王子涵"). A preferred name follows in parentheses.
 */

const HAN_HANGUL_KANA = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const FAMILY_NAME_FIRST_LANGUAGES = /^(vietnamese|tiếng việt|hungarian|magyar)\b/i;

export function familyWrittenName(s: Pick<Student, 'firstName' | 'middleName' | 'lastName' | 'preferredName' | 'homeLanguage'>): string {
  const given = [s.firstName, s.middleName].filter((p): p is string => !!p).join(' ');
  let name: string;
  if (HAN_HANGUL_KANA.test(s.lastName) && HAN_HANGUL_KANA.test(given)) name = `${s.lastName}${given}`;
  else if (FAMILY_NAME_FIRST_LANGUAGES.test((s.homeLanguage ?? '').trim())) {
    name = [s.lastName, s.middleName, s.firstName].filter((p): p is string => !!p).join(' ');
  } else name = `${given} ${s.lastName}`;
  return s.preferredName && s.preferredName !== s.firstName ? `${name} (${s.preferredName})` : name;
}
