import { pageSuite } from './page-suite';

pageSuite('firefox');
