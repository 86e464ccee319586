package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeConf(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "ingestd.conf")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadRejectsInvalidValue(t *testing.T) {
	cfg, err := Load(writeConf(t, "listen = :9090\nworkers = eight\n"))
	if err == nil {
		t.Fatalf("want an error for workers = eight, got config %+v", cfg)
	}
	if !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "workers") {
		t.Fatalf("error should name line 2 and the key, got %q", err)
	}
}

func TestLoadRejectsUnknownKey(t *testing.T) {
	if _, err := Load(writeConf(t, "listen = :9090\nbatchsize = 100\n")); err == nil {
		t.Fatal("want an error for the unknown key batchsize")
	}
}

func TestLoadRejectsMalformedLine(t *testing.T) {
	_, err := Load(writeConf(t, "listen :9090\n"))
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("want a line 1 error, got %v", err)
	}
}

func TestLoadRejectsNonPositiveBatchSize(t *testing.T) {
	if _, err := Load(writeConf(t, "batch_size = 0\n")); err == nil {
		t.Fatal("want an error for batch_size = 0")
	}
}

func TestLoadEmptyFileGivesDefaults(t *testing.T) {
	cfg, err := Load(writeConf(t, ""))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if *cfg != *Defaults() {
		t.Fatalf("got %+v, want defaults", cfg)
	}
}

func TestLoadCommentsOnlyGivesDefaults(t *testing.T) {
	cfg, err := Load(writeConf(t, "# nothing here\n\n   # indented comment\n"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if *cfg != *Defaults() {
		t.Fatalf("got %+v, want defaults", cfg)
	}
}

func TestLoadAllKeys(t *testing.T) {
	cfg, err := Load(writeConf(t, "listen=127.0.0.1:7000\nworkers=2\nbatch_size=50\nflush_every=1m\ndebug=true\n"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	want := Config{Listen: "127.0.0.1:7000", Workers: 2, BatchSize: 50, FlushEvery: time.Minute, DebugLogging: true}
	if *cfg != want {
		t.Fatalf("got %+v, want %+v", *cfg, want)
	}
}
