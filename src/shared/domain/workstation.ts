import { z } from 'zod';

/**
 * Where a workstation keeps its caseload (issue 16): its own store on this computer, or the
 * counseling department's server. The choice lives on this computer beside the store, not in it:
 * it decides which store the window opens.
 */

/** A certificate's SHA-256 fingerprint as the server prints it and browsers show it: "AB:CD:…" (32 bytes). */
export const Fingerprint256 = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'a SHA-256 fingerprint: 32 pairs of hexadecimal digits separated by colons');
export type Fingerprint256 = z.infer<typeof Fingerprint256>;

/** The department server this workstation opens, and the certificate it was told to trust. */
export const DepartmentLink = z
  .object({
    /** "https://host:port", nothing after it. */
    origin: z.string().url().startsWith('https://'),
    fingerprint256: Fingerprint256,
    connectedAt: z.string().datetime(),
  })
  .strict();
export type DepartmentLink = z.infer<typeof DepartmentLink>;

export const WorkstationView = z.object({
  /** The store on this computer (kept, and used again when the link is removed). */
  storePath: z.string(),
  department: DepartmentLink.nullable(),
});
export type WorkstationView = z.infer<typeof WorkstationView>;

/** What a counselor types: "counsel.lincoln.k12.wi.us:8443" or a whole https:// address. */
export const ServerAddress = z.object({ address: z.string().trim().min(1).max(300) }).strict();

/** A server that answered as a department server, and the certificate it presented. */
export const ProbedServer = z.object({ origin: z.string(), fingerprint256: Fingerprint256 });
export type ProbedServer = z.infer<typeof ProbedServer>;

/** Connect only to the certificate the counselor compared: a different one is refused. */
export const ConnectInput = z.object({ origin: z.string().min(1).max(300), fingerprint256: Fingerprint256 }).strict();
