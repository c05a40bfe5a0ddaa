// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': '87c6669e52ecdb22',
  'outreach': 'e3f1c0f655e2ec7a',
  'turns': '76908026e38ffea9',
  'follow-up': 'ba23ba2c7ea4aea1',
};
