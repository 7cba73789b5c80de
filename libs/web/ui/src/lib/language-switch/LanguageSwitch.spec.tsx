import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '../testing/TestProviders';
import { LanguageSwitch } from './LanguageSwitch';

describe('LanguageSwitch', () => {
  it('offers the other language by its own name and reports the choice', async () => {
    const onChange = jest.fn();
    render(
      <TestProviders>
        <LanguageSwitch value="sv" onChange={onChange} />
      </TestProviders>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Språk: Svenska' }));
    const english = await screen.findByRole('menuitemradio', {
      name: 'English',
    });
    expect(english).toHaveAttribute('lang', 'en');
    await userEvent.click(english);
    expect(onChange).toHaveBeenCalledWith('en');
  });
});
