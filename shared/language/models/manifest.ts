// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': '87c6669e52ecdb22',
  'outreach': '654490003a4fb50d',
  'turns': 'd835f0415659bbd6',
  'follow-up': 'ba23ba2c7ea4aea1',
};
