#include "tests/bench/BenchSuite.h"

namespace qf::bench {

int runStoreSuite(BenchContext& ctx); // StoreSuite.cpp
int runSearchSuite(BenchContext& ctx); // SearchSuite.cpp
int runStartupSuite(BenchContext& ctx); // StartupSuite.cpp
int runDuplicatesSuite(BenchContext& ctx); // DuplicatesSuite.cpp
int runCheckinSuite(BenchContext& ctx); // CheckinSuite.cpp
int runSyncSuite(BenchContext& ctx); // SyncSuite.cpp
int runQualitySuite(BenchContext& ctx); // QualitySuite.cpp
int runScanSuite(BenchContext& ctx); // ScanSuite.cpp
int runOcrSuite(BenchContext& ctx); // OcrSuite.cpp
int runAnalysisSuite(BenchContext& ctx); // AnalysisSuite.cpp
int runFleetSuite(BenchContext& ctx); // FleetSuite.cpp
int runPhoneSuite(BenchContext& ctx); // PhoneSuite.cpp

const std::vector<BenchSuite>& benchSuites()
{
    static const std::vector<BenchSuite> suites = {
        { "store", "demo data through the write path vs. raw SQLite inserts (default 100000 reports)", true,
          runStoreSuite },
        { "search", "full-text search vs. a LIKE scan, short terms, index rebuild (default 1000000 reports; --db FILE "
                    "keeps the database for later runs)", false, runSearchSuite },
        { "startup", "start to main window shown, N-report database vs empty (default 1000000; --db to reuse)", false,
          runStartupSuite },
        { "duplicates", "repeat check p95 and recall vs. brute-force Jaccard (default 1000000 reports; --db to reuse)",
          false, runDuplicatesSuite },
        { "checkin", "card on the reader to the visitor's history, history lookup (default --persons 1000000)", false,
          runCheckinSuite },
        { "sync", "push and initial pull through qingfeng-syncd and PostgreSQL vs. COPY (default 100000 reports)", false,
          runSyncSuite },
        { "quality", "the Review and re-check screen's queries and refresh (default 1000000 reports; --db to reuse)",
          false, runQualitySuite },
        { "scan", "qingfeng-cli scan vs. scanimage --batch, 10 feeder pages of SANE's test backend at 300 dpi grey", false,
          runScanSuite },
        { "ocr", "OCR character accuracy on 32 rendered, degraded letter pages (Ming and Kai), with and without deskew; "
                 "seconds per page", false, runOcrSuite },
        { "analysis", "the analysis workspace's refresh for a quarter vs. one GROUP BY category full scan (default "
                      "100000 reports; --db to reuse)", false, runAnalysisSuite },
        { "fleet", "a county's workstations (--clients, default 500) syncing every 10 s for --minutes (default 3) "
                   "through HAProxy and three qingfeng-syncd, one killed mid-run: edit propagation p95, server CPU, "
                   "edits lost", false, runFleetSuite },
        { "phone", "INVITE to the pop-up with the caller's history on a store of --persons (default 1000000), "
                   "and the audio missing at the start of a recording (sipp's pcap)", false, runPhoneSuite },
    };
    return suites;
}

} // namespace qf::bench
