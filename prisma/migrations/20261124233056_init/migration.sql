-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEAD', 'CCO', 'COUNCIL', 'ADMIN');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "A11Area" AS ENUM ('MEASUREMENT', 'GOVERNANCE', 'ORGANIZATION_AND_CULTURE', 'CUSTOMER_RESEARCH', 'SERVICE_DESIGN');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "agencyId" UUID,
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramMembership" (
    "userId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramMembership_pkey" PRIMARY KEY ("userId","programId")
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityModel" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaturityModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Level" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Level_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discipline" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "a11Areas" "A11Area"[],

    CONSTRAINT "Discipline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "disciplineId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeLevelDescriptor" (
    "practiceId" UUID NOT NULL,
    "levelRank" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PracticeLevelDescriptor_pkey" PRIMARY KEY ("practiceId","levelRank")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "submitKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "level" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "evidenceNote" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "answeredById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reviewerId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "disciplineKey" TEXT NOT NULL,
    "targetLevel" INTEGER NOT NULL,
    "dueOn" DATE,
    "dueCycleId" UUID,
    "setById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "disciplineKey" TEXT NOT NULL,
    "practiceKey" TEXT,
    "title" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'PLANNED',
    "notes" TEXT NOT NULL DEFAULT '',
    "completedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL DEFAULT '',
    "size" TEXT NOT NULL DEFAULT '',
    "topic" TEXT NOT NULL,
    "subheading" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceDiscipline" (
    "resourceId" UUID NOT NULL,
    "disciplineKey" TEXT NOT NULL,

    CONSTRAINT "ResourceDiscipline_pkey" PRIMARY KEY ("resourceId","disciplineKey")
);

-- CreateTable
CREATE TABLE "ResourcePractice" (
    "resourceId" UUID NOT NULL,
    "practiceKey" TEXT NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ResourcePractice_pkey" PRIMARY KEY ("resourceId","practiceKey")
);

-- CreateTable
CREATE TABLE "ActionItemResource" (
    "actionItemId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,

    CONSTRAINT "ActionItemResource_pkey" PRIMARY KEY ("actionItemId","resourceId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_name_key" ON "Agency"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_abbreviation_key" ON "Agency"("abbreviation");

-- CreateIndex
CREATE INDEX "Program_agencyId_archivedAt_idx" ON "Program"("agencyId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Program_agencyId_name_key" ON "Program"("agencyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "ProgramMembership_programId_idx" ON "ProgramMembership"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_name_key" ON "Cycle"("name");

-- CreateIndex
CREATE INDEX "Cycle_startsOn_idx" ON "Cycle"("startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "MaturityModel_version_key" ON "MaturityModel"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Level_modelId_rank_key" ON "Level"("modelId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Discipline_modelId_key_key" ON "Discipline"("modelId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Discipline_modelId_position_key" ON "Discipline"("modelId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_disciplineId_key_key" ON "Practice"("disciplineId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_disciplineId_position_key" ON "Practice"("disciplineId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_submitKey_key" ON "Assessment"("submitKey");

-- CreateIndex
CREATE INDEX "Assessment_cycleId_status_idx" ON "Assessment"("cycleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_programId_cycleId_key" ON "Assessment"("programId", "cycleId");

-- CreateIndex
CREATE INDEX "Answer_practiceId_idx" ON "Answer"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_practiceId_key" ON "Answer"("assessmentId", "practiceId");

-- CreateIndex
CREATE INDEX "Review_assessmentId_createdAt_idx" ON "Review"("assessmentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Target_programId_disciplineKey_key" ON "Target"("programId", "disciplineKey");

-- CreateIndex
CREATE INDEX "ActionItem_programId_status_idx" ON "ActionItem"("programId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_dueOn_idx" ON "ActionItem"("dueOn");

-- CreateIndex
CREATE INDEX "Resource_topic_subheading_idx" ON "Resource"("topic", "subheading");

-- CreateIndex
CREATE INDEX "ResourceDiscipline_disciplineKey_idx" ON "ResourceDiscipline"("disciplineKey");

-- CreateIndex
CREATE INDEX "ResourcePractice_practiceKey_idx" ON "ResourcePractice"("practiceKey");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramMembership" ADD CONSTRAINT "ProgramMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramMembership" ADD CONSTRAINT "ProgramMembership_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Level" ADD CONSTRAINT "Level_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "MaturityModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discipline" ADD CONSTRAINT "Discipline_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "MaturityModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_disciplineId_fkey" FOREIGN KEY ("disciplineId") REFERENCES "Discipline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeLevelDescriptor" ADD CONSTRAINT "PracticeLevelDescriptor_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "MaturityModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_dueCycleId_fkey" FOREIGN KEY ("dueCycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDiscipline" ADD CONSTRAINT "ResourceDiscipline_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourcePractice" ADD CONSTRAINT "ResourcePractice_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemResource" ADD CONSTRAINT "ActionItemResource_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemResource" ADD CONSTRAINT "ActionItemResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express.
ALTER TABLE "Level" ADD CONSTRAINT "Level_rank_check" CHECK ("rank" BETWEEN 1 AND 5);
ALTER TABLE "PracticeLevelDescriptor" ADD CONSTRAINT "PracticeLevelDescriptor_levelRank_check" CHECK ("levelRank" BETWEEN 1 AND 5);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_level_check" CHECK (
  ("notApplicable" AND "level" IS NULL) OR (NOT "notApplicable" AND "level" BETWEEN 1 AND 5)
);
ALTER TABLE "Target" ADD CONSTRAINT "Target_targetLevel_check" CHECK ("targetLevel" BETWEEN 1 AND 5);
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_dates_check" CHECK ("endsOn" > "startsOn");
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_cco_scope_check" CHECK ("role" <> 'CCO' OR "agencyId" IS NOT NULL);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submitted_check" CHECK (
  "status" = 'DRAFT' OR ("submittedAt" IS NOT NULL AND "submittedById" IS NOT NULL)
);
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_completed_check" CHECK (("status" = 'DONE') = ("completedAt" IS NOT NULL));

-- At most one model version is the one new assessments use.
CREATE UNIQUE INDEX "MaturityModel_one_current" ON "MaturityModel" ("isCurrent") WHERE "isCurrent";

-- The audit log is append-only.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
