/**
 * Spanish names of the 16 career clusters and 79 career pathways the application ships
 * (framework/data.ts), by code, for the family's Spanish copy of the plan (issue 14). Advance CTE
 * publishes the framework in English only and no state's Spanish version was at hand when this
 * table was written, so every name is marked `own`: the project's translation, to be reviewed by
 * a school's Spanish-speaking staff. A published name replaces one by changing its `source`.
 * A code missing here prints in English (tests/unit/pdf/framework-es.test.ts sees none is missing).
 */
export interface SpanishName {
  es: string;
  source: 'own' | 'published';
}

/** A name this project translated itself, to be reviewed. */
export const own = (es: string): SpanishName => ({ es, source: 'own' });

export const FRAMEWORK_ES: Readonly<Record<string, SpanishName>> = {
  AG: own('Agricultura, Alimentos y Recursos Naturales'),
  'AG-ABS': own('Sistemas de Agronegocios'),
  'AG-ANS': own('Sistemas Animales'),
  'AG-ESS': own('Sistemas de Servicios Ambientales'),
  'AG-FPP': own('Sistemas de Productos y Procesamiento de Alimentos'),
  'AG-NRS': own('Sistemas de Recursos Naturales'),
  'AG-PLS': own('Sistemas Vegetales'),
  'AG-PST': own('Sistemas de Potencia, Estructurales y Técnicos'),
  AC: own('Arquitectura y Construcción'),
  'AC-CON': own('Construcción'),
  'AC-DPC': own('Diseño y Preconstrucción'),
  'AC-MO': own('Mantenimiento y Operaciones'),
  AR: own('Artes, Tecnología Audiovisual y Comunicaciones'),
  'AR-AVF': own('Tecnología Audiovisual y Cine'),
  'AR-JB': own('Periodismo y Radiodifusión'),
  'AR-PA': own('Artes Escénicas'),
  'AR-PT': own('Tecnología de Impresión'),
  'AR-TEL': own('Telecomunicaciones'),
  'AR-VA': own('Artes Visuales'),
  BM: own('Gestión y Administración de Empresas'),
  'BM-AS': own('Apoyo Administrativo'),
  'BM-BIM': own('Gestión de la Información Empresarial'),
  'BM-GM': own('Gestión General'),
  'BM-HRM': own('Gestión de Recursos Humanos'),
  'BM-OM': own('Gestión de Operaciones'),
  ED: own('Educación y Capacitación'),
  'ED-AAS': own('Administración y Apoyo Administrativo'),
  'ED-PSS': own('Servicios de Apoyo Profesional'),
  'ED-TT': own('Enseñanza y Capacitación'),
  FN: own('Finanzas'),
  'FN-ACC': own('Contabilidad'),
  'FN-BS': own('Servicios Bancarios'),
  'FN-BF': own('Finanzas Empresariales'),
  'FN-INS': own('Seguros'),
  'FN-SI': own('Valores e Inversiones'),
  GV: own('Gobierno y Administración Pública'),
  'GV-FS': own('Servicio Exterior'),
  'GV-GOV': own('Gobernanza'),
  'GV-NS': own('Seguridad Nacional'),
  'GV-PLN': own('Planificación'),
  'GV-PMA': own('Gestión y Administración Pública'),
  'GV-REG': own('Regulación'),
  'GV-RT': own('Ingresos e Impuestos'),
  HS: own('Ciencias de la Salud'),
  'HS-BRD': own('Investigación y Desarrollo en Biotecnología'),
  'HS-DS': own('Servicios de Diagnóstico'),
  'HS-HI': own('Informática de la Salud'),
  'HS-SS': own('Servicios de Apoyo'),
  'HS-TS': own('Servicios Terapéuticos'),
  HT: own('Hotelería y Turismo'),
  'HT-LOD': own('Alojamiento'),
  'HT-RAA': own('Recreación, Entretenimiento y Atracciones'),
  'HT-RFB': own('Restaurantes y Servicios de Alimentos y Bebidas'),
  'HT-TT': own('Viajes y Turismo'),
  HU: own('Servicios Humanos'),
  'HU-CS': own('Servicios al Consumidor'),
  'HU-CMH': own('Servicios de Consejería y Salud Mental'),
  'HU-ECD': own('Desarrollo y Servicios para la Primera Infancia'),
  'HU-FCS': own('Servicios Familiares y Comunitarios'),
  'HU-PCS': own('Servicios de Cuidado Personal'),
  IT: own('Tecnología de la Información'),
  'IT-ISS': own('Soporte y Servicios de Información'),
  'IT-NS': own('Sistemas de Redes'),
  'IT-PSD': own('Programación y Desarrollo de Software'),
  'IT-WDC': own('Web y Comunicaciones Digitales'),
  LW: own('Derecho, Seguridad Pública, Correccionales y Seguridad'),
  'LW-CS': own('Servicios Correccionales'),
  'LW-EFM': own('Servicios de Gestión de Emergencias e Incendios'),
  'LW-LES': own('Servicios de Aplicación de la Ley'),
  'LW-LS': own('Servicios Legales'),
  'LW-SPS': own('Servicios de Seguridad y Protección'),
  MN: own('Manufactura'),
  'MN-HSE': own('Garantía de Salud, Seguridad y Medio Ambiente'),
  'MN-LIC': own('Logística y Control de Inventario'),
  'MN-MIR': own('Mantenimiento, Instalación y Reparación'),
  'MN-MPP': own('Desarrollo de Procesos de Producción'),
  'MN-PRD': own('Producción'),
  'MN-QA': own('Control de Calidad'),
  MK: own('Mercadeo'),
  'MK-MC': own('Comunicaciones de Mercadeo'),
  'MK-MM': own('Gestión de Mercadeo'),
  'MK-MR': own('Investigación de Mercados'),
  'MK-MER': own('Comercialización'),
  'MK-PS': own('Ventas Profesionales'),
  ST: own('Ciencia, Tecnología, Ingeniería y Matemáticas'),
  'ST-ET': own('Ingeniería y Tecnología'),
  'ST-SM': own('Ciencias y Matemáticas'),
  TR: own('Transporte, Distribución y Logística'),
  'TR-FME': own('Mantenimiento de Instalaciones y Equipo Móvil'),
  'TR-HSE': own('Gestión de Salud, Seguridad y Medio Ambiente'),
  'TR-LPM': own('Servicios de Planificación y Gestión Logística'),
  'TR-SS': own('Ventas y Servicio'),
  'TR-TO': own('Operaciones de Transporte'),
  'TR-TSI': own('Planificación, Gestión y Regulación de Sistemas e Infraestructura de Transporte'),
  'TR-WDC': own('Operaciones de Almacenes y Centros de Distribución'),
};

/** A cluster's or pathway's name in Spanish; the English name when the code is not the shipped framework's (a school's own). */
export function frameworkNameEs(code: string, english: string): string {
  return FRAMEWORK_ES[code]?.es ?? english;
}
