import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactHistory, type LoggedContact } from './ContactLog';

const contact = (id: string, note: string, warnings: string[]): LoggedContact => ({
  id,
  at: '2026-11-23T02:00:00Z',
  method: 'Phone',
  outcome: 'Reached',
  handlerName: '李娜',
  note,
  smsMessageId: null,
  warnings,
});

describe('ContactHistory', () => {
  it('flags each note with the forbidden phrases the API found in it', () => {
    render(
      <ContactHistory
        contacts={{ isFetching: false, data: [contact('1', '已约定明天上门', []), contact('2', '告诉业主不知道什么时候修好', ['不知道'])] }}
      />,
    );

    const flagged = screen.getByText('告诉业主不知道什么时候修好').closest('tr')!;
    expect(within(flagged).getByText('不知道')).toBeInTheDocument();
    const clean = screen.getByText('已约定明天上门').closest('tr')!;
    expect(within(clean).queryByText('不知道')).not.toBeInTheDocument();
  });
});
