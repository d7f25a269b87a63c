// The de-CH content matrix, made from the language registry (see registry.ts and describe-variant.ts).
import { describe } from 'vitest';
import { variantMatrix } from './describe-variant.js';

describe('the de-CH content matrix', () => variantMatrix('de-CH'));
