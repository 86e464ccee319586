package static

import (
	"errors"
	"path/filepath"
	"strings"
)

var errOutsideRoot = errors.New("static: path escapes the root directory")

// cleanRoot makes root absolute and clean so that it can be compared with
// resolved file paths.
func cleanRoot(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	return filepath.Clean(abs), nil
}

// resolve maps a slash-separated request path onto a file path below
// root, refusing anything that would land outside root.
func resolve(root, rel string) (string, error) {
	full := filepath.Join(root, filepath.FromSlash(rel))
	// Anything whose path relative to root climbs out of it is refused.
	if inside, err := filepath.Rel(root, full); err != nil || strings.HasPrefix(inside, "..") {
		return "", errOutsideRoot
	}
	return full, nil
}
