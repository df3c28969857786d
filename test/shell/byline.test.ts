import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../entrypoints/content/byline';

describe('bylineNames', () => {
  it('reads one or several names after "By"', () => {
    expect(bylineNames('By Lucía Benítez')).toEqual(['Lucía Benítez']);
    expect(bylineNames('By Lucía Benítez and Kwame Asante')).toEqual(['Lucía Benítez', 'Kwame Asante']);
    expect(bylineNames('Ana Ruiz, Tom Li & Oluwaseun Adeyemi')).toEqual(['Ana Ruiz', 'Tom Li', 'Oluwaseun Adeyemi']);
  });

  it('keeps particles inside names', () => {
    expect(bylineNames('By Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
  });

  it('drops roles, desks, dates and e-mail addresses', () => {
    expect(bylineNames('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(bylineNames('Associated Press')).toEqual([]);
    expect(bylineNames('By Maria Lopez, The Washington Post')).toEqual(['Maria Lopez']);
    expect(bylineNames('By Reuters Staff')).toEqual([]);
    expect(bylineNames('Updated 5 March 2024')).toEqual([]);
    expect(bylineNames('jane@example.com')).toEqual([]);
  });

  it('gives nothing for no byline or a single word', () => {
    expect(bylineNames(null)).toEqual([]);
    expect(bylineNames('')).toEqual([]);
    expect(bylineNames('Reuters')).toEqual([]);
  });
});
