// The es words of the consent screen alone: the one file the consent drop-in loads for this language.
import { common } from './common.js';
import { consent } from './consent.js';

export default { ...common, ...consent };
