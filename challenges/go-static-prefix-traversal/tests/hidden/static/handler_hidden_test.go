package static

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// layout:
//
//	<tmp>/secret.txt
//	<tmp>/public/index.html
//	<tmp>/public/notes..v2.md
//	<tmp>/public/guides/setup.md
//	<tmp>/public-drafts/launch.md
//	<tmp>/publicity.txt
func hiddenSite(t *testing.T) *Handler {
	t.Helper()
	base := t.TempDir()
	files := map[string]string{
		"secret.txt":              "db password",
		"public/index.html":       "<h1>docs</h1>",
		"public/notes..v2.md":     "dotted name",
		"public/..changelog.md":   "starts with dots",
		"public/guides/setup.md":  "# setup",
		"public-drafts/launch.md": "embargoed",
		"publicity.txt":           "press list",
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
	return h
}

func fetch(h http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func assertNotServed(t *testing.T, rec *httptest.ResponseRecorder, secret string) {
	t.Helper()
	if rec.Code == http.StatusOK || strings.Contains(rec.Body.String(), secret) {
		t.Fatalf("file outside the root was served: %d %q", rec.Code, rec.Body.String())
	}
}

func TestRefusesSiblingDirectorySharingRootPrefix(t *testing.T) {
	h := hiddenSite(t)
	assertNotServed(t, fetch(h, http.MethodGet, "/static/../public-drafts/launch.md"), "embargoed")
}

func TestRefusesSiblingFileSharingRootPrefix(t *testing.T) {
	h := hiddenSite(t)
	assertNotServed(t, fetch(h, http.MethodGet, "/static/../publicity.txt"), "press list")
}

func TestRefusesEncodedSiblingTraversal(t *testing.T) {
	h := hiddenSite(t)
	assertNotServed(t, fetch(h, http.MethodGet, "/static/guides/%2e%2e/%2e%2e/public-drafts/launch.md"), "embargoed")
}

func TestRefusesParentTraversalFromSubdirectory(t *testing.T) {
	h := hiddenSite(t)
	assertNotServed(t, fetch(h, http.MethodGet, "/static/guides/../../secret.txt"), "db password")
}

func TestServesNestedFile(t *testing.T) {
	h := hiddenSite(t)
	rec := fetch(h, http.MethodGet, "/static/guides/setup.md")
	if rec.Code != http.StatusOK || rec.Body.String() != "# setup" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}

func TestServesFileWhoseNameContainsDots(t *testing.T) {
	h := hiddenSite(t)
	rec := fetch(h, http.MethodGet, "/static/notes..v2.md")
	if rec.Code != http.StatusOK || rec.Body.String() != "dotted name" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}

func TestServesFileWhoseNameStartsWithTwoDots(t *testing.T) {
	h := hiddenSite(t)
	rec := fetch(h, http.MethodGet, "/static/..changelog.md")
	if rec.Code != http.StatusOK || rec.Body.String() != "starts with dots" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}

func TestDotDotThatStaysInsideRootIsServed(t *testing.T) {
	h := hiddenSite(t)
	rec := fetch(h, http.MethodGet, "/static/guides/../index.html")
	if rec.Code != http.StatusOK || rec.Body.String() != "<h1>docs</h1>" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}

func TestDirectoryAndMissingFileAre404(t *testing.T) {
	h := hiddenSite(t)
	for _, target := range []string{"/static/guides", "/static/nope.md", "/elsewhere/index.html"} {
		if rec := fetch(h, http.MethodGet, target); rec.Code != http.StatusNotFound {
			t.Errorf("%s: got %d, want 404", target, rec.Code)
		}
	}
}

func TestHeadHasNoBodyAndPostIsRefused(t *testing.T) {
	h := hiddenSite(t)
	rec := fetch(h, http.MethodHead, "/static/index.html")
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Fatalf("HEAD: got %d with %d body bytes", rec.Code, rec.Body.Len())
	}
	if rec := fetch(h, http.MethodPost, "/static/index.html"); rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST: got %d, want 405", rec.Code)
	}
}
