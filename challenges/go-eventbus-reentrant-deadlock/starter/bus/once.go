package bus

import "sync/atomic"

// SubscribeOnce registers h for the next event of topic only: the
// subscription cancels itself after the first delivery.
func (b *Bus) SubscribeOnce(topic string, h Handler) *Subscription {
	var fired atomic.Bool
	var sub *Subscription
	sub = b.Subscribe(topic, func(e Event) {
		if !fired.CompareAndSwap(false, true) {
			return
		}
		sub.Unsubscribe()
		h(e)
	})
	return sub
}
