import { createElement as h, useState } from 'react';
import { addTodo, toggleTodo, clearCompleted, remainingCount } from './todos.js';

function TodoItem({ todo, onToggle }) {
  return h(
    'li',
    { className: todo.done ? 'todo done' : 'todo', 'data-id': todo.id },
    h(
      'label',
      null,
      h('input', { type: 'checkbox', checked: todo.done, onChange: () => onToggle(todo.id) }),
      h('span', { className: 'title' }, todo.title),
    ),
  );
}

export function TodoApp({ initialTodos = [] }) {
  const [todos, setTodos] = useState(initialTodos);
  const [draft, setDraft] = useState('');

  const left = remainingCount(todos);

  function handleSubmit(event) {
    event.preventDefault();
    setTodos((current) => addTodo(current, draft));
    setDraft('');
  }

  return h(
    'section',
    { className: 'todo-app' },
    h(
      'form',
      { onSubmit: handleSubmit },
      h('input', {
        name: 'new-todo',
        placeholder: 'What needs doing?',
        value: draft,
        onChange: (event) => setDraft(event.target.value),
      }),
      h('button', { type: 'submit' }, 'Add'),
    ),
    h(
      'ul',
      { className: 'todo-list' },
      todos.map((todo) =>
        h(TodoItem, { key: todo.id, todo, onToggle: (id) => setTodos((current) => toggleTodo(current, id)) }),
      ),
    ),
    h(
      'footer',
      null,
      h('span', { className: 'count' }, `${left} ${left === 1 ? 'item' : 'items'} left`),
      h('button', { type: 'button', className: 'clear', onClick: () => setTodos(clearCompleted) }, 'Clear completed'),
    ),
  );
}
