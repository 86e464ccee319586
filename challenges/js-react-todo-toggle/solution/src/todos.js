// Pure helpers for the to-do list state. The component keeps an array of
// { id, title, done } objects and updates it only through these functions.

let nextId = 1;

export function createTodo(title) {
  return { id: `todo-${nextId++}`, title: title.trim(), done: false };
}

export function addTodo(todos, title) {
  if (!title.trim()) return todos;
  return [...todos, createTodo(title)];
}

export function toggleTodo(todos, id) {
  return todos.map((item) => (item.id === id ? { ...item, done: !item.done } : item));
}

export function clearCompleted(todos) {
  return todos.filter((item) => !item.done);
}

export function remainingCount(todos) {
  return todos.filter((item) => !item.done).length;
}
