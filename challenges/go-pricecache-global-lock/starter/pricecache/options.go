package pricecache

import "time"

// Option configures a Cache.
type Option func(*options)

type options struct {
	ttl time.Duration
	now func() time.Time
}

func defaultOptions() options {
	return options{ttl: time.Minute, now: time.Now}
}

// WithTTL sets how long a loaded value is served before it is loaded
// again. The default is one minute.
func WithTTL(d time.Duration) Option {
	return func(o *options) { o.ttl = d }
}

// WithClock replaces time.Now, for tests.
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}
