#include <gtest/gtest.h>

#include <cstddef>
#include <functional>
#include <list>
#include <stdexcept>
#include <string>

#include "lru_cache.h"

using cache::LruCache;

namespace {

std::size_t g_key_comparisons = 0;

// Equality for int keys that counts how often keys are compared.
struct CountingEqual {
    bool operator()(int a, int b) const {
        ++g_key_comparisons;
        return a == b;
    }
};

using CountingCache = LruCache<int, int, std::hash<int>, CountingEqual>;

}  // namespace

TEST(LruCacheHidden, GetDoesConstantWorkPerCall) {
    const int n = 4000;
    CountingCache c(n);
    for (int k = 0; k < n; ++k) {
        c.put(k, k * 10);
    }
    g_key_comparisons = 0;
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % n;  // every key once, scattered
        ASSERT_EQ(c.get(k), k * 10);
    }
    EXPECT_LE(g_key_comparisons, static_cast<std::size_t>(8 * n))
        << g_key_comparisons << " key comparisons for " << n << " lookups";
}

TEST(LruCacheHidden, UpdatingExistingKeysDoesConstantWorkPerCall) {
    const int n = 4000;
    CountingCache c(n);
    for (int k = 0; k < n; ++k) {
        c.put(k, 0);
    }
    g_key_comparisons = 0;
    for (int k = 0; k < n; ++k) {
        c.put(k, 1);
    }
    EXPECT_LE(g_key_comparisons, static_cast<std::size_t>(8 * n))
        << g_key_comparisons << " key comparisons for " << n << " updates";
    EXPECT_EQ(c.get(n - 1), 1);
}

TEST(LruCacheHidden, RecencyOrderAfterMixedOperations) {
    LruCache<std::string, int> c(3);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3);
    c.get("a");
    c.put("b", 20);
    EXPECT_EQ(c.keys_by_recency(), (std::list<std::string>{"b", "a", "c"}));
    c.put("d", 4);  // evicts "c"
    EXPECT_EQ(c.keys_by_recency(), (std::list<std::string>{"d", "b", "a"}));
    EXPECT_EQ(c.get("b"), 20);
    EXPECT_EQ(c.get("c"), std::nullopt);
}

TEST(LruCacheHidden, ContainsDoesNotChangeOrder) {
    LruCache<int, int> c(2);
    c.put(1, 1);
    c.put(2, 2);
    EXPECT_TRUE(c.contains(1));
    c.put(3, 3);  // 1 is still the least recently used
    EXPECT_FALSE(c.contains(1));
    EXPECT_EQ(c.size(), 2u);
}

TEST(LruCacheHidden, LongRunKeepsSizeAndEvictionCount) {
    LruCache<int, int> c(100);
    for (int k = 0; k < 1000; ++k) {
        c.put(k, k);
        if (k >= 50) {
            c.get(k - 50);
        }
    }
    EXPECT_EQ(c.size(), 100u);
    EXPECT_EQ(c.stats().evictions, 900u);
    EXPECT_EQ(c.keys_by_recency().size(), 100u);
    EXPECT_EQ(c.keys_by_recency().front(), 949);
}

TEST(LruCacheHidden, ZeroCapacityIsRejected) {
    EXPECT_THROW((LruCache<int, int>(0)), std::invalid_argument);
}

TEST(LruCacheHidden, StatsFormatting) {
    cache::CacheStats s;
    EXPECT_EQ(cache::to_string(s), "hits=0 misses=0 evictions=0 hit_ratio=0.00");
    s.hits = 2;
    s.misses = 1;
    EXPECT_EQ(cache::to_string(s), "hits=2 misses=1 evictions=0 hit_ratio=0.67");
}
