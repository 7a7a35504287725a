import { useEffect, useState } from 'react';
import { isDepartmentStorePath } from '../../../shared/domain/backup';
import { api } from './api';

/**
 * Whether the store behind this page is a department database (store.info names it so) rather
 * than a workstation's file: what a change says it does first differs (a workstation copies its
 * file; the department's backups are the district's). Asked once per page load; null until known,
 * or when it could not be asked (the sentence is then left out, never guessed).
 */
let asked: Promise<boolean | null> | null = null;

export function onDepartmentStore(): Promise<boolean | null> {
  asked ??= api['store.info']({}).then(
    (info) => isDepartmentStorePath(info.path),
    () => {
      asked = null;
      return null;
    },
  );
  return asked;
}

export function useOnDepartmentStore(): boolean | null {
  const [department, setDepartment] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void onDepartmentStore().then((d) => live && setDepartment(d));
    return () => {
      live = false;
    };
  }, []);
  return department;
}

