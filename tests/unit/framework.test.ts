import { describe, expect, it } from 'vitest';
import { ClusterCode, Framework, PathwayCode } from '../../src/shared/domain/framework';
import { framework } from '../../src/main/core/framework/data';
import { findCluster, findPathway, searchFramework } from '../../src/main/core/framework/lookup';

/*
 * Every spelling the seed documents use, written out by hand from the seeds (not derived from
 * data.ts, so a missing or misfiled alias fails here). Seed 000: Wisconsin DPI list ("and").
 * Seed 001: Advance CTE list ("&"). Seed 003: the two-column table.
 */
const CLUSTER_SPELLINGS: [code: string, spellings: string[]][] = [
  ['AG', ['Agriculture, Food and Natural Resources', 'Agriculture, Food & Natural Resources']],
  ['AC', ['Architecture and Construction', 'Architecture & Construction']],
  ['AR', ['Arts, Audio/Video Technology and Communications', 'Arts, A/V Technology & Communications']],
  [
    'BM',
    [
      'Business Management and Administration',
      'Business Management & Administration',
      'Business, Management and Administration',
    ],
  ],
  ['ED', ['Education and Training', 'Education & Training']],
  ['FN', ['Finance']],
  ['GV', ['Government and Public Administration', 'Government & Public Administration']],
  ['HS', ['Health Science', 'Health Sciences']],
  ['HT', ['Hospitality and Tourism', 'Hospitality & Tourism']],
  ['HU', ['Human Services']],
  ['IT', ['Information Technology']],
  [
    'LW',
    ['Law, Public Safety, Corrections and Security', 'Law, Public Safety, Corrections & Security'],
  ],
  ['MN', ['Manufacturing']],
  ['MK', ['Marketing', 'Marketing, Sales and Service']],
  [
    'ST',
    [
      'Science, Technology, Engineering and Mathematics',
      'Science, Technology, Engineering & Mathematics',
      'Science Technology, Engineering and Mathematics',
    ],
  ],
  ['TR', ['Transportation, Distribution and Logistics', 'Transportation, Distribution & Logistics']],
];

const PATHWAY_SPELLINGS: [code: string, spellings: string[]][] = [
  ['AG-ABS', ['Agribusiness Systems']],
  ['AG-ANS', ['Animal Systems']],
  ['AG-ESS', ['Environmental Service Systems']],
  ['AG-FPP', ['Food Products and Processing Systems', 'Food Products & Processing Systems']],
  ['AG-NRS', ['Natural Resources Systems']],
  ['AG-PLS', ['Plant Systems']],
  ['AG-PST', ['Power, Structural and Technical Systems', 'Power, Structural & Technical Systems']],

  ['AC-CON', ['Construction']],
  ['AC-DPC', ['Design/Pre-Construction']],
  ['AC-MO', ['Maintenance/Operations']],

  ['AR-AVF', ['Audio and Video Technology and Film', 'A/V Technology & Film']],
  ['AR-JB', ['Journalism and Broadcasting', 'Journalism & Broadcasting']],
  ['AR-PA', ['Performing Arts']],
  ['AR-PT', ['Printing Technology']],
  ['AR-TEL', ['Telecommunications']],
  ['AR-VA', ['Visual Arts']],

  ['BM-AS', ['Administrative Support']],
  ['BM-BIM', ['Business Information Management']],
  ['BM-GM', ['General Management']],
  ['BM-HRM', ['Human Resources Management']],
  ['BM-OM', ['Operations Management']],

  ['ED-AAS', ['Administration and Administrative Support', 'Administration & Administrative Support']],
  ['ED-PSS', ['Professional Support Services']],
  ['ED-TT', ['Teaching/Training']],

  ['FN-ACC', ['Accounting']],
  ['FN-BS', ['Banking Services']],
  ['FN-BF', ['Business Finance']],
  ['FN-INS', ['Insurance']],
  ['FN-SI', ['Securities and Investments', 'Securities & Investments']],

  ['GV-FS', ['Foreign Service']],
  ['GV-GOV', ['Governance']],
  ['GV-NS', ['National Security']],
  ['GV-PLN', ['Planning']],
  ['GV-PMA', ['Public Management and Administration', 'Public Management & Administration']],
  ['GV-REG', ['Regulation']],
  ['GV-RT', ['Revenue and Taxation', 'Revenue & Taxation']],

  ['HS-BRD', ['Biotechnology Research and Development', 'Biotechnology Research & Development']],
  ['HS-DS', ['Diagnostic Services']],
  ['HS-HI', ['Health Informatics']],
  ['HS-SS', ['Support Services']],
  ['HS-TS', ['Therapeutic Services']],

  ['HT-LOD', ['Lodging']],
  ['HT-RAA', ['Recreation, Amusements and Attractions', 'Recreation, Amusements & Attractions']],
  ['HT-RFB', ['Restaurants and Food/Beverage Services', 'Restaurants & Food/Beverage Services']],
  ['HT-TT', ['Travel and Tourism', 'Travel & Tourism']],

  ['HU-CS', ['Consumer Services']],
  ['HU-CMH', ['Counseling and Mental Health Services', 'Counseling & Mental Health Services']],
  ['HU-ECD', ['Early Childhood Development and Services', 'Early Childhood Development & Services']],
  ['HU-FCS', ['Family and Community Services', 'Family & Community Services']],
  ['HU-PCS', ['Personal Care Services']],

  ['IT-ISS', ['Information Support and Services', 'Information Support & Services']],
  ['IT-NS', ['Network Systems']],
  ['IT-PSD', ['Programming and Software Development', 'Programming & Software Development']],
  ['IT-WDC', ['Web and Digital Communications', 'Web & Digital Communications']],

  ['LW-CS', ['Correction Services']],
  ['LW-EFM', ['Emergency and Fire Management Services', 'Emergency & Fire Management Services']],
  ['LW-LES', ['Law Enforcement Services']],
  ['LW-LS', ['Legal Services']],
  ['LW-SPS', ['Security and Protective Services', 'Security & Protective Services']],

  ['MN-HSE', ['Health, Safety and Environmental Assurance', 'Health, Safety & Environmental Assurance']],
  ['MN-LIC', ['Logistics and Inventory Control', 'Logistics & Inventory Control']],
  [
    'MN-MIR',
    [
      'Maintenance, Installation and Repair',
      'Maintenance, Installation & Repair',
      'Maintenance Installation and Repair',
    ],
  ],
  [
    'MN-MPP',
    ['Manufacturing Production Process Development', 'Manufacturing Production Process Dev.'],
  ],
  ['MN-PRD', ['Production']],
  ['MN-QA', ['Quality Assurance']],

  ['MK-MC', ['Marketing Communications']],
  ['MK-MM', ['Marketing Management']],
  ['MK-MR', ['Marketing Research']],
  ['MK-MER', ['Merchandising']],
  ['MK-PS', ['Professional Sales']],

  ['ST-ET', ['Engineering and Technology', 'Engineering & Technology']],
  ['ST-SM', ['Science and Math', 'Science & Mathematics', 'Science & Math']],

  ['TR-FME', ['Facility and Mobile Equipment Maintenance', 'Facility & Mobile Equipment Maintenance']],
  [
    'TR-HSE',
    ['Health, Safety and Environmental Management', 'Health, Safety & Environmental Management'],
  ],
  [
    'TR-LPM',
    ['Logistics Planning and Management Services', 'Logistics Planning & Management Services'],
  ],
  ['TR-SS', ['Sales and Service', 'Sales & Service']],
  ['TR-TO', ['Transportation Operations']],
  [
    'TR-TSI',
    [
      'Transportation Systems/Infrastructure Planning, Management, and Regulation',
      'Transportation Systems/Infrastructure Planning, Management & Regulation',
    ],
  ],
  [
    'TR-WDC',
    ['Warehousing and Distribution Center Operations', 'Warehousing & Distribution Center Operations'],
  ],
];

const allPathways = framework.clusters.flatMap((c) => c.pathways);

describe('the framework the application ships', () => {
  it('has the 16 career clusters and 79 career pathways of the National Career Clusters Framework', () => {
    expect(framework.clusters).toHaveLength(16);
    expect(allPathways).toHaveLength(79);
  });

  it('lists each cluster with as many pathways as the seeds, in the seeds’ order', () => {
    expect(framework.clusters.map((c) => c.code)).toEqual(
      ['AG', 'AC', 'AR', 'BM', 'ED', 'FN', 'GV', 'HS', 'HT', 'HU', 'IT', 'LW', 'MN', 'MK', 'ST', 'TR'],
    );
    expect(framework.clusters.map((c) => c.pathways.length)).toEqual([
      7, 3, 6, 5, 3, 5, 7, 5, 4, 5, 4, 5, 6, 5, 2, 7,
    ]);
  });

  it('is valid by the shared schema, with unique codes of the right shape', () => {
    expect(() => Framework.parse(framework)).not.toThrow();
    const clusterCodes = framework.clusters.map((c) => c.code);
    const pathwayCodes = allPathways.map((p) => p.code);
    expect(new Set(clusterCodes).size).toBe(16);
    expect(new Set(pathwayCodes).size).toBe(79);
    for (const code of clusterCodes) expect(ClusterCode.safeParse(code).success).toBe(true);
    for (const code of pathwayCodes) expect(PathwayCode.safeParse(code).success).toBe(true);
  });

  it('gives each pathway a code that starts with its cluster’s code', () => {
    for (const c of framework.clusters) {
      for (const p of c.pathways) {
        expect(p.clusterCode).toBe(c.code);
        expect(p.code.startsWith(`${c.code}-`)).toBe(true);
      }
    }
  });

  it('uses the Advance CTE names', () => {
    expect(findCluster('HS')?.name).toBe('Health Science');
    expect(findCluster('AR')?.name).toBe('Arts, A/V Technology & Communications');
    expect(findCluster('ST')?.name).toBe('Science, Technology, Engineering & Mathematics');
    expect(findPathway('MN-MIR')?.name).toBe('Maintenance, Installation & Repair');
    expect(findPathway('TR-TSI')?.name).toBe(
      'Transportation Systems/Infrastructure Planning, Management & Regulation',
    );
    expect(findPathway('TR-WDC')?.name).toBe('Warehousing & Distribution Center Operations');
  });

  it('never repeats a spelling within one cluster or pathway (the store keys aliases by it)', () => {
    for (const item of [...framework.clusters, ...allPathways]) {
      const spellings = [item.name, ...item.aliases];
      expect(new Set(spellings).size).toBe(spellings.length);
    }
  });

  it('cites its sources for what clusters, pathways and programs of study are', () => {
    expect(framework.about.careerClusters).toMatch(/^Career Clusters are broad occupational groupings/);
    expect(framework.about.careerPathways).toMatch(/^Career Pathways are a sub-grouping of careers/);
    expect(framework.about.programsOfStudy).toMatch(/^A Program of Study is a specific career pathway/);
    expect(framework.about.source).toMatch(/Wisconsin DPI/);
    expect(framework.about.source).toMatch(/Advance CTE/);
  });
});

describe('finding a career cluster', () => {
  it('covers every cluster in the spelling table', () => {
    expect(CLUSTER_SPELLINGS.map(([code]) => code).sort()).toEqual(
      framework.clusters.map((c) => c.code).sort(),
    );
  });

  it.each(CLUSTER_SPELLINGS.flatMap(([code, spellings]) => spellings.map((s) => [s, code] as const)))(
    'finds "%s" as %s',
    (spelling, code) => {
      expect(findCluster(spelling)?.code).toBe(code);
    },
  );

  it('ignores case, accents, spacing and punctuation, and reads "&" as "and"', () => {
    expect(findCluster('  héalth   SCIENCES ')?.code).toBe('HS');
    expect(findCluster('marketing sales & service')?.code).toBe('MK');
    expect(findCluster('Science, Technology, Engineering, and Mathematics')?.code).toBe('ST');
    expect(findCluster('mn')?.code).toBe('MN');
  });

  it('finds nothing for a name that is not a cluster', () => {
    expect(findCluster('nonsense')).toBeUndefined();
    expect(findCluster('')).toBeUndefined();
    expect(findCluster('&')).toBeUndefined();
    expect(findCluster('Animal Systems')).toBeUndefined();
  });
});

describe('finding a career pathway', () => {
  it('covers every pathway in the spelling table', () => {
    expect(PATHWAY_SPELLINGS.map(([code]) => code).sort()).toEqual(allPathways.map((p) => p.code).sort());
  });

  it.each(PATHWAY_SPELLINGS.flatMap(([code, spellings]) => spellings.map((s) => [s, code] as const)))(
    'finds "%s" as %s',
    (spelling, code) => {
      expect(findPathway(spelling)?.code).toBe(code);
      expect(findPathway(spelling, code.slice(0, 2))?.code).toBe(code);
    },
  );

  it('resolves the spellings counselors reported', () => {
    expect(findCluster('Health Sciences')?.code).toBe('HS');
    expect(findCluster('Marketing, Sales and Service')?.code).toBe('MK');
    expect(findPathway('Science & Math')?.code).toBe('ST-SM');
    expect(findPathway('Manufacturing Production Process Dev.')?.code).toBe('MN-MPP');
    expect(findPathway('Manufacturing Production Process Dev.')?.clusterCode).toBe('MN');
  });

  it('finds a pathway by its code, in any case and punctuation', () => {
    expect(findPathway('MN-MIR')?.name).toBe('Maintenance, Installation & Repair');
    expect(findPathway('mn mir')?.code).toBe('MN-MIR');
  });

  it('looks only inside the cluster when one is given', () => {
    expect(findPathway('Sales & Service', 'TR')?.code).toBe('TR-SS');
    expect(findPathway('Sales & Service', 'MK')).toBeUndefined();
    expect(findPathway('Support Services', 'ED')).toBeUndefined();
  });

  it('does not take the seeds’ broken line wraps for pathways', () => {
    expect(findPathway('Planning, Management & Regulation')).toBeUndefined();
    expect(findPathway('Transportation Systems/Infrastructure')).toBeUndefined();
    expect(findPathway('Warehousing & Distribution Center')).toBeUndefined();
    expect(findPathway('Operations')).toBeUndefined();
    expect(findPathway('ConstructionDesign/Pre-ConstructionMaintenance/Operations')).toBeUndefined();
  });

  it('finds nothing for "nonsense"', () => {
    expect(findPathway('nonsense')).toBeUndefined();
    expect(findCluster('nonsense')).toBeUndefined();
    expect(searchFramework('nonsense')).toEqual({ clusters: [], pathways: [] });
  });
});

describe('searching the framework', () => {
  const codes = (r: ReturnType<typeof searchFramework>) => ({
    clusters: r.clusters.map((c) => c.code),
    pathways: r.pathways.map((p) => p.code),
  });

  it('finds every cluster and pathway whose name contains the words, in framework order', () => {
    expect(codes(searchFramework('health'))).toEqual({
      clusters: ['HS'],
      pathways: ['HS-HI', 'HU-CMH', 'MN-HSE', 'TR-HSE'],
    });
  });

  it('searches aliases too, with the same folding as finding', () => {
    expect(codes(searchFramework('SALES AND SERVICE'))).toEqual({ clusters: ['MK'], pathways: ['TR-SS'] });
    expect(codes(searchFramework('video technology'))).toEqual({ clusters: ['AR'], pathways: ['AR-AVF'] });
    expect(codes(searchFramework('math'))).toEqual({ clusters: ['ST'], pathways: ['ST-SM'] });
  });

  it('finds nothing for an empty query', () => {
    expect(searchFramework('   ')).toEqual({ clusters: [], pathways: [] });
  });
});
