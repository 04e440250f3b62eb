import type { ReactNode } from "react";

/** A column heading: its text, or its content and a class (numbers align right). */
export type Column = string | { label: ReactNode; className?: string };

/**
 * The USWDS table as every page draws it: borderless, full width unless `fit`, a caption that names it
 * (hidden when a heading above already says it), column headings with their scope, body rows as
 * children. `scrollable` names the region that scrolls a wide table sideways on a narrow screen,
 * so it can be reached and scrolled by keyboard.
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
  children: ReactNode;
}) {
  const className = ["usa-table usa-table--borderless", compact && "usa-table--compact", !fit && "width-full"].filter(Boolean).join(" ");
  const table = (
    <table className={className}>
      <caption className={captionHidden ? "usa-sr-only" : undefined}>{caption}</caption>
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
  if (!scrollable) return table;
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={scrollable}>
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
