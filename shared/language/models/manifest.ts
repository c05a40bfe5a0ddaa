// Written by `npm run train`: FNV-1a 64 of each shipped model artifact. It joins the rulebook version.
export const MODEL_HASHES: Readonly<Record<string, string>> = {
  'questions': '3e0dabbb855ba62e',
  'outreach': '195d3655c9710d67',
  'turns': '4ed04b020e38183d',
  'follow-up': 'df1a23097f6719b9',
};
