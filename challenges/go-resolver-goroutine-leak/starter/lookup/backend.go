// Package lookup resolves service host names by asking several discovery
// backends at once and taking the first answer.
package lookup

import (
	"context"
	"fmt"
)

// Record is the answer for one host.
type Record struct {
	Host   string
	Addrs  []string
	Source string // name of the backend that answered
}

// Backend is one source of host records (DNS, Consul, a static file...).
// Lookup should return promptly once ctx is done.
type Backend interface {
	Name() string
	Lookup(ctx context.Context, host string) (Record, error)
}

// Static is a Backend that answers from a fixed table.
type Static struct {
	Label string
	Hosts map[string][]string
}

func (s Static) Name() string { return s.Label }

func (s Static) Lookup(ctx context.Context, host string) (Record, error) {
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	addrs, ok := s.Hosts[host]
	if !ok {
		return Record{}, fmt.Errorf("%w: %s", ErrNotFound, host)
	}
	return Record{Host: host, Addrs: append([]string(nil), addrs...), Source: s.Label}, nil
}

// Func adapts a function to the Backend interface.
type Func struct {
	Label string
	Fn    func(ctx context.Context, host string) (Record, error)
}

func (f Func) Name() string { return f.Label }

func (f Func) Lookup(ctx context.Context, host string) (Record, error) {
	return f.Fn(ctx, host)
}
