// The English dictionary: Chinese text as written in the code → English. One file per page.
import { common } from './common.js';
import { home } from './home.js';

export const EN: Record<string, string> = { ...common, ...home };
