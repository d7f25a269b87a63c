// The es-AR content matrix, made from the language registry (see registry.ts and describe-variant.ts).
import { describe } from 'vitest';
import { variantMatrix } from './describe-variant.js';

describe('the es-AR content matrix', () => variantMatrix('es-AR'));
