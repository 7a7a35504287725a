import { formatCount } from './values';

/** The counts of a preview or a report as a description list: each number with what it counts. */
export function CountList({ label, items }: { label: string; items: readonly { label: string; value: number }[] }) {
  return (
    <>
      <h3 className="visually-hidden">
        {label}
      </h3>
      <dl className="counts">
        {items.map((item) => (
          <div key={item.label} className={item.value > 0 ? 'counts__item' : 'counts__item counts__item--zero'}>
            <dt>{item.label}</dt>
            <dd>{formatCount(item.value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
