#!/usr/bin/env bash
# Starts the Redis server that the runtime's distributed tests use, on 127.0.0.1 only.
# Idempotent: installs redis-server when it is missing, starts it when nothing replies
# on the port, and waits until `redis-cli ping` returns PONG.
# The port comes from SECURITYGATE_REDIS_PORT (default 6390); tests read the endpoint
# from SECURITYGATE_REDIS (default 127.0.0.1:6390).
set -euo pipefail

port="${SECURITYGATE_REDIS_PORT:-6390}"

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
  echo "redis.sh: installing redis-server"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)" != "PONG" ]; then
  echo "redis.sh: starting redis-server on 127.0.0.1:$port"
  # No persistence: the tests own every key and a restart starts empty.
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
    --daemonize yes --protected-mode yes --logfile "/tmp/securitygate-redis-$port.log"
fi

for _ in $(seq 1 50); do
  if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)" = "PONG" ]; then
    echo "redis.sh: redis-server answers on 127.0.0.1:$port"
    exit 0
  fi
  sleep 0.2
done

echo "redis.sh: redis-server did not answer on 127.0.0.1:$port within 10 seconds; see /tmp/securitygate-redis-$port.log" >&2
exit 1
