import type { Phrase } from '../types';
import { AFTERSALE_PHRASES } from './aftersale';
import { FULFILMENT_PHRASES } from './fulfilment';
import { GENERAL_PHRASES } from './general';
import { PROACTIVE_PHRASES } from './proactive';
import { PRODUCT_PHRASES } from './product';
import { PURCHASE_PHRASES } from './purchase';
import { SERVICE_PHRASES } from './service';

/** The 话术 library that ships with Huashu, ordered roughly along a conversation: greeting → 售前 → 售中 → 售后 → agent-initiated,
 * then the replies the service reminders offer. */
export const BUILTIN_PHRASES: Phrase[] = [
  ...GENERAL_PHRASES,
  ...PRODUCT_PHRASES,
  ...PURCHASE_PHRASES,
  ...FULFILMENT_PHRASES,
  ...AFTERSALE_PHRASES,
  ...PROACTIVE_PHRASES,
  ...SERVICE_PHRASES,
];
