-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "carriedOver" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "carriedFromId" UUID;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
