import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-form";
import { Tag } from "@/components/uswds/tag";
import { markReadAction } from "@/lib/actions/notifications";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/data-access/notifications";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const { items, unread } = await listNotifications(actor);
  return (
    <>
      <h1>Notifications</h1>
      <p className="usa-intro">
        {items.length === 0 ? "Nothing yet. You will find here what needs you: work assigned to you, submissions, the council's decisions." : unread === 0 ? "You have read them all." : `${unread} unread.`}
      </p>
      <p>
        <Link href="/account/notifications">Choose which of them are e-mailed to you</Link>, right away or in a daily summary.
      </p>
      {unread > 0 && (
        <ActionButton action={markReadAction} values={{ notificationId: "all" }}>
          Mark all as read
        </ActionButton>
      )}
      {items.length > 0 && (
        <ul className="usa-collection">
          {items.map((n) => (
            <li key={n.id} className="usa-collection__item">
              <div className="usa-collection__body">
                <h2 className="usa-collection__heading">
                  <Link className="usa-link" href={n.link}>
                    {n.title}
                  </Link>
                </h2>
                <p className="usa-collection__description">{n.body}</p>
                <ul className="usa-collection__meta" aria-label="About this notification">
                  <li className="usa-collection__meta-item">{formatTimestamp(n.createdAt)}</li>
                  <li className="usa-collection__meta-item">{n.readAt ? "Read" : <Tag className="bg-primary-dark">Unread</Tag>}</li>
                </ul>
                {!n.readAt && (
                  <div className="margin-top-1">
                    <ActionButton action={markReadAction} values={{ notificationId: n.id }}>
                      Mark as read<span className="usa-sr-only">: {n.title}</span>
                    </ActionButton>
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
