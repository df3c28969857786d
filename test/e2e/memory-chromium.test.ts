import { memorySuite } from './memory-suite';

memorySuite('chromium');
