/**
 * A pure function of one string, remembered: its answer for a string is kept for the next call with the same
 * string. Bounded: when `limit` answers are kept, it starts over.
 */
export function remembered<T>(read: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let answer = memo.get(text);
    if (answer === undefined) {
      if (memo.size >= limit) memo.clear();
      answer = read(text);
      memo.set(text, answer);
    }
    return answer;
  };
}
