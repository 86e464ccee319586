#include "cache_stats.h"

#include <cstdio>

namespace cache {

double CacheStats::hit_ratio() const {
    const std::uint64_t lookups = hits + misses;
    return lookups == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(lookups);
}

std::string to_string(const CacheStats& stats) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.2f", stats.hit_ratio());
    return "hits=" + std::to_string(stats.hits) + " misses=" + std::to_string(stats.misses) +
           " evictions=" + std::to_string(stats.evictions) + " hit_ratio=" + ratio;
}

}  // namespace cache
