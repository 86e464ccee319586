// Package static serves the files of one directory over HTTP.
package static

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"strings"
)

// Handler serves files below Root for request paths that start with
// Prefix. Nothing outside Root may ever be served.
type Handler struct {
	Root   string // directory on disk
	Prefix string // URL prefix, e.g. "/static/"
}

// New returns a handler for root mounted at prefix.
func New(root, prefix string) (*Handler, error) {
	abs, err := cleanRoot(root)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(prefix, "/") || !strings.HasSuffix(prefix, "/") {
		return nil, errors.New("static: prefix must start and end with /")
	}
	return &Handler{Root: abs, Prefix: prefix}, nil
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rel, ok := strings.CutPrefix(r.URL.Path, h.Prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	full, err := resolve(h.Root, rel)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	info, err := os.Stat(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if info.IsDir() {
		http.NotFound(w, r)
		return
	}
	body, err := os.ReadFile(full)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", contentType(full))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write(body)
	}
}
