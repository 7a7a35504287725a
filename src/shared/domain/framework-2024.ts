/**
 * The Modernized National Career Clusters Framework (Advance CTE, October 2024): 14 clusters in
 * six groupings, 72 sub-clusters; three clusters are also cross-cutting. Names exactly as
 * docs/reference/career-clusters-2024.md lists them (tests parse that file, so the two cannot
 * drift); other spellings official pages use are aliases.
 *
 * Codes are stable forever, like the 16-cluster codes: once something refers to one it never
 * changes or is reused. They are three letters (sub-clusters CLU-XXX) so a 2024 code can never
 * be taken for a two-letter 16-cluster code (both editions share AG and ED otherwise).
 * Shared (not core) so the renderer can show it later.
 */

export interface SubCluster2024 {
  code: string;
  clusterCode: string;
  name: string;
  aliases: readonly string[];
}

export interface Cluster2024 {
  code: string;
  name: string;
  grouping: string;
  /** Digital Technology, Management & Entrepreneurship, Marketing & Sales: skills every cluster draws on. */
  crossCutting: boolean;
  aliases: readonly string[];
  subClusters: readonly SubCluster2024[];
}

export interface Framework2024 {
  edition: '2024';
  source: string;
  clusters: readonly Cluster2024[];
}

type SubRow = readonly [code: string, name: string, aliases?: readonly string[]];
type ClusterRow = readonly [code: string, name: string, grouping: string, crossCutting: boolean, aliases: readonly string[], subs: readonly SubRow[]];

/** Each "&" name also written with "and", the variant searches and imports meet most. */
function withAnd(name: string, extra: readonly string[] = []): string[] {
  const variants = name.includes('&') ? [name.replace(/,? &/g, (m) => (m.startsWith(',') ? ', and' : ' and'))] : [];
  return [...new Set([...extra, ...variants])].filter((v) => v !== name);
}

const rows: readonly ClusterRow[] = [
  ['AMF', 'Advanced Manufacturing', 'Building & Moving', false, [], [
    ['ENG', 'Engineering'], ['IMA', 'Industrial Machinery'], ['PRA', 'Production & Automation'], ['ROB', 'Robotics'], ['SQA', 'Safety & Quality Assurance'],
  ]],
  ['CON', 'Construction', 'Building & Moving', false, [], [
    ['ACE', 'Architecture & Civil Engineering'], ['CPD', 'Construction Planning & Development'], ['EOM', 'Equipment Operation & Maintenance'], ['SKT', 'Skilled Trades'],
  ]],
  ['SCT', 'Supply Chain & Transportation', 'Building & Moving', false, [], [
    ['AST', 'Air & Space Transportation'], ['GRT', 'Ground & Rail Transportation'], ['MRP', 'Maintenance & Repair'], ['MAR', 'Marine Transportation'],
    ['PLL', 'Planning & Logistics'], ['PWH', 'Purchasing & Warehousing'],
  ]],
  ['AED', 'Arts, Entertainment & Design', 'Creating & Experiencing', false, [], [
    ['DDA', 'Design & Digital Arts'], ['FIN', 'Fashion & Interiors'], ['FAR', 'Fine Arts'], ['LST', 'Lighting & Sound Technology'],
    ['MPB', 'Media Production & Broadcasting'], ['PFA', 'Performing Arts'],
  ]],
  ['HET', 'Hospitality, Events & Tourism', 'Creating & Experiencing', false, ['Hospitality, Events, & Tourism'], [
    ['ACC', 'Accommodations'], ['CEV', 'Conferences & Events'], ['CFS', 'Culinary & Food Services'], ['TRL', 'Travel & Leisure'],
  ]],
  ['FSV', 'Financial Services', 'Investing in the Future', false, [], [
    ['ACT', 'Accounting'], ['BCR', 'Banking & Credit'], ['FSI', 'Financial Strategy & Investments'], ['INS', 'Insurance'], ['RES', 'Real Estate'],
  ]],
  ['EDU', 'Education', 'Caring for Communities', false, [], [
    ['ECD', 'Early Childhood Development'], ['EAL', 'Education Administration & Leadership'], ['LSC', 'Learner Support & Community Engagement'],
    ['TTF', 'Teaching, Training & Facilitation'],
  ]],
  ['HHS', 'Healthcare & Human Services', 'Caring for Communities', false, [], [
    ['BMH', 'Behavioral & Mental Health'], ['BRD', 'Biotechnology Research & Development'], ['CSS', 'Community & Social Services'],
    ['HDA', 'Health Data & Administration'], ['PCS', 'Personal Care Services'], ['PHH', 'Physical Health'],
  ]],
  ['PSS', 'Public Service & Safety', 'Caring for Communities', false, [], [
    ['EMR', 'Emergency Response'], ['JUD', 'Judicial Systems'], ['LSF', 'Local, State & Federal Services'], ['MNS', 'Military & National Security'], ['PSF', 'Public Safety'],
  ]],
  ['AGR', 'Agriculture', 'Cultivating Resources', false, [], [
    ['AGB', 'Agribusiness'], ['ATA', 'Agricultural Technology & Automation'], ['ANS', 'Animal Systems'], ['FSP', 'Food Science & Processing'],
    ['PLS', 'Plant Systems'], ['WAT', 'Water Systems'],
  ]],
  ['ENR', 'Energy & Natural Resources', 'Cultivating Resources', false, [], [
    ['CAE', 'Clean & Alternative Energy'], ['CLM', 'Conservation & Land Management'], ['ERD', 'Ecological Research & Development'],
    ['ENP', 'Environmental Protection'], ['REX', 'Resource Extraction'], ['UTL', 'Utilities'],
  ]],
  ['DGT', 'Digital Technology', 'Connecting & Supporting Success', true, [], [
    ['DSA', 'Data Science & AI', ['Data Science & Artificial Intelligence']], ['ITS', 'IT Support & Services'], ['NSC', 'Network Systems & Cybersecurity'],
    ['SWS', 'Software Solutions'], ['UVT', 'Unmanned Vehicle Technology'], ['WCL', 'Web & Cloud'],
  ]],
  ['MGE', 'Management & Entrepreneurship', 'Connecting & Supporting Success', true, [], [
    ['BIM', 'Business Information Management'], ['ESB', 'Entrepreneurship & Small Business'], ['LOP', 'Leadership & Operations'],
    ['PRM', 'Project Management'], ['REG', 'Regulation'],
  ]],
  ['MKS', 'Marketing & Sales', 'Connecting & Supporting Success', true, [], [
    ['MAD', 'Marketing & Advertising'], ['MRA', 'Market Research, Analytics & Ethics'], ['RCE', 'Retail & Customer Experience'], ['SSL', 'Strategic Sales'],
  ]],
];

export const framework2024: Framework2024 = {
  edition: '2024',
  source:
    'Advance CTE, The Modernized National Career Clusters Framework (October 2024); names as docs/reference/career-clusters-2024.md records them.',
  clusters: rows.map(([code, name, grouping, crossCutting, aliases, subs]) => ({
    code,
    name,
    grouping,
    crossCutting,
    aliases: withAnd(name, aliases),
    subClusters: subs.map(([sub, subName, subAliases]) => ({ code: `${code}-${sub}`, clusterCode: code, name: subName, aliases: withAnd(subName, subAliases) })),
  })),
};
