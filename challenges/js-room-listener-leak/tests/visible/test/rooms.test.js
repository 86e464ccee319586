import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatService } from '../src/chat-service.js';

function connect(chat, id) {
  const inbox = [];
  chat.connect({ id }, (frame) => inbox.push(frame));
  return inbox;
}

test('room members receive messages posted by others', () => {
  const chat = new ChatService();
  const alice = connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  chat.join('alice', 'general');
  chat.join('bob', 'general');

  chat.post('alice', 'general', 'hello!');

  assert.deepEqual(bob, [{ type: 'message', room: 'general', from: 'alice', text: 'hello!' }]);
  assert.deepEqual(alice, []);
});

test('a user who left a room stops receiving its messages', () => {
  const chat = new ChatService();
  connect(chat, 'alice');
  const bob = connect(chat, 'bob');
  chat.join('alice', 'general');
  chat.join('bob', 'general');

  chat.leave('bob', 'general');
  chat.post('alice', 'general', 'anyone here?');

  assert.deepEqual(bob, []);
});
