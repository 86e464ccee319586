import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

// A browser-like document for React to render into.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const { createElement, act } = await import('react');
const { createRoot } = await import('react-dom/client');
const { TodoApp } = await import('../src/TodoApp.js');

let root;
let container;

async function render(initialTodos) {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(createElement(TodoApp, { initialTodos })));
}

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const countText = () => container.querySelector('.count').textContent;
const items = () => [...container.querySelectorAll('li.todo')];

test('shows how many items are left', async () => {
  await render([
    { id: 'a', title: 'Write release notes', done: false },
    { id: 'b', title: 'Book the meeting room', done: true },
    { id: 'c', title: 'Reply to Sam', done: false },
  ]);
  assert.equal(items().length, 3);
  assert.equal(countText(), '2 items left');
});

test('ticking a to-do marks it done and updates the counter', async () => {
  await render([
    { id: 'a', title: 'Write release notes', done: false },
    { id: 'b', title: 'Reply to Sam', done: false },
  ]);
  const checkbox = items()[0].querySelector('input[type=checkbox]');
  await act(async () => checkbox.click());
  assert.equal(items()[0].className, 'todo done');
  assert.equal(countText(), '1 item left');
});
