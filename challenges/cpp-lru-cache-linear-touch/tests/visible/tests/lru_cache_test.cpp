#include <gtest/gtest.h>

#include <list>
#include <string>

#include "lru_cache.h"

using cache::LruCache;

TEST(LruCache, EvictsLeastRecentlyUsed) {
    LruCache<std::string, int> c(2);
    c.put("a", 1);
    c.put("b", 2);
    EXPECT_EQ(c.get("a"), 1);  // "b" is now the least recently used
    c.put("c", 3);
    EXPECT_FALSE(c.contains("b"));
    EXPECT_TRUE(c.contains("a"));
    EXPECT_EQ(c.keys_by_recency(), (std::list<std::string>{"c", "a"}));
}

TEST(LruCache, CountsHitsMissesAndEvictions) {
    LruCache<int, int> c(1);
    c.put(1, 10);
    c.get(1);
    c.get(2);
    c.put(2, 20);
    EXPECT_EQ(cache::to_string(c.stats()), "hits=1 misses=1 evictions=1 hit_ratio=0.50");
}
