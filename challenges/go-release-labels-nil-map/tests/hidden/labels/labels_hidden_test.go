package labels

import "testing"

// noPanic runs f and turns a panic into a test failure, so one crash does
// not stop the other tests of the package from running.
func noPanic(t *testing.T, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panicked: %v", r)
		}
	}()
	f()
}

func TestPutOnSetParsedFromEmptySpec(t *testing.T) {
	s, err := Parse("")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	noPanic(t, func() { s.Put("team", "payments") })
	if v, ok := s.Get("team"); !ok || v != "payments" {
		t.Fatalf("team = %q, %v; want payments, true", v, ok)
	}
}

func TestPutOnSetParsedFromBlankSpec(t *testing.T) {
	s, err := Parse("   ")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	noPanic(t, func() {
		s.Put("tier", "batch")
		s.Put("tier", "critical")
	})
	if s.Len() != 1 || s.String() != "tier=critical" {
		t.Fatalf("got %q (len %d), want tier=critical", s.String(), s.Len())
	}
}

func TestEmptySetReadsAsEmpty(t *testing.T) {
	s, _ := Parse("")
	noPanic(t, func() {
		if _, ok := s.Get("team"); ok {
			t.Fatal("empty set reports a label")
		}
		s.Delete("team")
		if s.Len() != 0 || s.String() != "" {
			t.Fatalf("empty set renders %q", s.String())
		}
	})
}

func TestParsedSetsDoNotShareStorage(t *testing.T) {
	a, _ := Parse("")
	b, _ := Parse("")
	noPanic(t, func() { a.Put("team", "payments") })
	if b.Len() != 0 {
		t.Fatalf("second set sees a label added to the first: %q", b.String())
	}
}

func TestDeleteAndRender(t *testing.T) {
	s, err := Parse("b=2,a=1, c=3")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	s.Delete("b")
	if got := s.String(); got != "a=1, c=3" {
		t.Fatalf("String = %q", got)
	}
}
