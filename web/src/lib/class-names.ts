/**
 * Class names for a feature's CSS module. Every feature styles itself through a `*.module.css`
 * file, whose class names Vite makes unique, so one page's stylesheet can never restyle another's
 * (a global `.score` on Practice once turned the Outreach score meter into a dark-green blob).
 *
 * `cx('score score--good', busy && 'is-busy')` gives, for each name the module defines, its unique
 * name followed by the plain one (a stable hook for tests and the app's global design-system
 * classes in `styles.css`); a name the module does not define (`button`, `card`) passes through.
 */
export type ClassName = string | false | null | undefined;

export function classNamesFor(styles: Readonly<Record<string, string>>): (...names: ClassName[]) => string {
  return (...names) =>
    names
      .filter((name): name is string => typeof name === 'string' && name.length > 0)
      .flatMap((name) => name.split(/\s+/))
      .filter(Boolean)
      .map((name) => {
        const scoped = styles[name];
        return scoped && scoped !== name ? `${scoped} ${name}` : name;
      })
      .join(' ');
}
