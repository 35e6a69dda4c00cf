-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "previousSigningSecretExpiresAt" DATETIME;
ALTER TABLE "ApiKey" ADD COLUMN "previousSigningSecretSealed" TEXT;
