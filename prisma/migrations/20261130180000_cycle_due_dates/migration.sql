-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "reviewDueOn" DATE,
ADD COLUMN     "submissionDueOn" DATE;
