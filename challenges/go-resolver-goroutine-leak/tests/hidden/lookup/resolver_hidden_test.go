package lookup

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"
)

// settle fails the test unless the goroutine count drops back to the
// baseline (give or take two goroutines of the test framework itself)
// within two seconds. Each leak test leaks at least ten goroutines when
// it leaks at all.
func settle(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= baseline+2 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("goroutine leak: %d running, want at most %d", n, baseline+2)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func blockUntilCancelled(label string) Backend {
	return Func{Label: label, Fn: func(ctx context.Context, host string) (Record, error) {
		<-ctx.Done()
		return Record{}, ctx.Err()
	}}
}

func failing(label string, err error) Backend {
	return Func{Label: label, Fn: func(ctx context.Context, host string) (Record, error) {
		return Record{}, err
	}}
}

func table(label string) Backend {
	return Static{Label: label, Hosts: map[string][]string{"billing": {"10.0.0.7", "10.0.0.8"}}}
}

func TestNoLeakWhenFastBackendWinsRepeatedly(t *testing.T) {
	baseline := runtime.NumGoroutine()
	r := NewResolver(time.Second, blockUntilCancelled("consul"), table("file"), blockUntilCancelled("dns"))
	for i := 0; i < 20; i++ {
		if _, err := r.Resolve(context.Background(), "billing"); err != nil {
			t.Fatalf("Resolve: %v", err)
		}
	}
	settle(t, baseline)
}

func TestNoLeakAfterTimeout(t *testing.T) {
	baseline := runtime.NumGoroutine()
	r := NewResolver(10*time.Millisecond, blockUntilCancelled("consul"), blockUntilCancelled("dns"))
	for i := 0; i < 5; i++ {
		_, err := r.Resolve(context.Background(), "billing")
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("err = %v, want ErrTimeout", err)
		}
	}
	settle(t, baseline)
}

func TestNoLeakWhenLoserIgnoresCancellation(t *testing.T) {
	baseline := runtime.NumGoroutine()
	release := make(chan struct{})
	stubborn := Func{Label: "legacy", Fn: func(ctx context.Context, host string) (Record, error) {
		<-release // does not watch ctx
		return Record{Host: host, Addrs: []string{"192.0.2.1"}, Source: "legacy"}, nil
	}}
	r := NewResolver(time.Second, stubborn, table("file"))
	for i := 0; i < 10; i++ {
		rec, err := r.Resolve(context.Background(), "billing")
		if err != nil || rec.Source != "file" {
			t.Fatalf("got %+v, %v", rec, err)
		}
	}
	close(release)
	settle(t, baseline)
}

func TestAllBackendsFailReportsEveryError(t *testing.T) {
	boom := errors.New("connection refused")
	r := NewResolver(time.Second, failing("consul", boom), table("file"))
	_, err := r.Resolve(context.Background(), "payments")
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want *Error", err)
	}
	if len(le.Errs) != 2 || !errors.Is(err, boom) || !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v", err)
	}
}

func TestFailuresBeforeSuccessAreIgnored(t *testing.T) {
	r := NewResolver(time.Second, failing("consul", errors.New("down")), failing("dns", ErrNotFound), table("file"))
	rec, err := r.Resolve(context.Background(), "billing")
	if err != nil || rec.Source != "file" || len(rec.Addrs) != 2 {
		t.Fatalf("got %+v, %v", rec, err)
	}
}

func TestTimeoutIsReported(t *testing.T) {
	r := NewResolver(10*time.Millisecond, blockUntilCancelled("consul"))
	_, err := r.Resolve(context.Background(), "billing")
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
}

func TestCancelledCallerContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := NewResolver(time.Second, blockUntilCancelled("consul"))
	if _, err := r.Resolve(ctx, "billing"); err == nil {
		t.Fatal("want an error for a cancelled context")
	}
}

func TestNoBackends(t *testing.T) {
	if _, err := NewResolver(time.Second).Resolve(context.Background(), "billing"); !errors.Is(err, ErrNoBackends) {
		t.Fatalf("err = %v", err)
	}
}
