package pricecache

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// gatedLoader blocks loads of the gated key until release is closed and
// reports each load start on starts.
type gatedLoader struct {
	gated   string
	starts  chan string
	release chan struct{}
	calls   atomic.Int32
}

func newGated(key string) *gatedLoader {
	return &gatedLoader{gated: key, starts: make(chan string, 64), release: make(chan struct{})}
}

func (g *gatedLoader) load(ctx context.Context, key string) (string, error) {
	g.calls.Add(1)
	g.starts <- key
	if key == g.gated {
		<-g.release
	}
	return "price:" + key, nil
}

func returnsWithin(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatalf("%s still blocked after 2s", what)
	}
}

func TestMissOfOtherKeyLoadsWhileSlowKeyLoads(t *testing.T) {
	g := newGated("SLOW")
	defer close(g.release)
	c := New(g.load)
	go c.Get(context.Background(), "SLOW")
	<-g.starts

	returnsWithin(t, "Get of an uncached key", func() {
		if v, err := c.Get(context.Background(), "OTHER"); err != nil || v != "price:OTHER" {
			t.Errorf("Get(OTHER) = %q, %v", v, err)
		}
	})
}

func TestHitServedWhileSlowKeyLoads(t *testing.T) {
	g := newGated("SLOW")
	defer close(g.release)
	c := New(g.load)
	c.Get(context.Background(), "HOT")
	<-g.starts
	go c.Get(context.Background(), "SLOW")
	<-g.starts

	returnsWithin(t, "Get of a cached key", func() {
		if v, _ := c.Get(context.Background(), "HOT"); v != "price:HOT" {
			t.Errorf("Get(HOT) = %q", v)
		}
	})
	returnsWithin(t, "Len", func() { c.Len() })
	returnsWithin(t, "Invalidate", func() { c.Invalidate("HOT") })
}

func TestConcurrentGetsOfSameKeyShareOneLoad(t *testing.T) {
	g := newGated("SLOW")
	c := New(g.load)

	results := make(chan string, 8)
	var wg sync.WaitGroup
	get := func() {
		defer wg.Done()
		v, err := c.Get(context.Background(), "SLOW")
		if err != nil {
			t.Error(err)
		}
		results <- v
	}
	wg.Add(1)
	go get()
	<-g.starts // the first load is in progress
	for i := 0; i < 7; i++ {
		wg.Add(1)
		go get()
	}
	select {
	case k := <-g.starts:
		t.Errorf("a second load of %q started while the first was still running", k)
	case <-time.After(300 * time.Millisecond):
	}
	close(g.release)
	returnsWithin(t, "waiting Gets", wg.Wait)
	close(results)
	for v := range results {
		if v != "price:SLOW" {
			t.Errorf("got %q", v)
		}
	}
	if n := g.calls.Load(); n != 1 {
		t.Fatalf("loader called %d times for one key, want 1", n)
	}
}

// arrivalCtx tells the test when a Get first looks at its context: a Get waiting for another
// caller's load usually watches ctx.Done while it waits. It only speeds the test up: a Get that
// waits without looking is given two seconds to arrive.
type arrivalCtx struct {
	context.Context
	arrived chan<- struct{}
	once    sync.Once
}

func (c *arrivalCtx) Done() <-chan struct{} {
	c.once.Do(func() { c.arrived <- struct{}{} })
	return c.Context.Done()
}

func TestConcurrentGetsOfAFailingKeyShareOneLoad(t *testing.T) {
	boom := errors.New("pricing service unavailable")
	release := make(chan struct{})
	starts := make(chan struct{}, 16)
	var calls atomic.Int32
	c := New(func(ctx context.Context, key string) (string, error) {
		calls.Add(1)
		starts <- struct{}{}
		<-release
		return "", boom
	})

	errs := make(chan error, 8)
	var wg sync.WaitGroup
	get := func(ctx context.Context) {
		defer wg.Done()
		_, err := c.Get(ctx, "SLOW")
		errs <- err
	}
	wg.Add(1)
	go get(context.Background())
	<-starts // the first load is in progress
	arrived := make(chan struct{}, 8)
	for i := 0; i < 7; i++ {
		wg.Add(1)
		go get(&arrivalCtx{Context: context.Background(), arrived: arrived})
	}
	deadline := time.After(2 * time.Second)
	for n := 0; n < 7; n++ {
		select {
		case <-arrived:
		case <-deadline:
			n = 7
		}
	}
	close(release)
	returnsWithin(t, "waiting Gets", wg.Wait)
	close(errs)
	for err := range errs {
		if !errors.Is(err, boom) {
			t.Errorf("Get = %v, want the load's error", err)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Fatalf("loader called %d times for concurrent Gets of one failing key, want 1", n)
	}
}

func TestLoadErrorIsReturnedAndNotCached(t *testing.T) {
	fail := true
	var calls int
	c := New(func(ctx context.Context, key string) (int, error) {
		calls++
		if fail {
			return 0, errors.New("pricing service unavailable")
		}
		return 42, nil
	})
	if _, err := c.Get(context.Background(), "K"); err == nil {
		t.Fatal("want the loader's error")
	}
	if c.Len() != 0 {
		t.Fatalf("failed load was cached (Len=%d)", c.Len())
	}
	fail = false
	if v, err := c.Get(context.Background(), "K"); err != nil || v != 42 || calls != 2 {
		t.Fatalf("Get = %d, %v after %d calls", v, err, calls)
	}
}

func TestEntriesExpireAfterTTL(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	version := 0
	c := New(func(ctx context.Context, key string) (int, error) {
		version++
		return version, nil
	}, WithTTL(time.Minute), WithClock(func() time.Time { return now }))

	if v, _ := c.Get(context.Background(), "K"); v != 1 {
		t.Fatalf("first Get = %d", v)
	}
	now = now.Add(59 * time.Second)
	if v, _ := c.Get(context.Background(), "K"); v != 1 {
		t.Fatalf("Get before expiry = %d, want cached 1", v)
	}
	now = now.Add(time.Second)
	if v, _ := c.Get(context.Background(), "K"); v != 2 {
		t.Fatalf("Get at expiry = %d, want reloaded 2", v)
	}
}

func TestInvalidateForcesReload(t *testing.T) {
	version := 0
	c := New(func(ctx context.Context, key string) (int, error) {
		version++
		return version, nil
	})
	c.Get(context.Background(), "K")
	c.Invalidate("K")
	if v, _ := c.Get(context.Background(), "K"); v != 2 {
		t.Fatalf("Get after Invalidate = %d, want 2", v)
	}
}

func TestManyKeysConcurrently(t *testing.T) {
	var calls atomic.Int32
	c := New(func(ctx context.Context, key string) (string, error) {
		calls.Add(1)
		return "v" + key, nil
	})
	keys := []string{"a", "b", "c", "d"}
	returnsWithin(t, "concurrent Gets", func() {
		var wg sync.WaitGroup
		for i := 0; i < 16; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				for j := 0; j < 50; j++ {
					k := keys[(i+j)%len(keys)]
					if v, err := c.Get(context.Background(), k); err != nil || v != "v"+k {
						t.Errorf("Get(%s) = %q, %v", k, v, err)
					}
				}
			}(i)
		}
		wg.Wait()
	})
	if c.Len() != 4 || calls.Load() > 4 {
		t.Fatalf("Len=%d loads=%d, want 4 and at most 4", c.Len(), calls.Load())
	}
}
