// Where the development corpora live (../shared/data, see its README for sources and licenses).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Root of the shared development data; override with LEDE_DATA. */
export const DATA_DIR = process.env.LEDE_DATA ?? join(here, '../../../../shared/data');
