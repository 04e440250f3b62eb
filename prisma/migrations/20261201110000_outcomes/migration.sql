-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeQuarter" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "customers" INTEGER NOT NULL,
    "surveysOffered" INTEGER NOT NULL,
    "responses" INTEGER NOT NULL,
    "answerCounts" INTEGER[],
    "importedById" UUID NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeQuarter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Service_programId_name_key" ON "Service"("programId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeQuarter_serviceId_fiscalYear_quarter_key" ON "OutcomeQuarter"("serviceId", "fiscalYear", "quarter");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeQuarter" ADD CONSTRAINT "OutcomeQuarter_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeQuarter" ADD CONSTRAINT "OutcomeQuarter_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
