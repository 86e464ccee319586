// One connected client. `send` pushes a frame down the client's socket.
export class Session {
  constructor(hub, user, send) {
    this.hub = hub;
    this.user = user;
    this.send = send;
    this.rooms = new Set();
  }

  handleMessage(message) {
    if (message.from === this.user.id) return; // the sender already shows its own message
    this.send({ type: 'message', room: message.room, from: message.from, text: message.text });
  }

  join(room) {
    if (this.rooms.has(room)) return false;
    this.rooms.add(room);
    this.hub.subscribe(room, this.handleMessage.bind(this));
    return true;
  }

  leave(room) {
    if (!this.rooms.delete(room)) return false;
    this.hub.unsubscribe(room, this.handleMessage.bind(this));
    return true;
  }

  close() {
    for (const room of [...this.rooms]) this.leave(room);
  }
}
