#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <list>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>

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

// A key whose every use is counted: equality (however it is reached: the cache's KeyEqual,
// operator== through std::find, ...) and hashing. Work per call must not grow with size.
std::size_t g_key_work = 0;

struct TileId {
    int v;
};

bool operator==(const TileId& a, const TileId& b) {
    ++g_key_work;
    return a.v == b.v;
}

struct TileIdHash {
    std::size_t operator()(const TileId& k) const {
        ++g_key_work;
        return std::hash<int>{}(k.v);
    }
};

struct TileIdEqual {
    bool operator()(const TileId& a, const TileId& b) const { return a == b; }
};

using TileCache = LruCache<TileId, int, TileIdHash, TileIdEqual>;

// The seed of the randomised test: FIXPOINT_SEED when the run sets it (a graded run records
// it with its result), else a fixed one, so a local run is reproducible.
std::uint64_t seed_from_env() {
    const char* env = std::getenv("FIXPOINT_SEED");
    const std::string seed = env != nullptr ? env : "cpp-lru-cache-linear-touch";
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char ch : seed) {
        h ^= ch;
        h *= 1099511628211ull;
    }
    return h;
}

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

TEST(LruCacheHidden, KeyWorkPerCallDoesNotGrowWithTheCapacity) {
    const int n = 4000;
    TileCache c(n);
    for (int k = 0; k < n; ++k) {
        c.put(TileId{k}, k);
    }
    g_key_work = 0;
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % n;
        ASSERT_EQ(c.get(TileId{k}), k);
        c.put(TileId{k}, k + 1);
    }
    EXPECT_LE(g_key_work, static_cast<std::size_t>(16 * n))
        << g_key_work << " key comparisons and hashes for " << n << " lookups and updates";
}

TEST(LruCacheHidden, RandomOperationsMatchAReferenceModel) {
    std::mt19937_64 rng(seed_from_env());
    for (int round = 0; round < 60; ++round) {
        const std::size_t capacity = 1 + rng() % 8;
        LruCache<int, int> c(capacity);
        std::list<std::pair<int, int>> model;  // front = most recently used
        std::uint64_t hits = 0, misses = 0, evictions = 0;
        for (int op = 0; op < 150; ++op) {
            const int key = static_cast<int>(rng() % 12);
            auto it = model.begin();
            while (it != model.end() && it->first != key) ++it;
            if (rng() % 2 == 0) {
                std::optional<int> want;
                if (it != model.end()) {
                    want = it->second;
                    model.splice(model.begin(), model, it);
                    ++hits;
                } else {
                    ++misses;
                }
                ASSERT_EQ(c.get(key), want) << "round " << round << ", op " << op << ": get " << key;
            } else {
                const int value = static_cast<int>(rng() % 1000);
                if (it != model.end()) {
                    it->second = value;
                    model.splice(model.begin(), model, it);
                } else {
                    if (model.size() == capacity) {
                        model.pop_back();
                        ++evictions;
                    }
                    model.emplace_front(key, value);
                }
                c.put(key, value);
            }
            std::list<int> keys;
            for (const auto& kv : model) keys.push_back(kv.first);
            ASSERT_EQ(c.keys_by_recency(), keys) << "round " << round << ", op " << op;
        }
        EXPECT_EQ(c.stats().hits, hits);
        EXPECT_EQ(c.stats().misses, misses);
        EXPECT_EQ(c.stats().evictions, evictions);
    }
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
