package config

import (
	"fmt"
	"os"
)

// Load reads the settings file at path. Keys the file does not mention
// keep their default value. A file that cannot be read, or that contains
// a malformed line, an unknown key or an invalid value, is an error:
// the daemon must not start with settings the operator did not ask for.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	cfg := Defaults()
	if len(data) > 0 {
		entries, err := parse(data)
		if err == nil {
			err = cfg.apply(entries)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}
