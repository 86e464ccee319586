package static

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// site lays out:
//
//	<tmp>/secret.txt
//	<tmp>/public/index.html
//	<tmp>/public/css/site.css
func site(t *testing.T) (base string, h *Handler) {
	t.Helper()
	base = t.TempDir()
	files := map[string]string{
		"secret.txt":          "db password",
		"public/index.html":   "<h1>docs</h1>",
		"public/css/site.css": "body{}",
	}
	for name, body := range files {
		p := filepath.Join(base, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := New(filepath.Join(base, "public"), "/static/")
	if err != nil {
		t.Fatal(err)
	}
	return base, h
}

func get(h http.Handler, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestServesFileBelowRoot(t *testing.T) {
	_, h := site(t)
	rec := get(h, "/static/css/site.css")
	if rec.Code != http.StatusOK || rec.Body.String() != "body{}" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/css; charset=utf-8" {
		t.Fatalf("Content-Type = %q", ct)
	}
}

func TestRefusesParentDirectory(t *testing.T) {
	_, h := site(t)
	rec := get(h, "/static/../secret.txt")
	if rec.Code != http.StatusNotFound {
		t.Fatalf("got %d %q, want 404", rec.Code, rec.Body.String())
	}
}
