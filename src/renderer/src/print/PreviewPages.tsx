import type { PreviewLayout, PreviewOp } from '../../../shared/domain/print';

/** DejaVu Sans is the printout's font; the fallbacks only stand in for glyphs the screen lacks. */
const FAMILY = "'DejaVu Sans', Verdana, 'Noto Sans', 'Droid Sans Fallback', sans-serif";

function grayOf(level: number): string {
  const v = Math.round(level * 255);
  return `rgb(${v},${v},${v})`;
}

function Op({ op }: { op: PreviewOp }) {
  if (op.kind === 'rule') {
    return <line x1={op.x1} y1={op.y1} x2={op.x2} y2={op.y2} stroke={grayOf(op.gray)} strokeWidth={op.width} />;
  }
  if (op.kind === 'fill') return <rect x={op.x} y={op.y} width={op.w} height={op.h} fill={grayOf(op.gray)} />;
  let x = op.x;
  return (
    <>
      {op.runs.map((run, i) => {
        const at = x;
        x += run.width;
        // textLength holds each run to the width the printout gives it, whatever font the screen has.
        return (
          <text
            key={i}
            x={at}
            y={op.baseline}
            fontSize={op.size}
            fontWeight={op.bold ? 700 : 400}
            fill={grayOf(op.gray)}
            textLength={run.width > 0 ? run.width : undefined}
            lengthAdjust="spacingAndGlyphs"
            // Keep a run's leading and trailing spaces: its width includes them.
            style={{ whiteSpace: 'pre' }}
          >
            {run.text}
          </text>
        );
      })}
    </>
  );
}

/**
 * The plan's pages drawn from the same layout the PDF is made from: every line, cell and wrap
 * where the printout puts it. Pictures for sighted users; the page text is there for a screen
 * reader through the plan itself, so each page is one labelled image.
 */
export function PreviewPages({ layout }: { layout: PreviewLayout }) {
  const count = layout.pages.length;
  return (
    <div className="preview-pages">
      {layout.pages.map((page, i) => (
        <svg
          key={i}
          className="preview-page"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={`Page ${i + 1} of ${count} as it will print`}
          fontFamily={FAMILY}
        >
          <rect x={0} y={0} width={layout.width} height={layout.height} fill="#fff" />
          {page.ops.map((op, j) => (
            <Op key={j} op={op} />
          ))}
        </svg>
      ))}
    </div>
  );
}
