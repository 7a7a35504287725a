import { checkMigrationOrder, type Migration } from '../migration';
import { studentsMigration } from './0001-students';
import { frameworkMigration } from './0002-framework';
import { rosterImportsMigration } from './0003-roster-imports';
import { plansMigration } from './0004-plans';
import { printSnapshotsMigration } from './0005-print-snapshots';
import { sampleSchoolMigration } from './0006-sample-school';
import { courseRetiredMigration } from './0007-course-retired';
import { courseHistoryMigration } from './0008-course-history';
import { conferencesMigration } from './0009-conferences';
import { schoolYearStartMigration } from './0010-school-year-start';
import { courseAlternatesMigration } from './0011-course-alternates';
import { rosterListingMigration } from './0012-roster-listing';
import { counselorAccountsMigration } from './0013-counselor-accounts';
import { auditAndRevisionMigration } from './0014-audit-and-revision';
import { rowSecurityMigration } from './0015-row-security';
import { schoolSettingsMigration } from './0016-school-settings';
import { studentHandEntryMigration } from './0017-student-hand-entry';
import { printoutLanguageMigration } from './0018-printout-language';
import { snapshotHashKindMigration } from './0019-snapshot-hash-kind';
import { planFrameworkEditionMigration } from './0020-plan-framework-edition';
import { counselorSessionsMigration } from './0021-counselor-sessions';
import { frameworkYearMigration } from './0022-framework-year';
import { standingStampsMigration } from './0023-standing-stamps';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [
  studentsMigration,
  frameworkMigration,
  rosterImportsMigration,
  plansMigration,
  printSnapshotsMigration,
  sampleSchoolMigration,
  courseRetiredMigration,
  courseHistoryMigration,
  conferencesMigration,
  schoolYearStartMigration,
  courseAlternatesMigration,
  rosterListingMigration,
  counselorAccountsMigration,
  auditAndRevisionMigration,
  rowSecurityMigration,
  schoolSettingsMigration,
  studentHandEntryMigration,
  printoutLanguageMigration,
  snapshotHashKindMigration,
  planFrameworkEditionMigration,
  counselorSessionsMigration,
  frameworkYearMigration,
  standingStampsMigration,
];
checkMigrationOrder(migrations);

export const LATEST_SCHEMA_VERSION = migrations.length;
