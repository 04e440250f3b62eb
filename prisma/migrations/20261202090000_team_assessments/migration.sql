-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'RESPONDENT';

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "rationale" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "consensusStartedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "evidenceFromLevel" INTEGER NOT NULL DEFAULT 4;

-- CreateTable
CREATE TABLE "Respondent" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "invitedById" UUID NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Respondent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "respondentId" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "level" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "confidence" "Confidence" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("respondentId","practiceId")
);

-- CreateIndex
CREATE INDEX "Respondent_userId_idx" ON "Respondent"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_assessmentId_userId_key" ON "Respondent"("assessmentId", "userId");

-- CreateIndex
CREATE INDEX "Rating_practiceId_idx" ON "Rating"("practiceId");

-- AddForeignKey
ALTER TABLE "Respondent" ADD CONSTRAINT "Respondent_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Respondent" ADD CONSTRAINT "Respondent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Respondent" ADD CONSTRAINT "Respondent_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
