import { useId, type ReactNode } from "react";

/** A column heading: its text, or its content and a class (numbers align right). */
export type Column = string | { label: ReactNode; className?: string };

/**
 * The USWDS table as every page draws it: borderless, full width unless `fit`, a caption that names it
 * (hidden when a heading above already says it), column headings with their scope, body rows as
 * children.
 *
 * Every table sits in its own region that scrolls it sideways when it is wider than the screen, so the
 * page itself never does (WCAG 1.4.10 Reflow: at 320 CSS px nearly every table of three or more
 * columns is wider than the screen, and the server cannot know the reader's width). The region can be
 * reached and scrolled by keyboard (tabindex 0) and is named by the caption, or by `scrollable` when
 * a shorter name says it better.
 */
export function Table({
  caption,
  captionHidden = false,
  columns,
  head,
  foot,
  compact = false,
  fit = false,
  scrollable,
  className,
  children,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  /** The column headings; a false, null or undefined entry leaves its column out (a column shown only sometimes). */
  columns?: (Column | false | null | undefined)[];
  /** Or the heading row's own cells, when they do more than name the column (sorting). */
  head?: ReactNode;
  foot?: ReactNode;
  compact?: boolean;
  fit?: boolean;
  scrollable?: string;
  /** More classes on the table (a feature's own layout, e.g. the heatmap's sticky row headers). */
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  const tableClass = ["usa-table usa-table--borderless", compact && "usa-table--compact", !fit && "width-full", className].filter(Boolean).join(" ");
  const table = (
    <table className={tableClass}>
      <caption id={captionId} className={captionHidden ? "usa-sr-only" : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {head ??
            columns?.map((c, i) =>
              c === false || c == null ? null : (
                <th key={i} scope="col" className={typeof c === "string" ? undefined : c.className}>
                  {typeof c === "string" ? c : c.label}
                </th>
              ),
            )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" {...(scrollable ? { "aria-label": scrollable } : { "aria-labelledby": captionId })}>
      {table}
    </div>
  );
}

/** The cell that names its row. */
export function RowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={className}>
      {children}
    </th>
  );
}

/** A row named by its first cell, the rest plain cells; `cellClassName` goes on each of them (numbers align right). */
export function Row({ header, headerClassName, cells, cellClassName }: { header: ReactNode; headerClassName?: string; cells: ReactNode[]; cellClassName?: string }) {
  return (
    <tr>
      <RowHeader className={headerClassName}>{header}</RowHeader>
      {cells.map((c, i) => (
        <td key={i} className={cellClassName}>
          {c}
        </td>
      ))}
    </tr>
  );
}
