import type { Report } from '../../../shared/domain/report';
import { CounselorError } from '../../../shared/errors';

export async function reportPdf(report: Report): Promise<Buffer> {
  throw new CounselorError('conflict', `The ${report.title} report cannot be printed yet; export it as .xlsx or .csv.`);
}
