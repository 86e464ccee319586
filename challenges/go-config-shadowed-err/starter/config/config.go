// Package config loads the ingest daemon's settings from a simple
// "key = value" file.
package config

import (
	"fmt"
	"strconv"
	"time"
)

// Config holds the daemon settings.
type Config struct {
	Listen       string
	Workers      int
	BatchSize    int
	FlushEvery   time.Duration
	DebugLogging bool
}

// Defaults returns the settings used for keys a file does not set.
func Defaults() *Config {
	return &Config{
		Listen:     ":8080",
		Workers:    4,
		BatchSize:  500,
		FlushEvery: 5 * time.Second,
	}
}

// apply sets the fields named by entries, in order.
func (c *Config) apply(entries []entry) error {
	for _, e := range entries {
		if err := c.set(e.key, e.value); err != nil {
			return fmt.Errorf("line %d: %w", e.line, err)
		}
	}
	return nil
}

func (c *Config) set(key, value string) error {
	switch key {
	case "listen":
		c.Listen = value
	case "workers":
		n, err := positiveInt(value)
		if err != nil {
			return fmt.Errorf("workers: %w", err)
		}
		c.Workers = n
	case "batch_size":
		n, err := positiveInt(value)
		if err != nil {
			return fmt.Errorf("batch_size: %w", err)
		}
		c.BatchSize = n
	case "flush_every":
		d, err := time.ParseDuration(value)
		if err != nil {
			return fmt.Errorf("flush_every: %w", err)
		}
		c.FlushEvery = d
	case "debug":
		b, err := strconv.ParseBool(value)
		if err != nil {
			return fmt.Errorf("debug: %w", err)
		}
		c.DebugLogging = b
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

func positiveInt(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n <= 0 {
		return 0, fmt.Errorf("must be positive, got %d", n)
	}
	return n, nil
}
