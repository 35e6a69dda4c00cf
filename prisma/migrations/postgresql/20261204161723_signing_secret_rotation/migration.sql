-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "previousSigningSecretExpiresAt" TIMESTAMP(3),
ADD COLUMN     "previousSigningSecretSealed" TEXT;
