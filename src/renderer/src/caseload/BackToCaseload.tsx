import { caseloadHref } from './viewMemory';

/** Back to the caseload as the counselor left it: the same search, filters, sort and scroll. */
export function BackToCaseload() {
  return (
    <a className="back-link" href={caseloadHref()}>
      <span aria-hidden="true">← </span>Back to caseload
    </a>
  );
}
