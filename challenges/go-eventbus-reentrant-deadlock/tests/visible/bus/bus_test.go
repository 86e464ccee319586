package bus

import (
	"testing"
	"time"
)

// within runs f on its own goroutine and fails the test if it has not
// returned after d (a hang is reported as a failure, not waited out).
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("did not return within %v (deadlock?)", d)
	}
}

func TestPublishDeliversInSubscriptionOrder(t *testing.T) {
	b := New()
	var got []string
	b.Subscribe("order.paid", func(e Event) { got = append(got, "mailer:"+e.Payload.(string)) })
	b.Subscribe("order.paid", func(e Event) { got = append(got, "ledger:"+e.Payload.(string)) })
	b.Subscribe("order.shipped", func(e Event) { got = append(got, "wrong topic") })

	var n int
	within(t, 2*time.Second, func() { n = b.Publish(Event{Topic: "order.paid", Payload: "A-17"}) })
	if n != 2 || len(got) != 2 || got[0] != "mailer:A-17" || got[1] != "ledger:A-17" {
		t.Fatalf("n=%d got=%v", n, got)
	}
}

func TestSubscribeOnceFiresForFirstEventOnly(t *testing.T) {
	b := New()
	calls := 0
	b.SubscribeOnce("order.paid", func(Event) { calls++ })
	within(t, 2*time.Second, func() {
		b.Publish(Event{Topic: "order.paid", Payload: "A-1"})
		b.Publish(Event{Topic: "order.paid", Payload: "A-2"})
	})
	if calls != 1 {
		t.Fatalf("handler called %d times, want 1", calls)
	}
}
