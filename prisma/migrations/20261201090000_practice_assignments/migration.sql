-- DropIndex
DROP INDEX "Assignment_assessmentId_disciplineKey_key";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "practiceKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_assessmentId_disciplineKey_practiceKey_key" ON "Assignment"("assessmentId", "disciplineKey", "practiceKey");
