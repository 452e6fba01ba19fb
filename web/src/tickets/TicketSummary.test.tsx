import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ticket } from './fixtures';
import { TicketSummary } from './TicketSummary';

const roundId = '0190e000-0000-7000-8000-00000000a001';

describe('ticket summary', () => {
  it('links a ticket an inspection round opened back to the round, and names the outages it came in during', () => {
    render(
      <MemoryRouter>
        <TicketSummary
          ticket={ticket({ origin: `inspection-round:${roundId}/item:0190e000-0000-7000-8000-00000000f001`, outages: [{ outageId: 'o-1', title: '二次供水水箱清洗' }] })}
        />
      </MemoryRouter>,
    );

    expect(screen.getByRole('link', { name: '巡检发现（查看巡检报告）' })).toHaveAttribute('href', `/facilities/rounds/${roundId}`);
    expect(screen.getByText('二次供水水箱清洗')).toBeInTheDocument();
  });

  it('says nothing of a round or an outage for a call like any other', () => {
    render(
      <MemoryRouter>
        <TicketSummary ticket={ticket({ origin: null, outages: [] })} />
      </MemoryRouter>,
    );

    expect(screen.queryByText('来源')).not.toBeInTheDocument();
    expect(screen.queryByText('受理时的停水停电')).not.toBeInTheDocument();
  });
});
