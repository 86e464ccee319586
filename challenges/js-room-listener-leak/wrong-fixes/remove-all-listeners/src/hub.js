import { EventEmitter } from 'node:events';

// Fans messages out to everyone subscribed to a room. One hub per server process.
export class RoomHub {
  #emitter = new EventEmitter();

  subscribe(room, listener) {
    this.#emitter.on(`room:${room}`, listener);
  }

  // A freshly bound listener never equals the subscribed one, so drop the room's listeners.
  unsubscribe(room) {
    this.#emitter.removeAllListeners(`room:${room}`);
  }

  publish(room, message) {
    return this.#emitter.emit(`room:${room}`, { room, ...message });
  }

  // Number of subscriptions currently held for a room (used by /metrics).
  listenerCount(room) {
    return this.#emitter.listenerCount(`room:${room}`);
  }

  activeRooms() {
    return this.#emitter
      .eventNames()
      .map((name) => String(name).slice('room:'.length))
      .sort();
  }
}
