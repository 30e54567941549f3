import { describe, expect, it } from 'vitest';
import { remembered } from '../../shared/domain/remembered.js';

describe('remembered', () => {
  it('reads a string once and answers again from memory', () => {
    const calls: string[] = [];
    const length = remembered((text) => {
      calls.push(text);
      return text.length;
    }, 10);
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toEqual(['abc', 'de']);
  });

  it('starts over when it holds its limit', () => {
    const calls: string[] = [];
    const upper = remembered((text) => {
      calls.push(text);
      return text.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c');
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
