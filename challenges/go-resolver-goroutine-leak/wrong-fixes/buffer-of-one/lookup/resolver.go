package lookup

import (
	"context"
	"fmt"
	"time"
)

// Resolver asks all of its backends in parallel and returns the first
// successful answer. It is safe for concurrent use.
type Resolver struct {
	backends []Backend
	timeout  time.Duration
}

// NewResolver returns a resolver that gives up after timeout.
func NewResolver(timeout time.Duration, backends ...Backend) *Resolver {
	return &Resolver{backends: backends, timeout: timeout}
}

type result struct {
	backend string
	rec     Record
	err     error
}

// Resolve returns the first successful answer for host. If every backend
// fails it returns an *Error listing their errors; if none answers before
// the timeout (or ctx ends) it returns an error wrapping ErrTimeout.
// Backends still running when Resolve returns are cancelled.
func (r *Resolver) Resolve(ctx context.Context, host string) (Record, error) {
	if len(r.backends) == 0 {
		return Record{}, ErrNoBackends
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()

	results := make(chan result, 1) // room for the answer that arrives after we return
	for _, b := range r.backends {
		go func(b Backend) {
			rec, err := b.Lookup(ctx, host)
			results <- result{backend: b.Name(), rec: rec, err: err}
		}(b)
	}

	var errs []error
	for range r.backends {
		select {
		case res := <-results:
			if res.err == nil {
				return res.rec, nil
			}
			errs = append(errs, fmt.Errorf("%s: %w", res.backend, res.err))
		case <-ctx.Done():
			return Record{}, fmt.Errorf("%w resolving %s: %v", ErrTimeout, host, ctx.Err())
		}
	}
	return Record{}, &Error{Host: host, Errs: errs}
}
