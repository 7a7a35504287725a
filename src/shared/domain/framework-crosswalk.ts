/**
 * From the 16 clusters / 79 pathways the application ships (core/framework/data.ts) to the 2024
 * framework (framework-2024.ts). The links are codes only; namedCrosswalk adds the names.
 *
 * How sure each link is, as docs/reference/career-clusters-2024.md says:
 * - stated: Advance CTE or state CTE associations say so;
 * - inferred: the reference infers it from the names (not an official statement);
 * - derived: pathway → sub-cluster. No official map exists; these were derived by the project
 *   from the names and fields the pathways cover, NOT yet through Advance CTE's SOC/CIP
 *   crosswalks. Anyone showing them must say they are derived.
 * Every legacy cluster and pathway has an entry ("no field has been eliminated").
 */

import { framework2024 } from './framework-2024';

export type CrosswalkBasis = 'stated' | 'inferred' | 'derived';

export interface CrosswalkEntry {
  from: string;
  to: readonly string[];
  basis: CrosswalkBasis;
}

type Row = readonly [from: string, to: string];

function entries(basis: CrosswalkBasis, rows: readonly Row[]): CrosswalkEntry[] {
  return rows.map(([from, to]) => ({ from, to: to.split(' '), basis }));
}

/** Legacy cluster code → 2024 cluster code(s). */
export const clusterCrosswalk: readonly CrosswalkEntry[] = [
  ...entries('stated', [
    ['GV', 'PSS'], ['HS', 'HHS'], ['HU', 'HHS'], ['IT', 'DGT'], ['LW', 'PSS'],
    // STEM is spread across clusters; the reference names these three as examples.
    ['ST', 'AMF DGT HHS'],
  ]),
  ...entries('inferred', [
    ['AG', 'AGR ENR'], ['AC', 'CON'], ['AR', 'AED'], ['BM', 'MGE'], ['ED', 'EDU'], ['FN', 'FSV'],
    ['HT', 'HET'], ['MN', 'AMF'], ['MK', 'MKS'], ['TR', 'SCT'],
  ]),
];

/** Legacy pathway code → 2024 sub-cluster code(s), all derived. */
export const pathwayCrosswalk: readonly CrosswalkEntry[] = entries('derived', [
  ['AG-ABS', 'AGR-AGB'], ['AG-ANS', 'AGR-ANS'], ['AG-ESS', 'ENR-ENP'], ['AG-FPP', 'AGR-FSP'],
  ['AG-NRS', 'ENR-CLM'], ['AG-PLS', 'AGR-PLS'], ['AG-PST', 'AGR-ATA'],
  ['AC-CON', 'CON-SKT'], ['AC-DPC', 'CON-ACE CON-CPD'], ['AC-MO', 'CON-EOM'],
  ['AR-AVF', 'AED-MPB'], ['AR-JB', 'AED-MPB'], ['AR-PA', 'AED-PFA'], ['AR-PT', 'AED-DDA'],
  ['AR-TEL', 'AED-MPB DGT-NSC'], ['AR-VA', 'AED-FAR AED-DDA'],
  ['BM-AS', 'MGE-LOP'], ['BM-BIM', 'MGE-BIM'], ['BM-GM', 'MGE-LOP'], ['BM-HRM', 'MGE-LOP'], ['BM-OM', 'MGE-LOP MGE-PRM'],
  ['ED-AAS', 'EDU-EAL'], ['ED-PSS', 'EDU-LSC'], ['ED-TT', 'EDU-TTF'],
  ['FN-ACC', 'FSV-ACT'], ['FN-BS', 'FSV-BCR'], ['FN-BF', 'FSV-FSI'], ['FN-INS', 'FSV-INS'], ['FN-SI', 'FSV-FSI'],
  ['GV-FS', 'PSS-LSF'], ['GV-GOV', 'PSS-LSF'], ['GV-NS', 'PSS-MNS'], ['GV-PLN', 'PSS-LSF'], ['GV-PMA', 'PSS-LSF'],
  ['GV-REG', 'MGE-REG PSS-LSF'], ['GV-RT', 'PSS-LSF'],
  ['HS-BRD', 'HHS-BRD'], ['HS-DS', 'HHS-PHH'], ['HS-HI', 'HHS-HDA'], ['HS-SS', 'HHS-HDA HHS-PHH'], ['HS-TS', 'HHS-PHH'],
  ['HT-LOD', 'HET-ACC'], ['HT-RAA', 'HET-TRL'], ['HT-RFB', 'HET-CFS'], ['HT-TT', 'HET-TRL'],
  ['HU-CS', 'HHS-CSS'], ['HU-CMH', 'HHS-BMH'], ['HU-ECD', 'EDU-ECD'], ['HU-FCS', 'HHS-CSS'], ['HU-PCS', 'HHS-PCS'],
  ['IT-ISS', 'DGT-ITS'], ['IT-NS', 'DGT-NSC'], ['IT-PSD', 'DGT-SWS'], ['IT-WDC', 'DGT-WCL'],
  ['LW-CS', 'PSS-PSF'], ['LW-EFM', 'PSS-EMR'], ['LW-LES', 'PSS-PSF'], ['LW-LS', 'PSS-JUD'], ['LW-SPS', 'PSS-PSF'],
  ['MN-HSE', 'AMF-SQA'], ['MN-LIC', 'SCT-PLL'], ['MN-MIR', 'AMF-IMA'], ['MN-MPP', 'AMF-PRA AMF-ENG'], ['MN-PRD', 'AMF-PRA'], ['MN-QA', 'AMF-SQA'],
  ['MK-MC', 'MKS-MAD'], ['MK-MM', 'MKS-MAD'], ['MK-MR', 'MKS-MRA'], ['MK-MER', 'MKS-RCE'], ['MK-PS', 'MKS-SSL'],
  ['ST-ET', 'AMF-ENG'], ['ST-SM', 'HHS-BRD ENR-ERD DGT-DSA'],
  ['TR-FME', 'SCT-MRP'], ['TR-HSE', 'SCT-PLL'], ['TR-LPM', 'SCT-PLL'], ['TR-SS', 'MKS-SSL'], ['TR-TO', 'SCT-GRT SCT-AST SCT-MAR'],
  ['TR-TSI', 'SCT-PLL'], ['TR-WDC', 'SCT-PWH'],
]);

export interface NamedCode {
  code: string;
  name: string;
}

export interface NamedCrosswalkEntry {
  from: NamedCode;
  to: NamedCode[];
  basis: CrosswalkBasis;
}

export interface NamedCrosswalk {
  clusters: NamedCrosswalkEntry[];
  pathways: NamedCrosswalkEntry[];
}

const names2024 = new Map<string, string>(
  framework2024.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.subClusters.map((s) => [s.code, s.name] as const)]),
);

/** What each basis means, in the words every view of the crosswalk shows beside it. */
export const crosswalkBasisMeaning: Readonly<Record<CrosswalkBasis, string>> = {
  stated: 'Advance CTE or state CTE associations say so',
  inferred: 'inferred from the names, not an official statement',
  derived: 'derived by this application; no official pathway map exists',
};

/**
 * Each entry with the names on both sides, so a reader needs no second lookup, in the order
 * the 16-cluster framework lists them (the order counselors know). The 16-cluster names come
 * from the caller (the store holds them); the 2024 names from framework-2024.ts.
 */
export function namedCrosswalk(legacy: { clusters: readonly { code: string; name: string; pathways: readonly { code: string; name: string }[] }[] }): NamedCrosswalk {
  const names = new Map<string, string>(legacy.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.pathways.map((p) => [p.code, p.name] as const)]));
  const named = (e: CrosswalkEntry): NamedCrosswalkEntry => ({
    from: { code: e.from, name: names.get(e.from) ?? e.from },
    to: e.to.map((code) => ({ code, name: names2024.get(code) ?? code })),
    basis: e.basis,
  });
  const order = new Map([...names.keys()].map((code, i) => [code, i]));
  const byLegacyOrder = (a: CrosswalkEntry, b: CrosswalkEntry) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0);
  return { clusters: [...clusterCrosswalk].sort(byLegacyOrder).map(named), pathways: [...pathwayCrosswalk].sort(byLegacyOrder).map(named) };
}
