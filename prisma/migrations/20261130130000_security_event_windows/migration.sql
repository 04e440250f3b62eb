-- Security events per source per minute, so that an attack cannot flood the audit log.
CREATE TABLE "SecurityEventWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(0) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SecurityEventWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- The audit log's "security events" view: newest first within the security.* actions.
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");
