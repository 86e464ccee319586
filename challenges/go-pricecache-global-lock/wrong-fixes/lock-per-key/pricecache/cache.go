// Package pricecache is a read-through cache in front of the pricing
// service. Values are loaded on first use and served from memory until
// their TTL runs out.
package pricecache

import (
	"context"
	"sync"
	"time"
)

// LoadFunc fetches the current value for key from the backing service.
type LoadFunc[V any] func(ctx context.Context, key string) (V, error)

type entry[V any] struct {
	val     V
	expires time.Time
}

// Cache is a read-through cache that is safe for concurrent use.
//
// Concurrent Gets of the same missing key share a single call to the
// loader. Failed loads are not cached.
type Cache[V any] struct {
	load LoadFunc[V]
	opts options

	mu       sync.Mutex
	entries  map[string]entry[V]
	keyLocks map[string]*sync.Mutex
}

// New returns an empty cache that fills itself with load.
func New[V any](load LoadFunc[V], opts ...Option) *Cache[V] {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	return &Cache[V]{
		load:     load,
		opts:     o,
		entries:  make(map[string]entry[V]),
		keyLocks: make(map[string]*sync.Mutex),
	}
}

// Get returns the cached value for key, loading it if it is missing or
// expired.
func (c *Cache[V]) Get(ctx context.Context, key string) (V, error) {
	if v, ok := c.cached(key); ok {
		return v, nil
	}
	// One lock per key: a slow load only holds up callers of the same key.
	l := c.keyLock(key)
	l.Lock()
	defer l.Unlock()
	if v, ok := c.cached(key); ok {
		return v, nil // loaded by the caller we waited for
	}
	v, err := c.load(ctx, key)
	if err != nil {
		var zero V
		return zero, err
	}
	c.mu.Lock()
	c.entries[key] = entry[V]{val: v, expires: c.opts.now().Add(c.opts.ttl)}
	c.mu.Unlock()
	return v, nil
}

func (c *Cache[V]) cached(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok && c.opts.now().Before(e.expires) {
		return e.val, true
	}
	var zero V
	return zero, false
}

func (c *Cache[V]) keyLock(key string) *sync.Mutex {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.keyLocks[key]
	if !ok {
		l = &sync.Mutex{}
		c.keyLocks[key] = l
	}
	return l
}

// Invalidate drops key, so that the next Get loads it again.
func (c *Cache[V]) Invalidate(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, key)
}

// Len returns the number of cached entries, expired ones included.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
