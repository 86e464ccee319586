#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <list>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "cache_stats.h"

namespace cache {

// A fixed-capacity map that evicts the least recently used entry when full.
// get() and put() take constant time on average, whatever the capacity.
// Hash and KeyEqual work as for std::unordered_map.
template <class Key, class Value, class Hash = std::hash<Key>, class KeyEqual = std::equal_to<Key>>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {
        if (capacity == 0) {
            throw std::invalid_argument("capacity must be positive");
        }
    }

    // Returns the value and marks the entry as most recently used.
    std::optional<Value> get(const Key& key) {
        auto it = values_.find(key);
        if (it == values_.end()) {
            ++stats_.misses;
            return std::nullopt;
        }
        ++stats_.hits;
        touch(key);
        return it->second;
    }

    // Inserts or replaces; the entry becomes the most recently used.
    void put(const Key& key, Value value) {
        auto it = values_.find(key);
        if (it != values_.end()) {
            it->second = std::move(value);
            touch(key);
            return;
        }
        if (values_.size() == capacity_) {
            values_.erase(order_.back());
            order_.pop_back();
            ++stats_.evictions;
        }
        values_.emplace(key, std::move(value));
        order_.push_front(key);
    }

    // True if present; does not change the recency order.
    bool contains(const Key& key) const { return values_.count(key) != 0; }

    std::size_t size() const { return values_.size(); }
    std::size_t capacity() const { return capacity_; }
    const CacheStats& stats() const { return stats_; }

    // Keys from most to least recently used.
    std::list<Key> keys_by_recency() const { return order_; }

private:
    // Moves key to the front of the recency list.
    void touch(const Key& key) {
        auto pos = std::find(order_.begin(), order_.end(), key);
        order_.splice(order_.begin(), order_, pos);
    }

    std::size_t capacity_;
    std::list<Key> order_;  // front = most recently used
    std::unordered_map<Key, Value, Hash, KeyEqual> values_;
    KeyEqual equal_;
    CacheStats stats_;
};

}  // namespace cache
