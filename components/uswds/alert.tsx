import type { ReactNode, Ref } from "react";

/**
 * The USWDS alert: an optional heading (h2), then its text, a list (an error summary's problems) and a
 * smaller note. `role` is the caller's: "status" for news that should be read out politely, "alert"
 * for a problem, none for a standing notice.
 */
export function Alert({
  type,
  heading,
  children,
  list,
  note,
  slim = false,
  role,
  id,
  ref,
  tabIndex,
}: {
  type: "success" | "warning" | "error" | "info";
  heading?: ReactNode;
  children?: ReactNode;
  list?: string[];
  note?: ReactNode;
  slim?: boolean;
  role?: "status" | "alert";
  id?: string;
  /** With tabIndex -1, a problem can be focused so it is read out and seen. */
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}) {
  return (
    <div className={`usa-alert usa-alert--${type}${slim ? " usa-alert--slim" : ""}`} role={role} id={id} ref={ref} tabIndex={tabIndex}>
      <div className="usa-alert__body">
        {heading && <h2 className="usa-alert__heading">{heading}</h2>}
        {children && <p className="usa-alert__text">{children}</p>}
        {list && list.length > 0 && (
          <ul className="usa-alert__text">
            {list.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
        {note && <p className="usa-alert__text font-body-2xs">{note}</p>}
      </div>
    </div>
  );
}
