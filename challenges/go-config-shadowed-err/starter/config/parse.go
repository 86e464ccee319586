package config

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

type entry struct {
	line       int
	key, value string
}

// parse splits a settings file into entries. Blank lines and lines
// starting with '#' are ignored.
func parse(data []byte) ([]entry, error) {
	var entries []entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected key = value", n)
		}
		key = strings.TrimSpace(key)
		if key == "" {
			return nil, fmt.Errorf("line %d: missing key", n)
		}
		entries = append(entries, entry{line: n, key: key, value: strings.TrimSpace(value)})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return entries, nil
}
