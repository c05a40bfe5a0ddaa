import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { readStored, writeStored } from '../lib/stored-state.ts';
import { z } from 'zod';

const DISMISSED_KEY = 'infochat.first-run.dismissed.v1';

/** `?example=1` on a page loads that page's own worked example (each feature defines its own). */
export const EXAMPLE_PARAM = 'example';

const STEPS = [
  {
    n: 1,
    title: 'Write the ask',
    text: 'A short note asking for 20 minutes about their work, checked as you type.',
    example: 'a note to a program director',
    path: '/outreach',
    page: 'Outreach',
  },
  {
    n: 2,
    title: 'Prepare the questions',
    text: 'Questions about their path and work, with anything job-interview-like rephrased.',
    example: 'five questions for her',
    path: '/questions',
    page: 'Questions',
  },
  {
    n: 3,
    title: 'Practice the conversation',
    text: 'Talk it through with a simulated professional, then read the debrief and send thanks.',
    example: 'a 20-minute chat with her',
    path: '/practice',
    page: 'Practice',
  },
] as const;

/**
 * What a first visit sees under the page's heading: the three steps, each with a realistic example to
 * load and a link to its page. Not a tour: nothing is blocked, and "Hide" puts it away for good
 * (kept in this browser).
 */
export function FirstRun() {
  const [hidden, setHidden] = useState(() => readStored(DISMISSED_KEY, z.boolean()) === true);
  const section = useRef<HTMLElement>(null);
  if (hidden) return null;
  const hide = () => {
    writeStored(DISMISSED_KEY, true);
    // The button goes with the panel: focus the page's heading instead of dropping to <body>.
    section.current?.closest('main')?.querySelector<HTMLElement>('h1')?.focus();
    setHidden(true);
  };
  return (
    <section ref={section} className="first-run" aria-labelledby="first-run-heading" data-testid="first-run">
      <div className="first-run__head">
        <h2 id="first-run-heading">New here? Three steps</h2>
        <button type="button" className="button button--quiet button--small" onClick={hide}>
          Hide
        </button>
      </div>
      <ol className="first-run__steps">
        {STEPS.map((step) => (
          <li key={step.n} className="first-run__step">
            <h3>
              <span className="first-run__n" aria-hidden="true">
                {step.n}
              </span>{' '}
              {step.title}
            </h3>
            <p>{step.text}</p>
            <p className="first-run__links">
              <Link href={`~${step.path}?${EXAMPLE_PARAM}=1`} aria-label={`Load an example: ${step.example}`}>
                Load an example
              </Link>
              {' · '}
              <Link href={`~${step.path}`}>Open {step.page}</Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
