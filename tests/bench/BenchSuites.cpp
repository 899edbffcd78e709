#include "BenchSuite.h"

namespace qf::bench {

int runStoreSuite(BenchContext& ctx); // StoreSuite.cpp

const std::vector<BenchSuite>& benchSuites()
{
    static const std::vector<BenchSuite> suites = {
        { "store", "demo data through the write path vs. raw SQLite inserts (default 100000 reports)", true,
          runStoreSuite },
    };
    return suites;
}

} // namespace qf::bench
