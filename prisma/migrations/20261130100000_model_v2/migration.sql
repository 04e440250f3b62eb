-- AlterTable: the scoring rule travels with the model version. Versions written before it keep
-- version 1's rule (lib/scoring/rules.ts RULE_V1).
ALTER TABLE "MaturityModel" ADD COLUMN "scoringRule" JSONB NOT NULL DEFAULT '{"realizationShare":0.8,"maxLevelsBelow":null,"minAnsweredPractices":2,"minAnsweredShare":0.5,"overallLevel":"realized-share","overallNeedsEveryDiscipline":false,"notApplicableNeedsReason":false}';
ALTER TABLE "MaturityModel" ALTER COLUMN "scoringRule" DROP DEFAULT;
ALTER TABLE "MaturityModel" ADD COLUMN "glossary" JSONB NOT NULL DEFAULT '[]';

-- AlterTable: the A-11 crosswalk per practice; practices written before it take their discipline's.
ALTER TABLE "Practice" ADD COLUMN "a11Areas" "A11Area"[] DEFAULT ARRAY[]::"A11Area"[];
UPDATE "Practice" p SET "a11Areas" = d."a11Areas" FROM "Discipline" d WHERE d."id" = p."disciplineId";

-- AlterTable: the level band at which a resource helps with a practice.
ALTER TABLE "ResourcePractice" ADD COLUMN "fromLevel" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "toLevel" INTEGER NOT NULL DEFAULT 5;
ALTER TABLE "ResourcePractice" ADD CONSTRAINT "ResourcePractice_level_band" CHECK (1 <= "fromLevel" AND "fromLevel" <= "toLevel" AND "toLevel" <= 5);
