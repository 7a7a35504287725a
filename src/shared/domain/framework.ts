import { z } from 'zod';

/** Stable codes: plans refer to these, so they never change once shipped. */
export const ClusterCode = z.string().regex(/^[A-Z]{2}$/, 'a two-letter career cluster code');
export const PathwayCode = z.string().regex(/^[A-Z]{2}-[A-Z]{2,4}$/, 'a career pathway code like MN-MIR');

export const CareerPathway = z.object({
  code: PathwayCode,
  clusterCode: ClusterCode,
  name: z.string(),
  /** Other spellings the source documents use, so searches and imports find the pathway. */
  aliases: z.array(z.string()),
});
export type CareerPathway = z.infer<typeof CareerPathway>;

export const CareerCluster = z.object({
  code: ClusterCode,
  name: z.string(),
  aliases: z.array(z.string()),
  pathways: z.array(CareerPathway),
});
export type CareerCluster = z.infer<typeof CareerCluster>;

/** The seeds' own words on what clusters, pathways and programs of study are for. */
export const FrameworkAbout = z.object({
  careerClusters: z.string(),
  careerPathways: z.string(),
  programsOfStudy: z.string(),
  source: z.string(),
});

export const Framework = z.object({
  clusters: z.array(CareerCluster),
  about: FrameworkAbout,
});
export type Framework = z.infer<typeof Framework>;
