package lookup

import (
	"errors"
	"strings"
)

var (
	// ErrNotFound is returned by backends that do not know a host.
	ErrNotFound = errors.New("lookup: host not found")
	// ErrNoBackends is returned by a Resolver without backends.
	ErrNoBackends = errors.New("lookup: no backends configured")
	// ErrTimeout is returned when no backend answered in time.
	ErrTimeout = errors.New("lookup: timed out")
)

// Error reports that every backend failed for Host.
type Error struct {
	Host string
	Errs []error // one per backend, in the order they failed
}

func (e *Error) Error() string {
	msgs := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		msgs[i] = err.Error()
	}
	return "lookup " + e.Host + ": all backends failed: " + strings.Join(msgs, "; ")
}

// Unwrap lets errors.Is and errors.As see the per-backend errors.
func (e *Error) Unwrap() []error { return e.Errs }
