# ensure_node_modules: installs the workspace's npm packages when they are missing or older
# than package-lock.json, so `npm start` and `npm test` work on a fresh clone.
ensure_node_modules() {
  if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing npm packages (npm ci)..."
    npm ci --no-fund --no-audit || {
      echo "npm ci failed: see the messages above" >&2
      exit 1
    }
  fi
}
