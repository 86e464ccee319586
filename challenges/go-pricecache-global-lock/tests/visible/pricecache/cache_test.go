package pricecache

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestGetLoadsOnceThenServesFromMemory(t *testing.T) {
	var loads atomic.Int32
	c := New(func(ctx context.Context, sku string) (int, error) {
		loads.Add(1)
		return 1999, nil
	})
	for i := 0; i < 3; i++ {
		v, err := c.Get(context.Background(), "SKU-1")
		if err != nil || v != 1999 {
			t.Fatalf("Get = %d, %v", v, err)
		}
	}
	if loads.Load() != 1 {
		t.Fatalf("loader called %d times, want 1", loads.Load())
	}
}

// A cached SKU must be served straight away even while the pricing
// service is slow to answer for some other SKU.
func TestCachedKeyServedWhileAnotherKeyLoads(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	c := New(func(ctx context.Context, sku string) (int, error) {
		if sku == "SLOW" {
			close(started)
			<-release
		}
		return 500, nil
	})
	if _, err := c.Get(context.Background(), "FAST"); err != nil {
		t.Fatal(err)
	}
	go c.Get(context.Background(), "SLOW")
	<-started

	done := make(chan int, 1)
	go func() {
		v, _ := c.Get(context.Background(), "FAST")
		done <- v
	}()
	select {
	case v := <-done:
		if v != 500 {
			t.Fatalf("Get(FAST) = %d", v)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Get of a cached key is still blocked after 2s while another key is loading")
	}
}
