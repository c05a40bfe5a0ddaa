import { describe, expect, it } from 'vitest';
import { userName } from './intro.ts';

describe('userName', () => {
  it('reads names with letters beyond ASCII whole, never cut at the first accent', () => {
    expect(userName('Hello Tomás, thank you. My name is Andrés, I am civil engineer from Bogotá.')).toBe('Andrés');
    expect(userName("Hi! I'm Zoë, a second-year student.")).toBe('Zoë');
    expect(userName('Łukasz here, a welder thinking about inspection work.')).toBe('Łukasz');
    expect(userName('Thanks,\nJosé')).toBe('José');
  });
  it('keeps a name with a capital inside after "my name is", and never takes a title in capitals for a name', () => {
    expect(userName("Hi, my name's McKenzie and I study biology.")).toBe('McKenzie');
    expect(userName("I'm ICU nurse for six years")).toBeUndefined();
    expect(userName("I'm Sam, a nursing student")).toBe('Sam');
  });
});
