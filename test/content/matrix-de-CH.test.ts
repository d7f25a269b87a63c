// The de-CH content matrix, made from the language registry (see registry.ts and describe-variant.ts).
import { describeVariant } from './describe-variant.js';

describeVariant('de-CH');
