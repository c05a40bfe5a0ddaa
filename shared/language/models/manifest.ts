// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': 'e8c1c8ebe74edb66',
  'outreach': 'ed46f15af1c5cb1d',
  'turns': 'dd4aff64d964459d',
  'follow-up': '3bbb9700be132d13',
};
