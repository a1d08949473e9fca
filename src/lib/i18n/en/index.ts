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
import { importPage } from './import.js';
import { look } from './look.js';
import { secondEdition } from './second-edition.js';
import { quality } from './quality.js';
import { use } from './use.js';
import { whatif } from './whatif.js';
import { tables } from './tables.js';
import { marks } from './marks.js';
import { VOCABULARY_EN as vocabulary } from '../../vocabulary/index.js';

/**
 * Each page's dictionary, and the labels of the code lists (grades, roles, alert kinds…) from the
 * vocabulary; a Chinese text means one English text across all of them (i18n.test.ts).
 */
export const DICTIONARIES: Record<string, Record<string, string>> = { vocabulary, common, home, summary, trends, rewards, rankings, bottomTwo, policy, dossiers, access, importPage, look, secondEdition, quality, use, whatif, tables, marks };

export const EN: Record<string, string> = Object.assign({}, ...Object.values(DICTIONARIES));
