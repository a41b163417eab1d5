'use client';

import Form from 'next/form';
import type { ReactNode } from 'react';

/** A GET form: its state is the URL. It applies on change (and by its button without JS). */
export function FilterForm({
  action,
  apply,
  children,
}: {
  /** The view's path in the page's language. */
  action: string;
  /** The button's label; left out where the form's disclosure holds the button (FilterDisclosure). */
  apply?: string;
  children: ReactNode;
}) {
  return (
    <Form
      action={action}
      className="filters"
      scroll={false}
      onChange={(event) => (event.currentTarget as HTMLFormElement).requestSubmit()}
    >
      {children}
      {apply && <button type="submit">{apply}</button>}
    </Form>
  );
}
