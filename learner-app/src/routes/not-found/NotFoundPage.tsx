import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Link } from 'react-router';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Browse the challenges</Link> instead.
      </p>
    </div>
  );
}
