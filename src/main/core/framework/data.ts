/**
 * The National Career Clusters Framework as the application ships it: 16 career clusters and
 * their 79 career pathways, names in Advance CTE's spelling, every other spelling the source
 * documents use kept as an alias (so searches and imports find them).
 *
 * The codes are stable forever: plans and the store refer to them. Never change or reuse a
 * code; a renamed pathway keeps its code (its old name becomes an alias), and any change to
 * this data also needs a new store migration, since 0002 inserted the data as it stood then
 * (its frozen copy is store/migrations/0002-framework-rows.ts).
 */
import type { Framework } from '../../../shared/domain/framework';

export const framework: Framework = {
  about: {
    careerClusters:
      'Career Clusters are broad occupational groupings based on a set of common knowledge and skills required for a broad group of careers. Wisconsin has adopted the National 16 Career Clusters that also serve as a tool for organizing curriculum and instruction. Career clusters provide opportunities for all students regardless of their career goals and interests. They are a tool for a seamless educational system that blends rigorous academic/technical preparation, provides career development, offers options for students to experience all aspects of a business or industry, and facilitates/assists students and educators with ongoing transitions.',
    careerPathways:
      'Career Pathways are a sub-grouping of careers used as an organizing tool for curriculum design and instruction. Similar to career clusters, career pathways are grouped based on their requirements for a set of core and similar knowledge and skills for career success. Each pathway highlights a specific part of each cluster. An easy example of this can be seen in the Agriculture, Food and Natural Resources cluster. Seven different pathways, from Animal to Plant Systems highlight the variety of interests that each cluster holds for students.',
    programsOfStudy:
      'A Program of Study is a specific career pathway, defined by a local school/district partnership, which is a sequence of instruction based on recommended standards and knowledge and skills, consisting of coursework, co-curricular activities, worksite learning, service learning and other learning experiences including Career and Technical Student Organizations (CTSO). The sequence of instruction provides preparation for a career.',
    source:
      'Descriptions: Wisconsin DPI, Career Clusters Overview (dpi.wi.gov/cte/pdf/posguide.pdf, pages 5–6). Cluster and pathway names: Advance CTE, Career Clusters FAQs (Advance CTE Career Clusters and Career Pathways).',
  },
  clusters: [
    {
      code: 'AG',
      name: 'Agriculture, Food & Natural Resources',
      aliases: ['Agriculture, Food and Natural Resources'],
      pathways: [
        { code: 'AG-ABS', clusterCode: 'AG', name: 'Agribusiness Systems', aliases: [] },
        { code: 'AG-ANS', clusterCode: 'AG', name: 'Animal Systems', aliases: [] },
        { code: 'AG-ESS', clusterCode: 'AG', name: 'Environmental Service Systems', aliases: [] },
        {
          code: 'AG-FPP',
          clusterCode: 'AG',
          name: 'Food Products & Processing Systems',
          aliases: ['Food Products and Processing Systems'],
        },
        { code: 'AG-NRS', clusterCode: 'AG', name: 'Natural Resources Systems', aliases: [] },
        { code: 'AG-PLS', clusterCode: 'AG', name: 'Plant Systems', aliases: [] },
        {
          code: 'AG-PST',
          clusterCode: 'AG',
          name: 'Power, Structural & Technical Systems',
          aliases: ['Power, Structural and Technical Systems'],
        },
      ],
    },
    {
      code: 'AC',
      name: 'Architecture & Construction',
      aliases: ['Architecture and Construction'],
      pathways: [
        { code: 'AC-CON', clusterCode: 'AC', name: 'Construction', aliases: [] },
        { code: 'AC-DPC', clusterCode: 'AC', name: 'Design/Pre-Construction', aliases: [] },
        { code: 'AC-MO', clusterCode: 'AC', name: 'Maintenance/Operations', aliases: [] },
      ],
    },
    {
      code: 'AR',
      name: 'Arts, A/V Technology & Communications',
      aliases: ['Arts, Audio/Video Technology and Communications'],
      pathways: [
        {
          code: 'AR-AVF',
          clusterCode: 'AR',
          name: 'A/V Technology & Film',
          aliases: ['Audio and Video Technology and Film'],
        },
        {
          code: 'AR-JB',
          clusterCode: 'AR',
          name: 'Journalism & Broadcasting',
          aliases: ['Journalism and Broadcasting'],
        },
        { code: 'AR-PA', clusterCode: 'AR', name: 'Performing Arts', aliases: [] },
        { code: 'AR-PT', clusterCode: 'AR', name: 'Printing Technology', aliases: [] },
        { code: 'AR-TEL', clusterCode: 'AR', name: 'Telecommunications', aliases: [] },
        { code: 'AR-VA', clusterCode: 'AR', name: 'Visual Arts', aliases: [] },
      ],
    },
    {
      code: 'BM',
      name: 'Business Management & Administration',
      aliases: ['Business Management and Administration', 'Business, Management and Administration'],
      pathways: [
        { code: 'BM-AS', clusterCode: 'BM', name: 'Administrative Support', aliases: [] },
        { code: 'BM-BIM', clusterCode: 'BM', name: 'Business Information Management', aliases: [] },
        { code: 'BM-GM', clusterCode: 'BM', name: 'General Management', aliases: [] },
        { code: 'BM-HRM', clusterCode: 'BM', name: 'Human Resources Management', aliases: [] },
        { code: 'BM-OM', clusterCode: 'BM', name: 'Operations Management', aliases: [] },
      ],
    },
    {
      code: 'ED',
      name: 'Education & Training',
      aliases: ['Education and Training'],
      pathways: [
        {
          code: 'ED-AAS',
          clusterCode: 'ED',
          name: 'Administration & Administrative Support',
          aliases: ['Administration and Administrative Support'],
        },
        { code: 'ED-PSS', clusterCode: 'ED', name: 'Professional Support Services', aliases: [] },
        { code: 'ED-TT', clusterCode: 'ED', name: 'Teaching/Training', aliases: [] },
      ],
    },
    {
      code: 'FN',
      name: 'Finance',
      aliases: [],
      pathways: [
        { code: 'FN-ACC', clusterCode: 'FN', name: 'Accounting', aliases: [] },
        { code: 'FN-BS', clusterCode: 'FN', name: 'Banking Services', aliases: [] },
        { code: 'FN-BF', clusterCode: 'FN', name: 'Business Finance', aliases: [] },
        { code: 'FN-INS', clusterCode: 'FN', name: 'Insurance', aliases: [] },
        {
          code: 'FN-SI',
          clusterCode: 'FN',
          name: 'Securities & Investments',
          aliases: ['Securities and Investments'],
        },
      ],
    },
    {
      code: 'GV',
      name: 'Government & Public Administration',
      aliases: ['Government and Public Administration'],
      pathways: [
        { code: 'GV-FS', clusterCode: 'GV', name: 'Foreign Service', aliases: [] },
        { code: 'GV-GOV', clusterCode: 'GV', name: 'Governance', aliases: [] },
        { code: 'GV-NS', clusterCode: 'GV', name: 'National Security', aliases: [] },
        { code: 'GV-PLN', clusterCode: 'GV', name: 'Planning', aliases: [] },
        {
          code: 'GV-PMA',
          clusterCode: 'GV',
          name: 'Public Management & Administration',
          aliases: ['Public Management and Administration'],
        },
        { code: 'GV-REG', clusterCode: 'GV', name: 'Regulation', aliases: [] },
        { code: 'GV-RT', clusterCode: 'GV', name: 'Revenue & Taxation', aliases: ['Revenue and Taxation'] },
      ],
    },
    {
      code: 'HS',
      name: 'Health Science',
      aliases: ['Health Sciences'],
      pathways: [
        {
          code: 'HS-BRD',
          clusterCode: 'HS',
          name: 'Biotechnology Research & Development',
          aliases: ['Biotechnology Research and Development'],
        },
        { code: 'HS-DS', clusterCode: 'HS', name: 'Diagnostic Services', aliases: [] },
        { code: 'HS-HI', clusterCode: 'HS', name: 'Health Informatics', aliases: [] },
        { code: 'HS-SS', clusterCode: 'HS', name: 'Support Services', aliases: [] },
        { code: 'HS-TS', clusterCode: 'HS', name: 'Therapeutic Services', aliases: [] },
      ],
    },
    {
      code: 'HT',
      name: 'Hospitality & Tourism',
      aliases: ['Hospitality and Tourism'],
      pathways: [
        { code: 'HT-LOD', clusterCode: 'HT', name: 'Lodging', aliases: [] },
        {
          code: 'HT-RAA',
          clusterCode: 'HT',
          name: 'Recreation, Amusements & Attractions',
          aliases: ['Recreation, Amusements and Attractions'],
        },
        {
          code: 'HT-RFB',
          clusterCode: 'HT',
          name: 'Restaurants & Food/Beverage Services',
          aliases: ['Restaurants and Food/Beverage Services'],
        },
        { code: 'HT-TT', clusterCode: 'HT', name: 'Travel & Tourism', aliases: ['Travel and Tourism'] },
      ],
    },
    {
      code: 'HU',
      name: 'Human Services',
      aliases: [],
      pathways: [
        { code: 'HU-CS', clusterCode: 'HU', name: 'Consumer Services', aliases: [] },
        {
          code: 'HU-CMH',
          clusterCode: 'HU',
          name: 'Counseling & Mental Health Services',
          aliases: ['Counseling and Mental Health Services'],
        },
        {
          code: 'HU-ECD',
          clusterCode: 'HU',
          name: 'Early Childhood Development & Services',
          aliases: ['Early Childhood Development and Services'],
        },
        {
          code: 'HU-FCS',
          clusterCode: 'HU',
          name: 'Family & Community Services',
          aliases: ['Family and Community Services'],
        },
        { code: 'HU-PCS', clusterCode: 'HU', name: 'Personal Care Services', aliases: [] },
      ],
    },
    {
      code: 'IT',
      name: 'Information Technology',
      aliases: [],
      pathways: [
        {
          code: 'IT-ISS',
          clusterCode: 'IT',
          name: 'Information Support & Services',
          aliases: ['Information Support and Services'],
        },
        { code: 'IT-NS', clusterCode: 'IT', name: 'Network Systems', aliases: [] },
        {
          code: 'IT-PSD',
          clusterCode: 'IT',
          name: 'Programming & Software Development',
          aliases: ['Programming and Software Development'],
        },
        {
          code: 'IT-WDC',
          clusterCode: 'IT',
          name: 'Web & Digital Communications',
          aliases: ['Web and Digital Communications'],
        },
      ],
    },
    {
      code: 'LW',
      name: 'Law, Public Safety, Corrections & Security',
      aliases: ['Law, Public Safety, Corrections and Security'],
      pathways: [
        { code: 'LW-CS', clusterCode: 'LW', name: 'Correction Services', aliases: [] },
        {
          code: 'LW-EFM',
          clusterCode: 'LW',
          name: 'Emergency & Fire Management Services',
          aliases: ['Emergency and Fire Management Services'],
        },
        { code: 'LW-LES', clusterCode: 'LW', name: 'Law Enforcement Services', aliases: [] },
        { code: 'LW-LS', clusterCode: 'LW', name: 'Legal Services', aliases: [] },
        {
          code: 'LW-SPS',
          clusterCode: 'LW',
          name: 'Security & Protective Services',
          aliases: ['Security and Protective Services'],
        },
      ],
    },
    {
      code: 'MN',
      name: 'Manufacturing',
      aliases: [],
      pathways: [
        {
          code: 'MN-HSE',
          clusterCode: 'MN',
          name: 'Health, Safety & Environmental Assurance',
          aliases: ['Health, Safety and Environmental Assurance'],
        },
        {
          code: 'MN-LIC',
          clusterCode: 'MN',
          name: 'Logistics & Inventory Control',
          aliases: ['Logistics and Inventory Control'],
        },
        {
          code: 'MN-MIR',
          clusterCode: 'MN',
          name: 'Maintenance, Installation & Repair',
          aliases: ['Maintenance, Installation and Repair', 'Maintenance Installation and Repair'],
        },
        {
          code: 'MN-MPP',
          clusterCode: 'MN',
          name: 'Manufacturing Production Process Development',
          aliases: ['Manufacturing Production Process Dev.'],
        },
        { code: 'MN-PRD', clusterCode: 'MN', name: 'Production', aliases: [] },
        { code: 'MN-QA', clusterCode: 'MN', name: 'Quality Assurance', aliases: [] },
      ],
    },
    {
      code: 'MK',
      name: 'Marketing',
      aliases: ['Marketing, Sales and Service'],
      pathways: [
        { code: 'MK-MC', clusterCode: 'MK', name: 'Marketing Communications', aliases: [] },
        { code: 'MK-MM', clusterCode: 'MK', name: 'Marketing Management', aliases: [] },
        { code: 'MK-MR', clusterCode: 'MK', name: 'Marketing Research', aliases: [] },
        { code: 'MK-MER', clusterCode: 'MK', name: 'Merchandising', aliases: [] },
        { code: 'MK-PS', clusterCode: 'MK', name: 'Professional Sales', aliases: [] },
      ],
    },
    {
      code: 'ST',
      name: 'Science, Technology, Engineering & Mathematics',
      aliases: [
        'Science, Technology, Engineering and Mathematics',
        'Science Technology, Engineering and Mathematics',
      ],
      pathways: [
        {
          code: 'ST-ET',
          clusterCode: 'ST',
          name: 'Engineering & Technology',
          aliases: ['Engineering and Technology'],
        },
        {
          code: 'ST-SM',
          clusterCode: 'ST',
          name: 'Science & Mathematics',
          aliases: ['Science and Math', 'Science & Math'],
        },
      ],
    },
    {
      code: 'TR',
      name: 'Transportation, Distribution & Logistics',
      aliases: ['Transportation, Distribution and Logistics'],
      pathways: [
        {
          code: 'TR-FME',
          clusterCode: 'TR',
          name: 'Facility & Mobile Equipment Maintenance',
          aliases: ['Facility and Mobile Equipment Maintenance'],
        },
        {
          code: 'TR-HSE',
          clusterCode: 'TR',
          name: 'Health, Safety & Environmental Management',
          aliases: ['Health, Safety and Environmental Management'],
        },
        {
          code: 'TR-LPM',
          clusterCode: 'TR',
          name: 'Logistics Planning & Management Services',
          aliases: ['Logistics Planning and Management Services'],
        },
        { code: 'TR-SS', clusterCode: 'TR', name: 'Sales & Service', aliases: ['Sales and Service'] },
        { code: 'TR-TO', clusterCode: 'TR', name: 'Transportation Operations', aliases: [] },
        {
          code: 'TR-TSI',
          clusterCode: 'TR',
          name: 'Transportation Systems/Infrastructure Planning, Management & Regulation',
          aliases: ['Transportation Systems/Infrastructure Planning, Management, and Regulation'],
        },
        {
          code: 'TR-WDC',
          clusterCode: 'TR',
          name: 'Warehousing & Distribution Center Operations',
          aliases: ['Warehousing and Distribution Center Operations'],
        },
      ],
    },
  ],
};
