import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page: its title as the h1 and the document title. When the counselor moves between pages the
 * heading takes focus, so a screen reader announces where they are and Tab continues from there.
 */
export function Page({ title, focusOnShow, children }: { title: string; focusOnShow: boolean; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Counselor Workstation`;
    if (focusOnShow) heading.current?.focus();
  }, [title, focusOnShow]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
