-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "selfReportedLevel" INTEGER,
ADD COLUMN     "selfReportedNotApplicable" BOOLEAN,
ADD COLUMN     "validationReason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ScoreSnapshot" ADD COLUMN     "selfReportedDisciplines" JSONB,
ADD COLUMN     "selfReportedOverallLevel" INTEGER,
ADD COLUMN     "selfReportedOverallScore" DOUBLE PRECISION;
