// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': '87c6669e52ecdb22',
  'outreach': '7d0629b1b6445de1',
  'turns': 'da173948dd76e739',
  'follow-up': 'ba23ba2c7ea4aea1',
};
