"use client";

import { type ReactNode, useId, useState } from "react";

/**
 * A titled section that folds away (the disclosure pattern: a button inside the heading). The
 * content stays mounted while folded, so nothing typed in it is lost; `mustOpen` (e.g. errors
 * inside) keeps it open whatever the person chose.
 */
export function CollapsibleSection({
  title,
  status,
  isInitiallyOpen = false,
  mustOpen = false,
  className,
  children,
}: {
  title: string;
  /** A short summary shown beside the title, e.g. "2 chosen" or "optional". */
  status?: string;
  isInitiallyOpen?: boolean;
  mustOpen?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const isShown = isOpen || mustOpen;
  return (
    <section aria-labelledby={`${id}-heading`} className={`card collapsible ${className ?? ""}`}>
      <h2 id={`${id}-heading`} className="collapsible__heading">
        <button
          type="button"
          className="collapsible__toggle"
          aria-expanded={isShown}
          aria-controls={`${id}-content`}
          onClick={() => setIsOpen(!isShown)}
        >
          <span>{title}</span>
          {status ? <span className="collapsible__status">{status}</span> : null}
        </button>
      </h2>
      <div id={`${id}-content`} hidden={!isShown} className="collapsible__content">
        {children}
      </div>
    </section>
  );
}
