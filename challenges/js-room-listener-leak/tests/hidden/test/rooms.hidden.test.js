import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatService } from '../src/chat-service.js';
import { RoomHub } from '../src/hub.js';

function connect(chat, id) {
  const inbox = [];
  chat.connect({ id }, (frame) => inbox.push(frame));
  return inbox;
}

test('leaving a room releases its subscription', () => {
  const chat = new ChatService();
  connect(chat, 'bob');
  chat.join('bob', 'general');
  assert.equal(chat.hub.listenerCount('general'), 1);
  chat.leave('bob', 'general');
  assert.equal(chat.hub.listenerCount('general'), 0);
  assert.deepEqual(chat.hub.activeRooms(), []);
});

test('joining and leaving many times does not accumulate subscriptions', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  chat.join('alice', 'random');
  for (let i = 0; i < 25; i++) {
    chat.join('bob', 'random');
    chat.leave('bob', 'random');
  }
  assert.equal(chat.hub.listenerCount('random'), 1);

  chat.join('bob', 'random');
  chat.post('alice', 'random', 'ping');
  assert.equal(bob.length, 1, 'a rejoined user must get each message exactly once');
});

test('disconnecting releases the subscriptions of every room', () => {
  const chat = new ChatService();
  connect(chat, 'carol');
  for (const room of ['general', 'random', 'ops']) chat.join('carol', room);
  chat.disconnect('carol');
  for (const room of ['general', 'random', 'ops']) {
    assert.equal(chat.hub.listenerCount(room), 0, room);
  }
});

test('a disconnected user receives nothing', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const carol = connect(chat, 'carol');
  chat.join('alice', 'ops');
  chat.join('carol', 'ops');
  chat.disconnect('carol');
  chat.post('alice', 'ops', 'deploy done');
  assert.deepEqual(carol, []);
});

test('reconnecting replaces the old session instead of adding a second one', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  connect(chat, 'bob');
  chat.join('alice', 'general');
  chat.join('bob', 'general');
  const bobAgain = connect(chat, 'bob');
  chat.join('bob', 'general');
  chat.post('alice', 'general', 'welcome back');
  assert.equal(bobAgain.length, 1);
  assert.equal(chat.hub.listenerCount('general'), 2);
});

test('one member leaving does not unsubscribe the others', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  const carol = connect(chat, 'carol');
  for (const id of ['alice', 'bob', 'carol']) chat.join(id, 'general');
  chat.leave('bob', 'general');
  chat.post('alice', 'general', 'still here?');
  assert.deepEqual(bob, []);
  assert.equal(carol.length, 1);
  assert.equal(chat.hub.listenerCount('general'), 2);
});

test('leaving one room keeps the user in their other rooms', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  chat.join('alice', 'general');
  chat.join('alice', 'random');
  chat.join('bob', 'general');
  chat.join('bob', 'random');
  chat.leave('bob', 'general');
  chat.post('alice', 'random', 'lunch?');
  assert.deepEqual(bob, [{ type: 'message', room: 'random', from: 'alice', text: 'lunch?' }]);
});

test('joining a room twice delivers each message once', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  chat.join('alice', 'general');
  assert.equal(chat.join('bob', 'general'), true);
  assert.equal(chat.join('bob', 'general'), false);
  chat.post('alice', 'general', 'hi');
  assert.equal(bob.length, 1);
});

test('leaving a room you are not in is a no-op', () => {
  const chat = new ChatService();
  connect(chat, 'bob');
  assert.equal(chat.leave('bob', 'general'), false);
});

test('posting to a room you have not joined is rejected', () => {
  const chat = new ChatService();
  connect(chat, 'bob');
  assert.throws(() => chat.post('bob', 'general', 'hi'), /not in #general/);
});

test('the hub delivers to plain subscribers too', () => {
  const hub = new RoomHub();
  const seen = [];
  const listener = (m) => seen.push(m.text);
  hub.subscribe('x', listener);
  hub.publish('x', { from: 'system', text: 'one' });
  hub.unsubscribe('x', listener);
  hub.publish('x', { from: 'system', text: 'two' });
  assert.deepEqual(seen, ['one']);
});
