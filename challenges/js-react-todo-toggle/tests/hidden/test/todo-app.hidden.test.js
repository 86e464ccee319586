import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const { createElement, act } = await import('react');
const { createRoot } = await import('react-dom/client');
const { TodoApp } = await import('../src/TodoApp.js');
const { toggleTodo, addTodo, clearCompleted } = await import('../src/todos.js');

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
const checkboxOf = (index) => items()[index].querySelector('input[type=checkbox]');

async function typeAndSubmit(text) {
  const input = container.querySelector('input[name=new-todo]');
  const setValue = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value').set;
  await act(async () => {
    setValue.call(input, text);
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
  const form = container.querySelector('form');
  await act(async () => form.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true })));
}

const sample = () => [
  { id: 'a', title: 'Write release notes', done: false },
  { id: 'b', title: 'Book the meeting room', done: false },
  { id: 'c', title: 'Reply to Sam', done: true },
];

test('ticking a to-do re-renders it as done and decrements the counter', async () => {
  await render(sample());
  await act(async () => checkboxOf(1).click());
  assert.equal(items()[1].className, 'todo done');
  assert.equal(countText(), '1 item left');
});

test('unticking a done to-do brings it back into the counter', async () => {
  await render(sample());
  await act(async () => checkboxOf(2).click());
  assert.equal(items()[2].className, 'todo');
  assert.equal(checkboxOf(2).checked, false);
  assert.equal(countText(), '3 items left');
});

test('ticking the same to-do twice restores it', async () => {
  await render(sample());
  await act(async () => checkboxOf(0).click());
  await act(async () => checkboxOf(0).click());
  assert.equal(items()[0].className, 'todo');
  assert.equal(countText(), '2 items left');
});

test('toggleTodo returns a new list and leaves the previous state untouched', () => {
  const before = sample();
  const snapshot = structuredClone(before);
  const after = toggleTodo(before, 'a');
  assert.notEqual(after, before);
  assert.deepEqual(before, snapshot);
  assert.equal(after.find((t) => t.id === 'a').done, true);
  assert.equal(after.find((t) => t.id === 'b'), before.find((t) => t.id === 'b'));
});

test('toggleTodo with an unknown id changes nothing', () => {
  const before = sample();
  const after = toggleTodo(before, 'nope');
  assert.deepEqual(after, before);
});

test('adding a to-do renders it at the end of the list', async () => {
  await render(sample());
  await typeAndSubmit('  Water the plants ');
  assert.equal(items().length, 4);
  assert.equal(items()[3].querySelector('.title').textContent, 'Water the plants');
  assert.equal(countText(), '3 items left');
});

test('blank to-dos are not added', async () => {
  await render(sample());
  await typeAndSubmit('   ');
  assert.equal(items().length, 3);
});

test('clear completed removes only the done to-dos', async () => {
  await render(sample());
  await act(async () => container.querySelector('button.clear').click());
  assert.deepEqual(
    items().map((li) => li.querySelector('.title').textContent),
    ['Write release notes', 'Book the meeting room'],
  );
});

test('list helpers do not mutate their input', () => {
  const before = sample();
  const snapshot = structuredClone(before);
  addTodo(before, 'New');
  clearCompleted(before);
  assert.deepEqual(before, snapshot);
});
