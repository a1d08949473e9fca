// The English dictionary: Chinese text as written in the code → English. One file per page.
import { common } from './common.js';
import { home } from './home.js';
import { summary } from './summary.js';
import { trends } from './trends.js';
import { rewards } from './rewards.js';
import { rankings } from './rankings.js';
import { bottomTwo } from './bottom-two.js';
import { policy } from './policy.js';
import { dossiers } from './dossiers.js';
import { access } from './access.js';

export const EN: Record<string, string> = { ...common, ...home, ...summary, ...trends, ...rewards, ...rankings, ...bottomTwo, ...policy, ...dossiers, ...access };
