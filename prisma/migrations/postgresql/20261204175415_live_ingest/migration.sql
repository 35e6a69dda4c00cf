-- CreateTable
CREATE TABLE "IngestSeriesRun" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "series" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "chunksTotal" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "gapsLeft" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "notes" TEXT,

    CONSTRAINT "IngestSeriesRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestChange" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "series" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IngestChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestLock" (
    "series" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "runId" INTEGER,
    "acquiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestLock_pkey" PRIMARY KEY ("series")
);

-- CreateIndex
CREATE INDEX "IngestSeriesRun_series_startedAt_idx" ON "IngestSeriesRun"("series", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IngestSeriesRun_runId_series_key" ON "IngestSeriesRun"("runId", "series");

-- CreateIndex
CREATE INDEX "IngestChange_runId_idx" ON "IngestChange"("runId");

-- AddForeignKey
ALTER TABLE "IngestSeriesRun" ADD CONSTRAINT "IngestSeriesRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestChange" ADD CONSTRAINT "IngestChange_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
