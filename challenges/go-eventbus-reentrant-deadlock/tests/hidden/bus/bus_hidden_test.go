package bus

import (
	"sync"
	"testing"
	"time"
)

func finishes(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("still blocked after 2s: the bus deadlocked")
	}
}

func TestHandlerCanUnsubscribeItself(t *testing.T) {
	b := New()
	calls := 0
	var sub *Subscription
	sub = b.Subscribe("stock.low", func(Event) {
		calls++
		sub.Unsubscribe()
	})
	finishes(t, func() {
		b.Publish(Event{Topic: "stock.low"})
		b.Publish(Event{Topic: "stock.low"})
	})
	if calls != 1 || b.Subscribers("stock.low") != 0 {
		t.Fatalf("calls=%d subscribers=%d, want 1 and 0", calls, b.Subscribers("stock.low"))
	}
}

func TestSubscribeOnceRemovesItself(t *testing.T) {
	b := New()
	var got []any
	b.SubscribeOnce("order.paid", func(e Event) { got = append(got, e.Payload) })
	b.Subscribe("order.paid", func(Event) {})
	finishes(t, func() {
		b.Publish(Event{Topic: "order.paid", Payload: 1})
		b.Publish(Event{Topic: "order.paid", Payload: 2})
	})
	if len(got) != 1 || got[0] != 1 || b.Subscribers("order.paid") != 1 {
		t.Fatalf("got=%v subscribers=%d", got, b.Subscribers("order.paid"))
	}
}

func TestHandlerCanSubscribeDuringPublish(t *testing.T) {
	b := New()
	var log []string
	b.Subscribe("cart.created", func(Event) {
		log = append(log, "first")
		b.Subscribe("cart.created", func(Event) { log = append(log, "late") })
	})
	finishes(t, func() { b.Publish(Event{Topic: "cart.created"}) })
	// A handler added during a publish does not see that event...
	if len(log) != 1 {
		t.Fatalf("after first publish log=%v, want [first]", log)
	}
	// ...but does see the next one.
	finishes(t, func() { b.Publish(Event{Topic: "cart.created"}) })
	if len(log) != 3 || log[1] != "first" || log[2] != "late" {
		t.Fatalf("after second publish log=%v", log)
	}
}

func TestHandlerCanPublishAnotherTopic(t *testing.T) {
	b := New()
	var shipped []any
	b.Subscribe("order.paid", func(e Event) {
		b.Publish(Event{Topic: "order.ship", Payload: e.Payload})
	})
	b.Subscribe("order.ship", func(e Event) { shipped = append(shipped, e.Payload) })
	finishes(t, func() { b.Publish(Event{Topic: "order.paid", Payload: "A-9"}) })
	if len(shipped) != 1 || shipped[0] != "A-9" {
		t.Fatalf("shipped=%v", shipped)
	}
}

func TestUnsubscribeFromOutsideStopsDelivery(t *testing.T) {
	b := New()
	calls := 0
	sub := b.Subscribe("t", func(Event) { calls++ })
	b.Publish(Event{Topic: "t"})
	sub.Unsubscribe()
	sub.Unsubscribe()
	if n := b.Publish(Event{Topic: "t"}); n != 0 || calls != 1 {
		t.Fatalf("n=%d calls=%d", n, calls)
	}
}

func TestConcurrentPublishersAndSubscribers(t *testing.T) {
	b := New()
	var mu sync.Mutex
	total := 0
	b.Subscribe("tick", func(Event) {
		mu.Lock()
		total++
		mu.Unlock()
	})
	finishes(t, func() {
		var wg sync.WaitGroup
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := 0; j < 100; j++ {
					b.Publish(Event{Topic: "tick"})
					s := b.Subscribe("other", func(Event) {})
					s.Unsubscribe()
				}
			}()
		}
		wg.Wait()
	})
	if total != 800 {
		t.Fatalf("total=%d, want 800", total)
	}
}
