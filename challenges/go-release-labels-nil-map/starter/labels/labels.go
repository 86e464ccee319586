// Package labels holds the key/value labels attached to a release.
//
// Labels are written in manifests as a comma separated list:
//
//	team=payments, tier=critical
package labels

import (
	"fmt"
	"sort"
	"strings"
)

// Set is a collection of labels. Use Parse to build one.
type Set struct {
	values map[string]string
}

// Parse reads a comma separated list of key=value pairs. An empty spec
// gives an empty set.
func Parse(spec string) (*Set, error) {
	s := &Set{}
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return s, nil
	}
	s.values = make(map[string]string)
	for _, part := range strings.Split(spec, ",") {
		key, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if !ok || key == "" {
			return nil, fmt.Errorf("labels: malformed pair %q", part)
		}
		s.values[key] = value
	}
	return s, nil
}

// Get returns the value of a label and whether it is present.
func (s *Set) Get(key string) (string, bool) {
	v, ok := s.values[key]
	return v, ok
}

// Put adds or replaces a label.
func (s *Set) Put(key, value string) {
	s.values[key] = value
}

// Delete removes a label; removing a missing label is a no-op.
func (s *Set) Delete(key string) {
	delete(s.values, key)
}

// Len returns the number of labels.
func (s *Set) Len() int {
	return len(s.values)
}

// String renders the set in its canonical form: keys sorted, "k=v" joined
// by ", ".
func (s *Set) String() string {
	keys := make([]string, 0, len(s.values))
	for k := range s.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + s.values[k]
	}
	return strings.Join(parts, ", ")
}
