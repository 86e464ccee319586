// Package bus is a small in-process publish/subscribe bus. Handlers run
// synchronously on the publisher's goroutine, in the order they
// subscribed.
package bus

import "sync"

// Event is what gets published.
type Event struct {
	Topic   string
	Payload any
}

// Handler receives events of the topics it subscribed to.
type Handler func(Event)

// Bus routes events to handlers. The zero value is not usable; call New.
type Bus struct {
	mu     sync.Mutex
	nextID uint64
	subs   map[string][]*Subscription
}

// New returns an empty bus.
func New() *Bus {
	return &Bus{subs: make(map[string][]*Subscription)}
}

// Subscribe registers h for topic and returns a handle to cancel it.
func (b *Bus) Subscribe(topic string, h Handler) *Subscription {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	s := &Subscription{bus: b, id: b.nextID, topic: topic, handler: h}
	b.subs[topic] = append(b.subs[topic], s)
	return s
}

// Publish delivers e to every handler subscribed to e.Topic when Publish
// is called, and returns the number of handlers it called.
func (b *Bus) Publish(e Event) int {
	b.mu.Lock()
	subs := b.subs[e.Topic]
	b.mu.Unlock()
	// Handlers run without the lock held so that they may subscribe,
	// unsubscribe or publish themselves.
	for _, s := range subs {
		s.handler(e)
	}
	return len(subs)
}

// Subscribers returns how many handlers are subscribed to topic.
func (b *Bus) Subscribers(topic string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs[topic])
}

func (b *Bus) remove(s *Subscription) {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.subs[s.topic]
	for i, cur := range list {
		if cur.id == s.id {
			// Build a new slice so that a snapshot taken earlier is not
			// modified under its reader.
			next := make([]*Subscription, 0, len(list)-1)
			next = append(next, list[:i]...)
			next = append(next, list[i+1:]...)
			if len(next) == 0 {
				delete(b.subs, s.topic)
			} else {
				b.subs[s.topic] = next
			}
			return
		}
	}
}
