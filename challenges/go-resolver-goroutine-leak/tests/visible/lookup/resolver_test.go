package lookup

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// waitForGoroutines fails the test unless the number of goroutines drops
// back to the baseline (give or take two goroutines of the test framework
// itself) within two seconds.
func waitForGoroutines(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= baseline+2 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines still running after Resolve returned, want at most %d", n, baseline+2)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// slow is a backend that only answers once its context is cancelled.
func slow(label string) Backend {
	return Func{Label: label, Fn: func(ctx context.Context, host string) (Record, error) {
		<-ctx.Done()
		return Record{}, ctx.Err()
	}}
}

func TestFirstAnswerWins(t *testing.T) {
	r := NewResolver(time.Second,
		slow("consul"),
		Static{Label: "hosts-file", Hosts: map[string][]string{"billing": {"10.0.0.7"}}},
	)
	rec, err := r.Resolve(context.Background(), "billing")
	if err != nil {
		t.Fatalf("Resolve: %v", err)
	}
	if rec.Source != "hosts-file" || len(rec.Addrs) != 1 || rec.Addrs[0] != "10.0.0.7" {
		t.Fatalf("got %+v", rec)
	}
}

func TestNoGoroutinesLeftAfterFastAnswer(t *testing.T) {
	baseline := runtime.NumGoroutine()
	r := NewResolver(time.Second,
		Static{Label: "hosts-file", Hosts: map[string][]string{"billing": {"10.0.0.7"}}},
		slow("consul"), slow("dns"),
	)
	for i := 0; i < 5; i++ {
		if _, err := r.Resolve(context.Background(), "billing"); err != nil {
			t.Fatalf("Resolve: %v", err)
		}
	}
	waitForGoroutines(t, baseline)
}
