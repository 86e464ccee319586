package config

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "ingestd.conf")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadAppliesSettings(t *testing.T) {
	p := writeFile(t, "# ingestd\nlisten = :9090\nworkers = 8\nflush_every = 250ms\n")
	cfg, err := Load(p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Listen != ":9090" || cfg.Workers != 8 || cfg.FlushEvery != 250*time.Millisecond {
		t.Fatalf("got %+v", cfg)
	}
	if cfg.BatchSize != 500 {
		t.Fatalf("BatchSize = %d, want the default 500", cfg.BatchSize)
	}
}

func TestLoadMissingFileIsAnError(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope.conf")); err == nil {
		t.Fatal("want an error for a missing file")
	}
}
