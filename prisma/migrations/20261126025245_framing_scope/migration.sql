-- CreateEnum
CREATE TYPE "FramingScope" AS ENUM ('outlet', 'headline');

-- AlterTable
ALTER TABLE "FramingTerm" ADD COLUMN     "scope" "FramingScope" NOT NULL DEFAULT 'outlet';
