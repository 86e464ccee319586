import { RoomHub } from './hub.js';
import { Session } from './session.js';

export class ChatService {
  constructor(hub = new RoomHub()) {
    this.hub = hub;
    this.sessions = new Map();
  }

  connect(user, send) {
    this.disconnect(user.id);
    const session = new Session(this.hub, user, send);
    this.sessions.set(user.id, session);
    return session;
  }

  disconnect(userId) {
    const session = this.sessions.get(userId);
    if (!session) return false;
    session.close();
    this.sessions.delete(userId);
    return true;
  }

  join(userId, room) {
    return this.#session(userId).join(room);
  }

  leave(userId, room) {
    return this.#session(userId).leave(room);
  }

  post(userId, room, text) {
    const session = this.#session(userId);
    if (!session.rooms.has(room)) throw new Error(`${userId} is not in #${room}`);
    this.hub.publish(room, { from: userId, text });
  }

  #session(userId) {
    const session = this.sessions.get(userId);
    if (!session) throw new Error(`unknown user ${userId}`);
    return session;
  }
}
