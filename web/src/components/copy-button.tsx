import { useEffect, useState } from 'react';
import { copyText } from '../lib/clipboard.ts';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name: "Copy rewrite". */
  what: string;
}

export function CopyButton({ text, what }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  return (
    <span className="copy">
      <button type="button" className="button button--secondary" onClick={async () => setStatus((await copyText(text)) ? 'copied' : 'failed')}>
        Copy {what}
      </button>
      <span className="copy__status" role="status">
        {status === 'copied' && 'Copied'}
        {status === 'failed' && 'Could not copy — select the text and press Ctrl+C'}
      </span>
    </span>
  );
}
