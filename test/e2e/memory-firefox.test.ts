import { memorySuite } from './memory-suite';

memorySuite('firefox');
