/**
 * The career clusters and pathways exactly as migration 2 shipped them (16 clusters, 79 pathways),
 * in order: a frozen copy, so an edit to the live framework data (core/framework/data.ts) can never
 * change what this migration writes into a new store. Never edit it; a change to the framework is
 * a new migration.
 */
export interface FrozenCluster {
  code: string;
  name: string;
  aliases: readonly string[];
  pathways: readonly { code: string; name: string; aliases: readonly string[] }[];
}

export const FRAMEWORK_AS_SHIPPED: readonly FrozenCluster[] = [
  {
    code: 'AG',
    name: 'Agriculture, Food & Natural Resources',
    aliases: ['Agriculture, Food and Natural Resources'],
    pathways: [
      { code: 'AG-ABS', name: 'Agribusiness Systems', aliases: [] },
      { code: 'AG-ANS', name: 'Animal Systems', aliases: [] },
      { code: 'AG-ESS', name: 'Environmental Service Systems', aliases: [] },
      { code: 'AG-FPP', name: 'Food Products & Processing Systems', aliases: ['Food Products and Processing Systems'] },
      { code: 'AG-NRS', name: 'Natural Resources Systems', aliases: [] },
      { code: 'AG-PLS', name: 'Plant Systems', aliases: [] },
      { code: 'AG-PST', name: 'Power, Structural & Technical Systems', aliases: ['Power, Structural and Technical Systems'] },
    ],
  },
  {
    code: 'AC',
    name: 'Architecture & Construction',
    aliases: ['Architecture and Construction'],
    pathways: [
      { code: 'AC-CON', name: 'Construction', aliases: [] },
      { code: 'AC-DPC', name: 'Design/Pre-Construction', aliases: [] },
      { code: 'AC-MO', name: 'Maintenance/Operations', aliases: [] },
    ],
  },
  {
    code: 'AR',
    name: 'Arts, A/V Technology & Communications',
    aliases: ['Arts, Audio/Video Technology and Communications'],
    pathways: [
      { code: 'AR-AVF', name: 'A/V Technology & Film', aliases: ['Audio and Video Technology and Film'] },
      { code: 'AR-JB', name: 'Journalism & Broadcasting', aliases: ['Journalism and Broadcasting'] },
      { code: 'AR-PA', name: 'Performing Arts', aliases: [] },
      { code: 'AR-PT', name: 'Printing Technology', aliases: [] },
      { code: 'AR-TEL', name: 'Telecommunications', aliases: [] },
      { code: 'AR-VA', name: 'Visual Arts', aliases: [] },
    ],
  },
  {
    code: 'BM',
    name: 'Business Management & Administration',
    aliases: ['Business Management and Administration', 'Business, Management and Administration'],
    pathways: [
      { code: 'BM-AS', name: 'Administrative Support', aliases: [] },
      { code: 'BM-BIM', name: 'Business Information Management', aliases: [] },
      { code: 'BM-GM', name: 'General Management', aliases: [] },
      { code: 'BM-HRM', name: 'Human Resources Management', aliases: [] },
      { code: 'BM-OM', name: 'Operations Management', aliases: [] },
    ],
  },
  {
    code: 'ED',
    name: 'Education & Training',
    aliases: ['Education and Training'],
    pathways: [
      { code: 'ED-AAS', name: 'Administration & Administrative Support', aliases: ['Administration and Administrative Support'] },
      { code: 'ED-PSS', name: 'Professional Support Services', aliases: [] },
      { code: 'ED-TT', name: 'Teaching/Training', aliases: [] },
    ],
  },
  {
    code: 'FN',
    name: 'Finance',
    aliases: [],
    pathways: [
      { code: 'FN-ACC', name: 'Accounting', aliases: [] },
      { code: 'FN-BS', name: 'Banking Services', aliases: [] },
      { code: 'FN-BF', name: 'Business Finance', aliases: [] },
      { code: 'FN-INS', name: 'Insurance', aliases: [] },
      { code: 'FN-SI', name: 'Securities & Investments', aliases: ['Securities and Investments'] },
    ],
  },
  {
    code: 'GV',
    name: 'Government & Public Administration',
    aliases: ['Government and Public Administration'],
    pathways: [
      { code: 'GV-FS', name: 'Foreign Service', aliases: [] },
      { code: 'GV-GOV', name: 'Governance', aliases: [] },
      { code: 'GV-NS', name: 'National Security', aliases: [] },
      { code: 'GV-PLN', name: 'Planning', aliases: [] },
      { code: 'GV-PMA', name: 'Public Management & Administration', aliases: ['Public Management and Administration'] },
      { code: 'GV-REG', name: 'Regulation', aliases: [] },
      { code: 'GV-RT', name: 'Revenue & Taxation', aliases: ['Revenue and Taxation'] },
    ],
  },
  {
    code: 'HS',
    name: 'Health Science',
    aliases: ['Health Sciences'],
    pathways: [
      { code: 'HS-BRD', name: 'Biotechnology Research & Development', aliases: ['Biotechnology Research and Development'] },
      { code: 'HS-DS', name: 'Diagnostic Services', aliases: [] },
      { code: 'HS-HI', name: 'Health Informatics', aliases: [] },
      { code: 'HS-SS', name: 'Support Services', aliases: [] },
      { code: 'HS-TS', name: 'Therapeutic Services', aliases: [] },
    ],
  },
  {
    code: 'HT',
    name: 'Hospitality & Tourism',
    aliases: ['Hospitality and Tourism'],
    pathways: [
      { code: 'HT-LOD', name: 'Lodging', aliases: [] },
      { code: 'HT-RAA', name: 'Recreation, Amusements & Attractions', aliases: ['Recreation, Amusements and Attractions'] },
      { code: 'HT-RFB', name: 'Restaurants & Food/Beverage Services', aliases: ['Restaurants and Food/Beverage Services'] },
      { code: 'HT-TT', name: 'Travel & Tourism', aliases: ['Travel and Tourism'] },
    ],
  },
  {
    code: 'HU',
    name: 'Human Services',
    aliases: [],
    pathways: [
      { code: 'HU-CS', name: 'Consumer Services', aliases: [] },
      { code: 'HU-CMH', name: 'Counseling & Mental Health Services', aliases: ['Counseling and Mental Health Services'] },
      { code: 'HU-ECD', name: 'Early Childhood Development & Services', aliases: ['Early Childhood Development and Services'] },
      { code: 'HU-FCS', name: 'Family & Community Services', aliases: ['Family and Community Services'] },
      { code: 'HU-PCS', name: 'Personal Care Services', aliases: [] },
    ],
  },
  {
    code: 'IT',
    name: 'Information Technology',
    aliases: [],
    pathways: [
      { code: 'IT-ISS', name: 'Information Support & Services', aliases: ['Information Support and Services'] },
      { code: 'IT-NS', name: 'Network Systems', aliases: [] },
      { code: 'IT-PSD', name: 'Programming & Software Development', aliases: ['Programming and Software Development'] },
      { code: 'IT-WDC', name: 'Web & Digital Communications', aliases: ['Web and Digital Communications'] },
    ],
  },
  {
    code: 'LW',
    name: 'Law, Public Safety, Corrections & Security',
    aliases: ['Law, Public Safety, Corrections and Security'],
    pathways: [
      { code: 'LW-CS', name: 'Correction Services', aliases: [] },
      { code: 'LW-EFM', name: 'Emergency & Fire Management Services', aliases: ['Emergency and Fire Management Services'] },
      { code: 'LW-LES', name: 'Law Enforcement Services', aliases: [] },
      { code: 'LW-LS', name: 'Legal Services', aliases: [] },
      { code: 'LW-SPS', name: 'Security & Protective Services', aliases: ['Security and Protective Services'] },
    ],
  },
  {
    code: 'MN',
    name: 'Manufacturing',
    aliases: [],
    pathways: [
      { code: 'MN-HSE', name: 'Health, Safety & Environmental Assurance', aliases: ['Health, Safety and Environmental Assurance'] },
      { code: 'MN-LIC', name: 'Logistics & Inventory Control', aliases: ['Logistics and Inventory Control'] },
      { code: 'MN-MIR', name: 'Maintenance, Installation & Repair', aliases: ['Maintenance, Installation and Repair', 'Maintenance Installation and Repair'] },
      { code: 'MN-MPP', name: 'Manufacturing Production Process Development', aliases: ['Manufacturing Production Process Dev.'] },
      { code: 'MN-PRD', name: 'Production', aliases: [] },
      { code: 'MN-QA', name: 'Quality Assurance', aliases: [] },
    ],
  },
  {
    code: 'MK',
    name: 'Marketing',
    aliases: ['Marketing, Sales and Service'],
    pathways: [
      { code: 'MK-MC', name: 'Marketing Communications', aliases: [] },
      { code: 'MK-MM', name: 'Marketing Management', aliases: [] },
      { code: 'MK-MR', name: 'Marketing Research', aliases: [] },
      { code: 'MK-MER', name: 'Merchandising', aliases: [] },
      { code: 'MK-PS', name: 'Professional Sales', aliases: [] },
    ],
  },
  {
    code: 'ST',
    name: 'Science, Technology, Engineering & Mathematics',
    aliases: ['Science, Technology, Engineering and Mathematics', 'Science Technology, Engineering and Mathematics'],
    pathways: [
      { code: 'ST-ET', name: 'Engineering & Technology', aliases: ['Engineering and Technology'] },
      { code: 'ST-SM', name: 'Science & Mathematics', aliases: ['Science and Math', 'Science & Math'] },
    ],
  },
  {
    code: 'TR',
    name: 'Transportation, Distribution & Logistics',
    aliases: ['Transportation, Distribution and Logistics'],
    pathways: [
      { code: 'TR-FME', name: 'Facility & Mobile Equipment Maintenance', aliases: ['Facility and Mobile Equipment Maintenance'] },
      { code: 'TR-HSE', name: 'Health, Safety & Environmental Management', aliases: ['Health, Safety and Environmental Management'] },
      { code: 'TR-LPM', name: 'Logistics Planning & Management Services', aliases: ['Logistics Planning and Management Services'] },
      { code: 'TR-SS', name: 'Sales & Service', aliases: ['Sales and Service'] },
      { code: 'TR-TO', name: 'Transportation Operations', aliases: [] },
      { code: 'TR-TSI', name: 'Transportation Systems/Infrastructure Planning, Management & Regulation', aliases: ['Transportation Systems/Infrastructure Planning, Management, and Regulation'] },
      { code: 'TR-WDC', name: 'Warehousing & Distribution Center Operations', aliases: ['Warehousing and Distribution Center Operations'] },
    ],
  },
];
