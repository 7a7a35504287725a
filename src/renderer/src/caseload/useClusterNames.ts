import { useEffect, useState } from 'react';
import { api } from '../client/api';

const NONE: ReadonlyMap<string, string> = new Map();

/** Career cluster names by code, fetched once: caseload rows carry only the code of the chosen cluster. */
export function useClusterNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState(NONE);
  useEffect(() => {
    let current = true;
    api['framework.get']({}).then(
      (framework) => current && setNames(new Map(framework.clusters.map((c) => [c.code, c.name]))),
      // Without names the column shows codes; the caseload itself still works.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return names;
}
