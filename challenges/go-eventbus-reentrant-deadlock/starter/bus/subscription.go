package bus

import "sync"

// Subscription is the handle returned by Subscribe.
type Subscription struct {
	bus     *Bus
	id      uint64
	topic   string
	handler Handler

	once sync.Once
}

// Topic returns the subscribed topic.
func (s *Subscription) Topic() string { return s.topic }

// Unsubscribe stops delivery to the handler. It is safe to call more than
// once, and from inside a handler.
func (s *Subscription) Unsubscribe() {
	s.once.Do(func() { s.bus.remove(s) })
}
