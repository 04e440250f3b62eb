-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'SIGNED_OFF');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 1,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "delivered" TEXT NOT NULL DEFAULT '',
    "planned" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "signedOffById" UUID,
    "signedOffAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "disciplineKey" TEXT NOT NULL,
    "practiceKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "title" TEXT NOT NULL,
    "measure" TEXT NOT NULL DEFAULT '',
    "baselineValue" DOUBLE PRECISION,
    "targetValue" DOUBLE PRECISION,
    "unit" TEXT NOT NULL DEFAULT '',
    "startOn" DATE,
    "dueOn" DATE,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "expectedLevel" INTEGER,
    "notPlanned" BOOLEAN NOT NULL DEFAULT false,
    "notPlannedReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_programId_fiscalYear_number_key" ON "ActionPlan"("programId", "fiscalYear", "number");

-- CreateIndex
CREATE INDEX "PlanAction_planId_position_idx" ON "PlanAction"("planId", "position");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
