import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CertificateTag } from './CertificateTag';

it('shows the day a certificate expires at the desk, not the UTC date of its instant', () => {
  render(<CertificateTag equipment={{ certificateNumber: 'TS3310001', certificateExpiresAt: '2027-02-28T16:00:00Z' }} now={new Date('2027-01-01T00:00:00Z')} />);

  expect(screen.getByText('到期 2027/03/01')).toBeInTheDocument();
});
