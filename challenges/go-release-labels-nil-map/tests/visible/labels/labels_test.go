package labels

import "testing"

func TestParseReadsPairs(t *testing.T) {
	s, err := Parse("team=payments, tier=critical")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if v, ok := s.Get("team"); !ok || v != "payments" {
		t.Fatalf("team = %q, %v; want payments, true", v, ok)
	}
	if s.Len() != 2 {
		t.Fatalf("Len = %d, want 2", s.Len())
	}
}

func TestPutOnParsedSetAddsLabel(t *testing.T) {
	s, err := Parse("team=payments")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	s.Put("owner", "ana")
	if got := s.String(); got != "owner=ana, team=payments" {
		t.Fatalf("String = %q", got)
	}
}

func TestParseRejectsMalformedPair(t *testing.T) {
	if _, err := Parse("team"); err == nil {
		t.Fatal("want an error for a pair without '='")
	}
}
