-- CreateTable
CREATE TABLE "IngestSeriesRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "series" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "chunksTotal" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "gapsLeft" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "notes" TEXT,
    CONSTRAINT "IngestSeriesRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IngestChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "series" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IngestChange_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IngestLock" (
    "series" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "runId" INTEGER,
    "acquiredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "IngestSeriesRun_series_startedAt_idx" ON "IngestSeriesRun"("series", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IngestSeriesRun_runId_series_key" ON "IngestSeriesRun"("runId", "series");

-- CreateIndex
CREATE INDEX "IngestChange_runId_idx" ON "IngestChange"("runId");
