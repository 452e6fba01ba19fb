import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { saveSession } from '../api/session';
import { App } from '../app/App';
import { AppRoutes } from '../app/AppRoutes';
import { createQueryClient } from '../app/queryClient';

/** Renders the whole SPA at `path`, signed in unless told otherwise. */
export function renderApp(path: string, { signedIn = true } = {}) {
  if (signedIn) saveSession({ accessToken: 'access-1' });
  // Checking `pointer-events` up the tree costs a style computation per ancestor, which is slow
  // with antd's many style sheets; the pages never disable pointer events anyway.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <App queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </App>,
  );
  return { user };
}
