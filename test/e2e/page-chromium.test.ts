import { pageSuite } from './page-suite';

pageSuite('chromium');
