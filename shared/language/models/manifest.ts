// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': '87c6669e52ecdb22',
  'outreach': 'a4c6cc925e910113',
  'turns': 'bb1f2c8d7447c132',
  'follow-up': 'ba23ba2c7ea4aea1',
};
