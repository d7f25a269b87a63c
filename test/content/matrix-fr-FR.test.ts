// The fr-FR content matrix, made from the language registry (see registry.ts and describe-variant.ts).
import { describe } from 'vitest';
import { variantMatrix } from './describe-variant.js';

describe('the fr-FR content matrix', () => variantMatrix('fr-FR'));
