#pragma once

#include <cstdint>
#include <string>

namespace cache {

struct CacheStats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t evictions = 0;

    // hits / (hits + misses), or 0 when there were no lookups.
    double hit_ratio() const;
};

// "hits=3 misses=1 evictions=0 hit_ratio=0.75"
std::string to_string(const CacheStats& stats);

}  // namespace cache
